package org.chokepoint.cli.output;

import org.chokepoint.cli.batch.BatchScreening;
import org.chokepoint.lists.Rejection;
import org.chokepoint.screening.Feature;
import org.chokepoint.screening.Match;
import org.chokepoint.screening.ScreeningQuery;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

/** Screening results for a person: a table of matches, each followed by its evidence. */
public final class ScreenReport {
    private ScreenReport() {}

    public static void single(PrintWriter out, ScreeningQuery q, List<Match> matches) {
        if (matches.isEmpty()) {
            out.printf("No match at or above %.2f for \"%s\".%n", q.minScore(), q.name());
            out.flush();
            return;
        }
        Table t = new Table("#", "score", "entity", "list", "type", "listed name", "matched name");
        int i = 1;
        for (Match m : matches) {
            t.row(i++, String.format("%.2f", m.score()), m.entity().id(), m.entity().list(), m.entity().schema().label(),
                    m.entity().name(), m.matchedName().value().equals(m.entity().name()) ? "(primary)" : m.matchedName().value());
        }
        t.print(out);
        out.println();
        i = 1;
        for (Match m : matches) {
            out.printf("%d. %s  %s  [%s]%n", i++, m.entity().id(), m.entity().name(), String.join(", ", m.entity().programs()));
            for (Feature f : m.features()) out.printf("     %+.2f  %s%n", f.contribution(), f.detail());
        }
        out.printf("%nscores in [0, 1]; threshold %.2f; algorithm %s%n", q.minScore(), matches.get(0).algorithm());
        out.flush();
    }

    public static void batch(PrintWriter out, BatchScreening.Result r, Path file) {
        // Rejected rows are written too, with an "error" field, so that the output keeps one line per input row.
        out.printf("%,d rows read, %,d written to %s, %,d with at least one match, %,d rejected (written with an \"error\" field) (%.1f s, %,.0f names/s)%n",
                r.read(), r.written(), file, r.withMatches(), r.rejected().size(), r.seconds(), r.read() / Math.max(r.seconds(), 1e-9));
        if (r.remembered() > 0) out.printf("%,d rows answered from memory: the same name after normalisation, country, type and identifier as an earlier row%n", r.remembered());
        int shown = 0;
        for (Rejection x : r.rejected()) {
            if (shown++ == 10) {
                out.printf("... and %,d more rejected rows (each has an \"error\" field in the output)%n", r.rejected().size() - 10);
                break;
            }
            out.println("rejected " + x);
        }
        out.flush();
    }
}
