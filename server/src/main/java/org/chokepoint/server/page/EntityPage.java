package org.chokepoint.server.page;

import io.javalin.http.Context;
import org.chokepoint.lists.diff.FieldChange;
import org.chokepoint.lists.diff.ListDiff;
import org.chokepoint.lists.store.EntityVersion;
import org.chokepoint.model.Address;
import org.chokepoint.model.Entity;
import org.chokepoint.model.EntityName;
import org.chokepoint.model.Identifier;
import org.chokepoint.server.Desk;
import org.chokepoint.server.Route;
import org.chokepoint.server.api.EntityApi;
import org.chokepoint.server.auth.Guard;
import org.chokepoint.server.auth.Role;

import java.util.List;
import java.util.Locale;

/** One listed entity: names, aliases, identifiers, programs, addresses, sources, and its history across snapshots. */
public final class EntityPage {
    private EntityPage() {}

    public static List<Route> routes(Desk desk) {
        return List.of(Route.get("/entities/{id}", Role.VIEWER, Route.Kind.PAGE, "pages", "A listed entity and its history", List.of(), ctx -> show(desk, ctx)));
    }

    private static void show(Desk desk, Context ctx) {
        String id = ctx.pathParam("id");
        List<EntityVersion> history = EntityApi.history(desk, id);
        Entity current = desk.lists().entity(id).orElse(null);
        Entity e = current != null ? current : history.get(history.size() - 1).entity();
        ctx.html(Layout.page(e.name(), Guard.principal(ctx), "/screen", List.of(), h -> {
            h.open("div", "class", "page-head");
            h.el("p", e.id(), "class", "crumb mono");
            h.el("h1", e.name());
            h.open("div", "class", "meta");
            Layout.badge(h, e.list() == null ? e.source() : e.list(), "list");
            h.el("span", e.schema().label(), "class", "muted");
            for (String prog : e.programs()) Layout.badge(h, prog, "program");
            if (current == null) Layout.badge(h, "no longer listed", "warn");
            if (e.designated() != null) h.el("span", "designated " + e.designated(), "class", "muted");
            h.close().close();
            h.open("div", "class", "grid2");
            h.open("section", "class", "card").el("h2", "Names");
            h.open("table").open("thead").open("tr").el("th", "Name").el("th", "Kind").el("th", "Script").close().close().open("tbody");
            for (EntityName n : e.names()) {
                h.open("tr").el("td", n.value(), "class", n.kind().name().equals("PRIMARY") ? "strong" : null)
                        .el("td", n.kind().name().toLowerCase(Locale.ROOT).replace('_', ' ')).el("td", n.script(), "class", "muted").close();
            }
            h.close().close().close();
            h.open("section", "class", "card").el("h2", "Identifiers");
            if (e.identifiers().isEmpty()) Layout.empty(h, "The list gives no identifiers.");
            else {
                h.open("table").open("thead").open("tr").el("th", "Type").el("th", "Number").el("th", "Country").el("th", "Check digit").close().close().open("tbody");
                for (Identifier i : e.identifiers()) {
                    h.open("tr").el("td", i.label() == null ? i.type().label() : i.type().label() + " (" + i.label() + ")").el("td", i.value(), "class", "mono")
                            .el("td", i.country()).el("td", i.valid() ? "valid" : "fails", "class", i.valid() ? "ok" : "bad").close();
                }
                h.close().close();
            }
            h.el("h2", "Countries");
            h.el("p", e.countries().isEmpty() ? "none given" : String.join(", ", e.countries()));
            h.close();
            h.close();
            h.open("section", "class", "card").el("h2", "Addresses");
            if (e.addresses().isEmpty()) Layout.empty(h, "The list gives no address.");
            h.open("ul", "class", "plain");
            for (Address a : e.addresses()) h.el("li", a.full());
            h.close();
            if (e.remarks() != null) h.el("h2", "Remarks").el("p", e.remarks(), "class", "remarks");
            h.el("h2", "Source");
            h.open("p").text((e.list() == null ? e.source() : e.list()) + " · record " + e.nativeId());
            if (e.sourceUrl() != null && (e.sourceUrl().startsWith("https://") || e.sourceUrl().startsWith("http://"))) {
                h.text(" · ").el("a", "published record", "href", e.sourceUrl(), "rel", "noopener noreferrer");
            }
            h.close();
            h.close();
            h.open("section", "class", "card").el("h2", "History across snapshots");
            h.el("p", "Each stored snapshot of the list that has this entity, oldest first, and what changed from the one before.", "class", "hint");
            h.open("table").open("thead").open("tr").el("th", "Snapshot").el("th", "Loaded").el("th", "Published").el("th", "Changes").close().close().open("tbody");
            EntityVersion prev = null;
            for (EntityVersion v : history) {
                h.open("tr").el("td", "#" + v.snapshot().id() + (v.snapshot().current() ? " (current)" : "")).el("td", Layout.date(v.snapshot().loadedAt()))
                        .el("td", v.snapshot().published() == null ? "" : v.snapshot().published().toString());
                h.open("td");
                if (prev == null) h.text("first seen");
                else {
                    List<FieldChange> changes = ListDiff.changes(prev.entity(), v.entity());
                    if (changes.isEmpty()) h.el("span", "unchanged", "class", "muted");
                    h.open("ul", "class", "plain changes");
                    for (FieldChange c : changes) {
                        h.open("li").el("strong", c.field() + ": ");
                        for (String r : c.removed()) h.el("del", r).text(" ");
                        for (String a : c.added()) h.el("ins", a).text(" ");
                        h.close();
                    }
                    h.close();
                }
                h.close().close();
                prev = v;
            }
            h.close().close();
            h.close();
        }));
    }
}
