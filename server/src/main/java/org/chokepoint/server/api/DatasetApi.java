package org.chokepoint.server.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import org.chokepoint.lists.Rejection;
import org.chokepoint.server.Desk;
import org.chokepoint.server.Route;
import org.chokepoint.server.UnreadBody;
import org.chokepoint.server.auth.Guard;
import org.chokepoint.server.auth.Role;
import org.chokepoint.server.dataset.DetectionJob;
import org.chokepoint.server.dataset.DetectionJobs;
import org.chokepoint.server.dataset.ShipmentDatasets;
import org.chokepoint.trade.record.ShipmentLoad;
import org.chokepoint.trade.record.StoredDataset;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * Shipment datasets: upload (CSV or Parquet, formats.md §1; raw body or multipart), list, rejections, and
 * detection jobs on them whose findings the desk then serves.
 */
public final class DatasetApi {
    /** A request body up to the upload limit plus room for multipart framing. */
    public static final long MAX_BODY = ShipmentDatasets.MAX_UPLOAD_BYTES + 64 * 1024;

    private DatasetApi() {}

    public static List<Route> routes(Desk desk) {
        return List.of(
                Route.get("/api/v1/datasets", Role.VIEWER, Route.Kind.API, "datasets", "Every stored shipment dataset: counts (read = stored + rejected), dates, file",
                        List.of(), ctx -> ApiJson.send(ctx, ApiJson.object().set("datasets", ApiJson.array(desk.datasets().all(), DatasetApi::dataset)))),
                new Route(io.javalin.http.HandlerType.POST, "/api/v1/datasets", Role.ANALYST, Route.Kind.API, "datasets",
                        "Upload shipment records (CSV or Parquet, formats.md §1) as a named dataset, replacing one of that name: the raw file as the body "
                                + "with query name, or multipart/form-data with fields name and file. Rows are checked one by one; the answer counts "
                                + "read = stored + rejected and gives the first rejections with line, field and reason",
                        List.of("name: the dataset's name (1-64 letters, digits, '_', '.', '-'); for multipart, the form field name"),
                        "text/csv", MAX_BODY, ctx -> upload(desk, ctx)),
                Route.get("/api/v1/datasets/{name}", Role.VIEWER, Route.Kind.API, "datasets", "One dataset with its first rejections (line, field, reason)",
                        List.of("limit: rejections listed (1-1000, default 100)"), ctx -> show(desk, ctx)),
                Route.post("/api/v1/datasets/{name}/detections", Role.ANALYST, Route.Kind.API, "datasets",
                        "Run detect on the dataset in the background (202; one job at a time, 409 while one is queued or running); "
                                + "when done its findings become the alerts, parties and network the desk serves. Body optional",
                        "application/json", Route.SMALL_BODY, ctx -> detect(desk, ctx)),
                Route.get("/api/v1/detections", Role.VIEWER, Route.Kind.API, "datasets", "Every detection job since the desk started, newest first",
                        List.of(), ctx -> ApiJson.send(ctx, ApiJson.object().set("jobs", ApiJson.array(desk.detections().all(), DatasetApi::job)))),
                Route.get("/api/v1/detections/{id}", Role.VIEWER, Route.Kind.API, "datasets",
                        "A detection job's status: queued, running (stage, progress), done (counts) or failed (error)", List.of(),
                        ctx -> ApiJson.send(ctx, job(desk.detections().job(Params.pathLong(ctx, "id"))
                                .orElseThrow(() -> new NoSuchElementException("no detection job " + ctx.pathParam("id")))))));
    }

