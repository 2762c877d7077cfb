package org.chokepoint.server.page;

import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import org.chokepoint.lists.Rejection;
import org.chokepoint.server.ContentTooLargeException;
import org.chokepoint.server.Desk;
import org.chokepoint.server.Route;
import org.chokepoint.server.api.DatasetApi;
import org.chokepoint.server.api.ListsApi;
import org.chokepoint.server.auth.Guard;
import org.chokepoint.server.auth.Principal;
import org.chokepoint.server.auth.Role;
import org.chokepoint.server.dataset.DetectionJob;
import org.chokepoint.server.dataset.DetectionJobs;
import org.chokepoint.server.rescreen.Counterparty;
import org.chokepoint.server.rescreen.CounterpartyRegister;
import org.chokepoint.server.rescreen.RegisterUpload;
import org.chokepoint.server.rescreen.RescreenReport;
import org.chokepoint.trade.record.ShipmentLoad;
import org.chokepoint.trade.record.StoredDataset;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * The desk's data: upload shipment datasets and run detection on them (the job's progress refreshes the
 * page by itself while it runs), upload the counterparty register, re-screen, and (admins) load new list
 * snapshots, which re-screens too. Each action answers with this page and what it did.
 */
public final class DataPage {
    private static final String FORM = "multipart/form-data";
    private static final int REJECTIONS_SHOWN = 20;

    private DataPage() {}

    /** What the last action did, shown at the top of the page. */
    private record Outcome(String message, boolean ok, List<Rejection> rejections) {}

    public static List<Route> routes(Desk desk) {
        return List.of(
                Route.get("/data", Role.VIEWER, Route.Kind.PAGE, "pages", "Data: shipment datasets and detection jobs, counterparty register, re-screening",
                        List.of(), ctx -> show(desk, ctx, null)),
                Route.post("/data/datasets", Role.ANALYST, Route.Kind.PAGE, "pages", "Upload a shipment dataset (multipart: name, file)", FORM,
                        DatasetApi.MAX_BODY, ctx -> upload(desk, ctx)),
                Route.post("/data/datasets/{name}/detect", Role.ANALYST, Route.Kind.PAGE, "pages", "Run detection on a dataset", "application/x-www-form-urlencoded",
                        Route.SMALL_BODY, ctx -> detect(desk, ctx)),
                Route.post("/data/counterparties", Role.ANALYST, Route.Kind.PAGE, "pages", "Upload the counterparty register (multipart: file)", FORM,
                        CounterpartyRegister.MAX_UPLOAD_BYTES + 64 * 1024, ctx -> register(desk, ctx)),
                Route.post("/data/rescreen", Role.ANALYST, Route.Kind.PAGE, "pages", "Re-screen every stored party now", "application/x-www-form-urlencoded",
                        Route.SMALL_BODY, ctx -> {
                            RescreenReport r = desk.rescreen(Guard.principal(ctx).username(), "on request (data page)");
                            show(desk, ctx, new Outcome("Re-screened: " + r.summary() + ".", true, List.of()));
                        }),
                Route.post("/data/lists-update", Role.ADMIN, Route.Kind.PAGE, "pages", "Load new list snapshots, then re-screen (form: reason)",
                        "application/x-www-form-urlencoded", Route.SMALL_BODY, ctx -> {
                            String reason = ScreenPage.trim(ctx.formParam("reason"), 1000);
                            ListsApi.Updated u = ListsApi.update(desk, Guard.principal(ctx).username(), reason);
                            show(desk, ctx, new Outcome((u.update().allOk() ? "Lists updated. " : "Lists updated with failures (see the audit log). ")
                                    + "Re-screened: " + u.rescreen().summary() + ".", u.update().allOk(), List.of()));
                        }));
    }

