package org.chokepoint.cli.output;

import org.chokepoint.detect.DetectionResult;
import org.chokepoint.detect.RankedParty;
import org.chokepoint.lists.Rejection;

import java.io.PrintWriter;
import java.util.Map;

/** What `chokepoint detect` prints: the counts, where the findings are, and the top parties with their reasons. */
public final class DetectReport {
    private DetectReport() {}

    public static void text(PrintWriter out, DetectionResult r, int top) {
        double secs = r.total().toMillis() / 1000.0;
        out.printf("read %,d records: %,d stored, %,d rejected; %,d flagged%n", r.read(), r.valid(), r.rejected(), r.flaggedRecords());
        if (r.rejected() > 0) {
            out.print("  problems by column (a rejected row may have several):");
            for (Map.Entry<String, Long> e : r.rejectReasons().entrySet()) out.printf(" %s %,d;", e.getKey(), e.getValue());
            out.println();
            for (Rejection x : r.firstRejections().subList(0, Math.min(5, r.firstRejections().size()))) out.println("  " + x);
            out.println("  all rejections: " + r.outDir().resolve("rejects.csv"));
        }
        out.printf("%,d parties (%,d spellings), %,d listed; %.1f s, %,.0f records/s%n", r.parties(), r.mentions(), r.listedParties(), secs,
                secs > 0 ? r.read() / secs : 0.0);
        out.print("flagged records by rule:");
        for (Map.Entry<String, Long> e : r.flagsByRule().entrySet()) out.printf(" %s %,d;", e.getKey(), e.getValue());
        out.println();
        out.println();
        out.println("top parties:");
        for (RankedParty p : r.top().subList(0, Math.min(top, r.top().size()))) {
            out.printf("%3d. %.2f %s%s (%s)%n", p.rank(), p.risk(), p.party().listed() ? "[LISTED] " : "", p.party().name(), p.party().country());
            out.println("     " + p.explanation());
        }
        out.println();
        out.println("findings: " + r.outDir().toAbsolutePath().normalize() + " (parties.jsonl, shipments.jsonl, summary.json, report.html)");
    }
}
