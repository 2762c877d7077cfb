package org.chokepoint.cli.output;

import org.chokepoint.lists.ListLoad;
import org.chokepoint.lists.Rejection;
import org.chokepoint.lists.update.ListUpdater;
import org.chokepoint.lists.update.SourceOutcome;

import java.io.PrintWriter;
import java.time.Duration;

/** The summary of `lists update`: a table per source, then warnings, rejected rows and failures. */
public final class UpdateReport {
    private static final int REJECTIONS_SHOWN = 10;

    private UpdateReport() {}

    public static void print(PrintWriter out, ListUpdater.Update update, Duration took) {
        Table t = new Table("source", "result", "entities", "names", "identifiers", "records read", "stored", "rejected", "snapshot");
        for (SourceOutcome o : update.outcomes()) {
            ListLoad l = o.load();
            t.row(o.source(), !o.ok() ? "FAILED" : o.unchanged() ? "unchanged" : "stored",
                    l == null ? "-" : String.format("%,d", l.entities().size()),
                    l == null ? "-" : String.format("%,d", l.nameCount()),
                    l == null ? "-" : String.format("%,d", l.identifierCount()),
                    l == null ? "-" : String.format("%,d", l.recordsRead()),
                    o.ok() && !o.unchanged() ? String.format("%,d", l.entities().size()) : "0",
                    l == null ? "-" : String.format("%,d", l.rejections().size()),
                    o.snapshot() == null ? "-" : o.snapshot().id());
        }
        t.print(out);
        for (SourceOutcome o : update.outcomes()) {
            if (!o.ok()) out.println(o.source() + ": FAILED: " + o.error());
            if (o.unchanged()) out.println(o.source() + ": unchanged since snapshot " + o.snapshot().id() + " of "
                    + o.snapshot().loadedAt().toString().substring(0, 19).replace('T', ' ') + " UTC (same entities, rejections and warnings); nothing new stored");
            if (o.load() == null) continue;
            for (String w : o.load().warnings()) out.println(o.source() + ": note: " + w);
            int shown = 0;
            for (Rejection r : o.load().rejections()) {
                if (shown++ == REJECTIONS_SHOWN) {
                    out.println(o.source() + ": ... and " + (o.load().rejections().size() - REJECTIONS_SHOWN) + " more rejected rows (stored with the snapshot)");
                    break;
                }
                out.println(o.source() + ": rejected " + r);
            }
        }
        for (String s : update.skipped()) out.println("skipped: " + s);
        long stored = update.outcomes().stream().filter(o -> o.ok() && !o.unchanged()).count();
        long unchanged = update.outcomes().stream().filter(SourceOutcome::unchanged).count();
        out.printf("%d of %d sources stored%s in %.1f s%n", stored, update.outcomes().size(),
                unchanged == 0 ? "" : ", " + unchanged + " unchanged", took.toMillis() / 1000.0);
        out.flush();
    }
}
