package org.chokepoint.evaluation;

import org.chokepoint.model.Entity;
import org.chokepoint.model.EntityName;
import org.chokepoint.screening.Match;
import org.chokepoint.screening.Screener;
import org.chokepoint.screening.ScreeningQuery;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.IntStream;

/**
 * Arabic-script names against Latin ones, held out: the lists print the names of many Iranian, Arab and Syrian parties in
 * the original script beside their Latin names (the UN list's original-script names, OpenSanctions aliases, the UK list's
 * non-Latin names). For each list, every entity's names written in Arabic script are taken out of the index, and each of
 * them is screened (with the entity's type, as a declaration gives it) against what is left: the entity is expected at
 * the top, at or above the threshold, found through its Latin names alone. The benchmark's negatives are screened against
 * the same index, for the false positives. Measures what a declaration written in Arabic script finds on a list that
 * prints only Latin names. Pure apart from the screeners it builds; not thread-safe to share a result being built.
 */
public final class OriginalScriptEvaluation {
    private OriginalScriptEvaluation() {}

    /** The script name {@link EntityName#script()} gives Arabic-script text (Arabic, Persian, Urdu). */
    static final String ARABIC = "Arabic";

    /**
     * One held-out name and what came back.
     *
     * @param entity   the listed entity whose Arabic-script name was queried
     * @param latin    its primary name (for reading a failure)
     * @param name     the Arabic-script name queried
     * @param top      the id of the top match at or above the threshold, or null for none
     * @param topName  the top match's matched name, or null
     * @param score    the top match's score, or 0
     * @param rank     the entity's rank among the matches at or above 0 (1 = top), 0 when not among them
     */
    public record Outcome(String entity, String latin, String name, String top, String topName, double score, int rank) {
        public boolean right() {
            return entity.equals(top);
        }
    }

    /**
     * One list's figures.
     *
     * @param entities          entities of the list
     * @param held              entities with a name in Arabic script and one in Latin letters (each queried)
     * @param outcomes          one per held-out Arabic-script name
     * @param negatives         negatives screened
     * @param negativeHits      negatives with a match at or above the threshold
     * @param arabicNegatives   negatives written in Arabic script
     * @param arabicNegativeHits of them, those with a match at or above the threshold
     */
    public record Result(String source, int entities, int held, List<Outcome> outcomes, int negatives, int negativeHits,
                         int arabicNegatives, int arabicNegativeHits, List<String> negativeHitLines) {
        public long right() {
            return outcomes.stream().filter(Outcome::right).count();
        }

        public long missed() {
            return outcomes.stream().filter(o -> o.top() == null).count();
        }
    }

