package org.chokepoint.server.page;

import io.javalin.http.Context;
import org.chokepoint.lists.diff.EntityChange;
import org.chokepoint.lists.diff.FieldChange;
import org.chokepoint.lists.store.Snapshot;
import org.chokepoint.model.Entity;
import org.chokepoint.server.Desk;
import org.chokepoint.server.ListsView;
import org.chokepoint.server.Route;
import org.chokepoint.server.auth.Guard;
import org.chokepoint.server.auth.Principal;
import org.chokepoint.server.auth.Role;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The loaded lists with their last update, and what changed in one list between its last two snapshots. */
public final class ListsPage {
    private static final int SHOWN = 50;

    private ListsPage() {}

    public static List<Route> routes(Desk desk) {
        return List.of(Route.get("/lists", Role.VIEWER, Route.Kind.PAGE, "pages", "Lists: last update and diff",
                List.of("source: the list whose changes to show"), ctx -> show(desk, ctx)));
    }

    private static void show(Desk desk, Context ctx) {
        Principal p = Guard.principal(ctx);
        List<Snapshot> current = desk.lists().currentSnapshots();
        String source = ctx.queryParam("source");
        if (source == null) {
            source = current.stream().filter(s -> desk.lists().snapshots(s.source()).size() > 1).map(Snapshot::source).findFirst()
                    .orElse(current.isEmpty() ? null : current.get(0).source());
        }
        ListsView.Diff diff = source == null ? null : desk.lists().diff(source, null, null);
        String shown = source;
        ctx.html(Layout.page("Lists", p, "/lists", List.of(), h -> {
            Layout.heading(h, "Lists", "Every list loaded, when, and from which files. Pick a list to see what its last update changed.");
            h.open("section", "class", "card");
            if (current.isEmpty()) Layout.empty(h, "No list is loaded. Run `chokepoint lists update` first.");
            h.open("table").open("thead").open("tr").el("th", "List").el("th", "Snapshot").el("th", "Loaded").el("th", "Last checked").el("th", "Published")
                    .el("th", "Entities", "class", "num").el("th", "Names", "class", "num").el("th", "Rejected", "class", "num").el("th", "").close().close().open("tbody");
            for (Snapshot s : current) {
                h.open("tr", "class", s.source().equals(shown) ? "selected" : null).el("td", s.source(), "class", "strong").el("td", "#" + s.id())
                        .el("td", Layout.date(s.loadedAt())).el("td", Layout.date(s.checkedAt())).el("td", s.published() == null ? "not stated" : s.published().toString())
                        .el("td", String.format(Locale.ROOT, "%,d", s.entities()), "class", "num").el("td", String.format(Locale.ROOT, "%,d", s.names()), "class", "num")
                        .el("td", String.format(Locale.ROOT, "%,d", s.rejected()), "class", "num");
                h.open("td").el("a", "changes", "href", "/lists?source=" + Html.query(s.source())).close();
                h.close();
            }
            h.close().close();
            if (p.role().includes(Role.ADMIN)) {
                h.el("p", "Admins load new snapshots with POST /api/v1/lists/update (recorded in the audit log).", "class", "hint");
            }
            h.close();
            if (diff != null) diff(h, diff);
        }));
    }

    private static void diff(Html h, ListsView.Diff d) {
        h.open("section", "class", "card", "id", "diff");
        h.el("h2", d.before() == null ? d.after().source() + ": first snapshot" : d.after().source() + ": snapshot #" + d.before().id() + " → #" + d.after().id());
        if (d.before() == null) {
            Layout.empty(h, "Only one snapshot of this list is stored, so there is nothing to compare yet; every entity counts as added.");
        }
        h.open("div", "class", "stats");
        stat(h, d.diff().added().size(), "added", "ok");
        stat(h, d.diff().removed().size(), "removed", "bad");
        stat(h, d.diff().changed().size(), "changed", "warn");
        h.close();
        Map<String, int[]> programs = d.diff().byProgram();
        if (!programs.isEmpty() && d.before() != null) {
            h.el("h3", "By program");
            h.open("table", "class", "compact").open("thead").open("tr").el("th", "Program").el("th", "Added", "class", "num").el("th", "Removed", "class", "num")
                    .el("th", "Changed", "class", "num").close().close().open("tbody");
            programs.entrySet().stream().sorted((a, b) -> Integer.compare(b.getValue()[0] + b.getValue()[1] + b.getValue()[2], a.getValue()[0] + a.getValue()[1] + a.getValue()[2]))
                    .limit(15).forEach(e -> h.open("tr").el("td", e.getKey()).el("td", e.getValue()[0], "class", "num").el("td", e.getValue()[1], "class", "num")
                            .el("td", e.getValue()[2], "class", "num").close());
            h.close().close();
        }
        if (d.before() != null) {
            entities(h, "Added", d.diff().added());
            entities(h, "Removed", d.diff().removed());
            h.el("h3", "Changed");
            if (d.diff().changed().isEmpty()) Layout.empty(h, "No entity changed.");
            h.open("ul", "class", "plain changes");
            for (EntityChange c : d.diff().changed().stream().limit(SHOWN).toList()) {
                h.open("li").el("a", c.after().name(), "href", Html.path("/entities/", c.after().id())).text(" — ");
                for (FieldChange f : c.changes()) h.el("span", f.field(), "class", "chip").text(" ");
                h.close();
            }
            h.close();
        }
        h.close();
    }

    private static void stat(Html h, int n, String label, String kind) {
        h.open("div", "class", "stat stat-" + kind).el("span", String.format(Locale.ROOT, "%,d", n), "class", "big").el("span", label).close();
    }

    private static void entities(Html h, String title, List<Entity> list) {
        h.el("h3", title + (list.size() > SHOWN ? " (first " + SHOWN + " of " + list.size() + ")" : ""));
        if (list.isEmpty()) {
            Layout.empty(h, "None.");
            return;
        }
        h.open("ul", "class", "plain cols");
        for (Entity e : list.stream().limit(SHOWN).toList()) {
            h.open("li").el("a", e.name(), "href", Html.path("/entities/", e.id())).text(" ").el("span", String.join(", ", e.programs()), "class", "muted").close();
        }
        h.close();
    }
}