    /** Reads the upload from a multipart form (fields name, file) or the raw body (query name) and stores it. */
    public static ShipmentLoad store(Desk desk, Context ctx) {
        String name;
        try {
            if (ctx.isMultipartFormData()) {
                name = ctx.formParam("name");
                UploadedFile f = ctx.uploadedFile("file");
                if (f == null) throw new IllegalArgumentException("field file is required: the shipment file (CSV or Parquet)");
                if (name == null || name.isBlank()) name = defaultName(f.filename());
                try (InputStream in = f.content()) {
                    return desk.datasets().upload(name.strip(), in);
                }
            }
            name = ctx.queryParam("name");
            try (InputStream in = ctx.bodyInputStream()) {
                try {
                    if (name == null || name.isBlank()) throw new IllegalArgumentException("query parameter name is required: the dataset's name");
                    return desk.datasets().upload(name.strip(), in);
                } catch (IllegalArgumentException refused) {
                    // Refused before the body was read (a bad name): the server would close the connection under a client
                    // still sending, which then sees a reset instead of the reason. Read the rest (bounded), then answer.
                    UnreadBody.drain(in, ShipmentDatasets.MAX_UPLOAD_BYTES + 1);
                    throw refused;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String defaultName(String filename) {
        if (filename == null) return null;
        String base = filename.replaceAll(".*[/\\\\]", "").replaceAll("\\.(csv|parquet|txt)$", "").replaceAll("[^A-Za-z0-9_.-]", "-");
        return base.isEmpty() ? null : base.substring(0, Math.min(64, base.length()));
    }

    private static void upload(Desk desk, Context ctx) {
        ShipmentLoad load = store(desk, ctx);
        audit(desk, Guard.principal(ctx).username(), load);
        ctx.status(201);
        ObjectNode o = dataset(load.dataset());
        o.put("replaced", load.replaced() != null);
        o.put("problems", load.problems());
        o.set("rejections", ApiJson.array(load.firstRejections(), DatasetApi::rejection));
        ApiJson.send(ctx, o);
    }

    /** The audit entry of an upload: who, when (the entry's time), what (name, file checksum, counts). */
    public static void audit(Desk desk, String actor, ShipmentLoad load) {
        StoredDataset d = load.dataset();
        desk.audit().append(actor, "dataset.upload", d.name(), null, d.format().name().toLowerCase() + " " + d.source().sha256() + ", " + d.recordsRead()
                + " rows read, " + d.stored() + " stored, " + d.rejected() + " rejected" + (load.replaced() != null ? "; replaced the previous load" : ""));
    }

    private static void show(Desk desk, Context ctx) {
        String name = ctx.pathParam("name");
        StoredDataset d = desk.datasets().find(name).orElseThrow(() -> new NoSuchElementException("no dataset '" + name + "'"));
        ObjectNode o = dataset(d);
        o.set("rejections", ApiJson.array(desk.datasets().rejections(name, Params.integer(ctx, "limit", 100, 1, 1000)), DatasetApi::rejection));
        ApiJson.send(ctx, o);
    }

    private static void detect(Desk desk, Context ctx) {
        DetectionJob job;
        try {
            job = desk.detections().submit(Guard.principal(ctx).username(), ctx.pathParam("name"));
        } catch (DetectionJobs.BusyException e) {
            ctx.status(409);
            ApiJson.send(ctx, ApiJson.object().put("error", e.getMessage()).put("status", 409));
            return;
        }
        ctx.status(202).header("Location", "/api/v1/detections/" + job.id());
        ApiJson.send(ctx, job(job));
    }

    public static ObjectNode dataset(StoredDataset d) {
        ObjectNode o = ApiJson.object().put("name", d.name()).put("format", d.format().name().toLowerCase()).put("loaded_at", d.loadedAt().toString())
                .put("records_read", d.recordsRead()).put("stored", d.stored()).put("rejected", d.rejected())
                .put("date_from", d.dateFrom() == null ? null : d.dateFrom().toString()).put("date_to", d.dateTo() == null ? null : d.dateTo().toString())
                .put("sha256", d.source().sha256()).put("bytes", d.source().bytes());
        d.extraColumns().forEach(o.putArray("extra_columns")::add);
        return o;
    }

    public static ObjectNode rejection(Rejection r) {
        return ApiJson.object().put("line", r.line()).put("field", r.field()).put("reason", r.reason());
    }

    public static ObjectNode job(DetectionJob j) {
        ObjectNode o = ApiJson.object().put("id", j.id()).put("dataset", j.dataset()).put("actor", j.actor()).put("status", j.state().label())
                .put("stage", j.stage()).put("progress", j.progress()).put("submitted", j.submitted().toString())
                .put("started", j.started() == null ? null : j.started().toString()).put("finished", j.finished() == null ? null : j.finished().toString())
                .put("error", j.error());
        if (j.counts() != null) {
            DetectionJob.Counts c = j.counts();
            o.putObject("counts").put("records_read", c.read()).put("valid", c.valid()).put("rejected", c.rejected()).put("parties", c.parties())
                    .put("listed_parties", c.listedParties()).put("flagged_records", c.flaggedRecords()).put("alerts", c.alerts());
        }
        return o;
    }
}