    /**
     * Runs the held-out evaluation on each list of {@code bySource} that has entities with names in both scripts.
     *
     * @param threshold hit threshold, in [0, 1]
     */
    public static List<Result> run(Map<String, List<Entity>> bySource, double threshold, Consumer<String> progress) {
        List<EvalQuery> negatives = Negatives.load();
        List<Result> out = new ArrayList<>();
        for (var e : bySource.entrySet()) {
            List<Entity> entities = e.getValue();
            List<Entity> index = new ArrayList<>(entities.size());
            List<Entity> held = new ArrayList<>();
            for (Entity x : entities) {
                List<EntityName> latin = x.names().stream().filter(n -> !ARABIC.equals(n.script())).toList();
                if (latin.isEmpty()) continue; // no name left to be found by
                if (latin.size() < x.names().size() && latin.stream().anyMatch(n -> "Latin".equals(n.script()))) held.add(x);
                index.add(latin.size() == x.names().size() ? x : new Entity(x.id(), x.source(), x.list(), x.schema(), latin, x.addresses(),
                        x.countries(), x.identifiers(), x.programs(), x.designated(), x.remarks(), x.sourceUrl(), x.raw()));
            }
            if (held.isEmpty()) continue;
            progress.accept(e.getKey() + ": indexing " + index.size() + " entities without their Arabic-script names");
            Screener screener = Screener.build(index);
            List<String[]> queries = new ArrayList<>();
            for (Entity x : held) {
                Set<String> names = new LinkedHashSet<>();
                for (EntityName n : x.names()) if (ARABIC.equals(n.script())) names.add(n.value());
                for (String n : names) queries.add(new String[] {x.id(), x.name(), n, x.schema().label()});
            }
            progress.accept(e.getKey() + ": screening " + queries.size() + " Arabic-script names of " + held.size() + " entities");
            List<Outcome> outcomes = IntStream.range(0, queries.size()).parallel().mapToObj(i -> {
                String[] q = queries.get(i);
                List<Match> ms = screener.screen(ScreeningQuery.of(q[2], null, q[3], null, 10, 0.0));
                int rank = 0;
                for (int k = 0; k < ms.size(); k++) if (ms.get(k).entity().id().equals(q[0])) { rank = k + 1; break; }
                Match top = ms.isEmpty() || ms.getFirst().score() < threshold ? null : ms.getFirst();
                return new Outcome(q[0], q[1], q[2], top == null ? null : top.entity().id(), top == null ? null : top.matchedName().value(),
                        top == null ? (ms.isEmpty() ? 0 : ms.getFirst().score()) : top.score(), rank);
            }).toList();
            int hits = 0, arabic = 0, arabicHits = 0;
            List<String> hitLines = new ArrayList<>();
            for (EvalQuery n : negatives) {
                boolean isArabic = ARABIC.equals(new EntityName(n.name(), org.chokepoint.model.NameKind.PRIMARY, null).script());
                if (isArabic) arabic++;
                List<Match> ms = screener.screen(ScreeningQuery.of(n.name(), n.country(), n.schema().label(), null, 1, threshold));
                if (ms.isEmpty()) continue;
                hits++;
                if (isArabic) arabicHits++;
                hitLines.add(n.name() + " -> " + ms.getFirst().entity().id() + " '" + ms.getFirst().matchedName().value() + "' "
                        + String.format("%.2f", ms.getFirst().score()));
            }
            out.add(new Result(e.getKey(), entities.size(), held.size(), outcomes, negatives.size(), hits, arabic, arabicHits, hitLines));
        }
        return out;
    }

    /** The figures as Markdown: one row per list, then the wrong and missed names of each (at most {@code failures}). */
    public static String markdown(List<Result> results, double threshold, int failures) {
        StringBuilder md = new StringBuilder("## Arabic-script names against the lists' Latin names (held out)\n\n");
        md.append(String.format("Threshold %.2f. Each list indexed without its Arabic-script names; each of them queried with the entity's type.%n%n", threshold));
        md.append("| list | entities | entities with Arabic-script and Latin names | names queried | recall@1 | wrong at top | nothing at threshold | negatives with a hit | of them Arabic-script |\n");
        md.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (Result r : results) {
            int n = r.outcomes().size();
            md.append(String.format("| %s | %,d | %,d | %,d | %.1f%% (%,d) | %,d | %,d | %d/%,d | %d/%d |%n", r.source(), r.entities(), r.held(), n,
                    n == 0 ? 0 : 100.0 * r.right() / n, r.right(), n - r.right() - r.missed(), r.missed(), r.negativeHits(), r.negatives(),
                    r.arabicNegativeHits(), r.arabicNegatives()));
        }
        for (Result r : results) {
            md.append("\n### ").append(r.source()).append(": names not found at the top\n\n");
            int shown = 0;
            for (Outcome o : r.outcomes()) {
                if (o.right()) continue;
                if (shown++ >= failures) break;
                md.append(String.format("- `%s` (%s, %s): %s%n", o.name(), o.entity(), o.latin(),
                        o.top() == null ? String.format("nothing at threshold (best %.2f, rank %d)", o.score(), o.rank())
                                : String.format("top %s '%s' %.2f, expected at rank %d", o.top(), o.topName(), o.score(), o.rank())));
            }
            if (!r.negativeHitLines().isEmpty()) {
                md.append("\nNegatives with a hit:\n\n");
                for (String l : r.negativeHitLines()) md.append("- ").append(l).append('\n');
            }
        }
        return md.toString();
    }
}