    private static void upload(Desk desk, Context ctx) {
        Outcome o;
        try {
            ShipmentLoad load = DatasetApi.store(desk, ctx);
            DatasetApi.audit(desk, Guard.principal(ctx).username(), load);
            StoredDataset d = load.dataset();
            o = new Outcome(String.format(Locale.ROOT, "Dataset %s stored: %,d rows read, %,d stored, %,d rejected%s.", d.name(), d.recordsRead(), d.stored(), d.rejected(),
                    load.replaced() != null ? " (it replaces the previous upload of that name)" : ""), true, load.firstRejections());
        } catch (IllegalArgumentException e) {
            ctx.status(400);
            o = new Outcome(e.getMessage(), false, List.of());
        }
        show(desk, ctx, o);
    }

    private static void detect(Desk desk, Context ctx) {
        Outcome o;
        try {
            DetectionJob j = desk.detections().submit(Guard.principal(ctx).username(), ctx.pathParam("name"));
            o = new Outcome("Detection job " + j.id() + " on " + j.dataset() + " queued. This page follows it until it is done; its findings then become the alerts.", true, List.of());
        } catch (DetectionJobs.BusyException e) {
            ctx.status(409);
            o = new Outcome(e.getMessage(), false, List.of());
        }
        show(desk, ctx, o);
    }

    private static void register(Desk desk, Context ctx) {
        Outcome o;
        try {
            UploadedFile f = ctx.uploadedFile("file");
            if (f == null) throw new IllegalArgumentException("choose a CSV file: id,name[,country,type,identifier]");
            String csv;
            try (InputStream in = f.content()) {
                byte[] bytes = in.readNBytes((int) CounterpartyRegister.MAX_UPLOAD_BYTES + 1);
                if (bytes.length > CounterpartyRegister.MAX_UPLOAD_BYTES) throw new ContentTooLargeException("the register file is larger than 5 MB");
                csv = new String(bytes, StandardCharsets.UTF_8);
            }
            String name = f.filename() == null || f.filename().isBlank() ? "upload" : f.filename().replaceAll(".*[/\\\\]", "");
            RegisterUpload u = desk.uploadRegister(Guard.principal(ctx).username(), name, csv);
            o = new Outcome(String.format(Locale.ROOT, "Register replaced: %,d rows read, %,d stored, %,d rejected. Screened at once: %s.", u.read(), u.stored(), u.rejected(),
                    u.rescreen().summary()), true, u.rejections());
        } catch (IllegalArgumentException e) {
            ctx.status(400);
            o = new Outcome(e.getMessage(), false, List.of());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        show(desk, ctx, o);
    }

    private static void show(Desk desk, Context ctx, Outcome outcome) {
        Principal p = Guard.principal(ctx);
        boolean analyst = p.role().includes(Role.ANALYST);
        List<DetectionJob> jobs = desk.detections().all();
        boolean running = jobs.stream().anyMatch(j -> j.state().active());
        List<StoredDataset> datasets = desk.datasets().all();
        String html = Layout.page("Data", p, "/data", List.of(), h -> {
            Layout.heading(h, "Data", "Shipment records to run detection on, and the counterparties to screen again whenever the lists change.");
            if (outcome != null) {
                h.el("p", outcome.message(), "class", outcome.ok() ? "flash flash-ok" : "flash flash-error", "role", outcome.ok() ? "status" : "alert");
                rejections(h, outcome.rejections());
            }
            h.open("section", "class", "card").el("h2", "Shipment datasets");
            h.el("p", "CSV or Parquet with the columns of formats.md §1. Every row is checked; rejected rows are listed with line, field and reason, "
                    + "and the rest are stored. Running detection replaces the findings the desk serves (alerts, parties, network).", "class", "hint");
            if (datasets.isEmpty()) Layout.empty(h, "No dataset yet.");
            else {
                h.open("table").open("thead").open("tr").el("th", "Dataset").el("th", "Loaded").el("th", "Read", "class", "num").el("th", "Stored", "class", "num")
                        .el("th", "Rejected", "class", "num").el("th", "Dates").el("th", "").close().close().open("tbody");
                for (StoredDataset d : datasets) {
                    h.open("tr").el("td", d.name(), "class", "strong").el("td", Layout.date(d.loadedAt()))
                            .el("td", String.format(Locale.ROOT, "%,d", d.recordsRead()), "class", "num").el("td", String.format(Locale.ROOT, "%,d", d.stored()), "class", "num")
                            .el("td", String.format(Locale.ROOT, "%,d", d.rejected()), "class", "num")
                            .el("td", (d.dateFrom() == null ? "" : d.dateFrom() + " – " + d.dateTo()));
                    h.open("td");
                    if (analyst && !running) {
                        h.open("form", "method", "post", "action", Html.path("/data/datasets/", d.name()) + "/detect", "class", "inline");
                        Layout.csrf(h, p);
                        h.el("button", "Run detection", "type", "submit");
                        h.close();
                    }
                    h.close().close();
                }
                h.close().close();
            }
            if (analyst) {
                h.open("form", "method", "post", "action", "/data/datasets", "enctype", FORM, "class", "triage");
                Layout.csrf(h, p);
                h.empty("input", "name", "name", "placeholder", "dataset name", "maxlength", "64", "required", "required", "aria-label", "dataset name",
                        "pattern", "[A-Za-z0-9][A-Za-z0-9_.\\-]{0,63}");
                h.empty("input", "type", "file", "name", "file", "required", "required", "accept", ".csv,.parquet,text/csv", "aria-label", "shipment file");
                h.el("button", "Upload", "type", "submit", "class", "primary");
                h.close();
            }
            h.close();

            h.open("section", "class", "card").el("h2", "Detection jobs");
            if (running) h.empty("meta", "http-equiv", "refresh", "content", "3; url=/data");
            if (jobs.isEmpty()) Layout.empty(h, "No detection job since the desk started. One runs at a time.");
            else {
                h.open("table").open("thead").open("tr").el("th", "Job").el("th", "Dataset").el("th", "By").el("th", "Status").el("th", "Stage").el("th", "Result").close().close().open("tbody");
                for (DetectionJob j : jobs) {
                    h.open("tr").el("td", "#" + j.id()).el("td", j.dataset()).el("td", j.actor());
                    h.open("td");
                    Layout.badge(h, j.state().label(), switch (j.state()) {
                        case DONE -> "cleared";
                        case FAILED -> "open";
                        default -> "escalated";
                    });
                    h.close();
                    h.el("td", j.stage() == null ? "" : j.stage() + (j.progress() > 0 ? String.format(Locale.ROOT, " (%,d)", j.progress()) : ""));
                    DetectionJob.Counts c = j.counts();
                    h.el("td", c != null ? String.format(Locale.ROOT, "%,d records (%,d rejected), %,d parties, %,d listed, %,d alerts", c.read(), c.rejected(), c.parties(),
                            c.listedParties(), c.alerts()) : j.error() != null ? j.error() : "");
                    h.close();
                }
                h.close().close();
            }
            h.close();

            h.open("section", "class", "card").el("h2", "Counterparty register");
            String note = desk.register().uploadedNote();
            h.el("p", note == null ? "Empty. Upload your customers and suppliers to have them screened on every list update." : note + ".", "class", "hint");
            h.el("p", "CSV with a header: id,name[,country,type,identifier] (formats.md §3). An upload replaces the register, and is screened at once; "
                    + "every hit becomes an alert (party id cp:<id>). A false-positive decision keeps it cleared until the listed entity's record changes.", "class", "hint");
            if (analyst) {
                h.open("form", "method", "post", "action", "/data/counterparties", "enctype", FORM, "class", "triage");
                Layout.csrf(h, p);
                h.empty("input", "type", "file", "name", "file", "required", "required", "accept", ".csv,text/csv", "aria-label", "register file");
                h.el("button", "Upload register", "type", "submit", "class", "primary");
                h.close();
            }
            counterparties(desk, h);
            h.close();

            h.open("section", "class", "card").el("h2", "Re-screening");
            String last = desk.screeningHits().lastSummary();
            h.el("p", last == null ? "No re-screen yet. One runs after every list update and register upload." : "Last: " + last + ".", "class", "hint");
            if (analyst) {
                h.open("form", "method", "post", "action", "/data/rescreen", "class", "inline");
                Layout.csrf(h, p);
                h.el("button", "Re-screen now", "type", "submit");
                h.close();
            }
            if (p.role().includes(Role.ADMIN)) {
                h.open("form", "method", "post", "action", "/data/lists-update", "class", "triage");
                Layout.csrf(h, p);
                h.empty("input", "name", "reason", "placeholder", "reason, e.g. OFAC update of today", "maxlength", "1000", "aria-label", "reason");
                h.el("button", "Update the lists and re-screen", "type", "submit", "class", "primary");
                h.close();
                h.el("p", desk.lists().updateFrom() == null ? "Loads from the official publishers (downloads)." : "Loads from " + desk.lists().updateFrom() + ".", "class", "hint");
            }
            h.close();
        });
        ctx.html(html);
    }

    private static void rejections(Html h, List<Rejection> rejections) {
        if (rejections.isEmpty()) return;
        h.open("section", "class", "card").el("h2", "Rejected rows");
        h.open("table").open("thead").open("tr").el("th", "Line", "class", "num").el("th", "Field").el("th", "Reason").close().close().open("tbody");
        for (Rejection r : rejections.subList(0, Math.min(REJECTIONS_SHOWN, rejections.size()))) {
            h.open("tr").el("td", Long.toString(r.line()), "class", "num").el("td", r.field() == null ? "(row)" : r.field()).el("td", r.reason()).close();
        }
        h.close().close();
        if (rejections.size() > REJECTIONS_SHOWN) h.el("p", (rejections.size() - REJECTIONS_SHOWN) + " more; GET /api/v1/datasets/{name} lists them all.", "class", "hint");
        h.close();
    }

    private static final int COUNTERPARTIES_SHOWN = 100;

    /** The register's entries with a hit first, each with its alert's status and a link to it; then the others. */
    private static void counterparties(Desk desk, Html h) {
        List<Counterparty> all = desk.register().all();
        if (all.isEmpty()) return;
        // One read of the decisions for every alert, not one query per register row.
        java.util.Map<String, org.chokepoint.server.triage.Alert> alerts = new java.util.HashMap<>();
        for (var a : desk.alerts()) alerts.put(a.party().partyId(), a);
        List<Counterparty> shown = new java.util.ArrayList<>(all);
        shown.sort(java.util.Comparator.comparing((Counterparty c) -> !alerts.containsKey(c.partyId())));
        h.open("table").open("thead").open("tr").el("th", "Id").el("th", "Name").el("th", "Country").el("th", "Screening").close().close().open("tbody");
        for (Counterparty c : shown.subList(0, Math.min(COUNTERPARTIES_SHOWN, shown.size()))) {
            h.open("tr").el("td", c.id()).el("td", c.name(), "class", "strong").el("td", c.country() == null ? "" : c.country());
            h.open("td");
            var a = alerts.get(c.partyId());
            if (a == null) h.text("no hit");
            else {
                Layout.badge(h, a.status().label(), a.status().label());
                h.text(" ").el("a", a.party().listMatches().size() + (a.party().listMatches().size() == 1 ? " match" : " matches"), "href", Html.path("/parties/", c.partyId()));
            }
            h.close().close();
        }
        h.close().close();
        if (all.size() > COUNTERPARTIES_SHOWN) h.el("p", (all.size() - COUNTERPARTIES_SHOWN) + " more in GET /api/v1/counterparties.", "class", "hint");
    }
}
