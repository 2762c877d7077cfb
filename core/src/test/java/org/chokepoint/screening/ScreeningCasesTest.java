package org.chokepoint.screening;

import org.chokepoint.model.Entity;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Screening behaviour written down as data: every line of {@code cases.tsv} (its header documents the
 * columns) screened against its listed entity, its other entity and the filler list.
 */
class ScreeningCasesTest {
    private static final List<Entity> FILLER = ScreeningFixtures.filler();
    private static final String KNOWN_GAP = "known_gap:";
    /** Many cases share their listed entities: one screener per distinct pair keeps the run short. */
    private static final Map<String, Screener> SCREENERS = new ConcurrentHashMap<>();

    /** One line of cases.tsv. */
    record Case(int line, String kind, String query, String listed, String other, String why) {
        boolean knownGap() {
            return kind.startsWith(KNOWN_GAP);
        }

        /** The expectation without the known_gap marker. */
        String expectation() {
            return knownGap() ? kind.substring(KNOWN_GAP.length()) : kind;
        }

        @Override
        public String toString() {
            return "cases.tsv:" + line + " " + kind + " [" + query + "] vs [" + listed + "]" + (other == null ? "" : " over [" + other + "]");
        }
    }

    static Stream<Named<Case>> cases() {
        List<String> lines = ScreeningFixtures.lines("cases.tsv");
        List<Named<Case>> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] c = line.split("\t", -1);
            if (c.length != 5) throw new IllegalArgumentException("cases.tsv:" + (i + 1) + ": expected 5 tab-separated columns, got " + c.length);
            String other = c[3].strip().equals("-") || c[3].isBlank() ? null : c[3].strip();
            Case k = new Case(i + 1, c[0].strip(), c[1].strip(), c[2].strip(), other, c[4].strip());
            out.add(Named.of(k.why(), k));
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void screensAsWritten(Case c) {
        Entity listed = ScreeningFixtures.party("case", "listed", c.listed());
        Entity other = c.other() == null ? null : ScreeningFixtures.party("case", "other", c.other());
        Screener screener = SCREENERS.computeIfAbsent(c.listed() + "\t" + c.other(), k -> {
            List<Entity> entities = new ArrayList<>(FILLER);
            entities.add(listed);
            if (other != null) entities.add(other);
            return Screener.build(entities);
        });
        ScreeningQuery query = ScreeningFixtures.query(c.query(), screener.entityCount());
        List<Match> matches = screener.screen(query);

        String failure = failure(c.expectation(), listed, other, matches);
        if (failure != null && rank(listed, matches) < 0) failure += "\n" + withoutRetrieval(screener, query, listed);
        if (c.knownGap()) {
            assertThat(failure).as("%s\nknown gap now passes: promote it to '%s'\n%s", c, c.expectation(), describe(matches)).isNotNull();
        } else {
            assertThat(failure).as("%s", c).isNull();
        }
    }

    /** Why the matches break the expectation, or null when they meet it. */
    static String failure(String expectation, Entity listed, Entity other, List<Match> matches) {
        int at = rank(listed, matches), otherAt = other == null ? -1 : rank(other, matches);
        String seen = "\n" + describe(matches);
        if (expectation.equals("match") || expectation.startsWith("match@")) {
            double min = expectation.equals("match") ? ScorerV1.DEFAULT_THRESHOLD
                    : Math.max(ScorerV1.DEFAULT_THRESHOLD, Double.parseDouble(expectation.substring("match@".length())));
            if (at < 0) return "listed entity not returned" + seen;
            if (at > 0) return "listed entity ranks " + (at + 1) + ", not first" + seen;
            if (matches.get(0).score() < min) return "listed entity scores " + matches.get(0).score() + " < " + min + seen;
            if (matches.size() > 1 && tie(matches.get(0), matches.get(1))) return "listed entity ties with " + matches.get(1).entity().id() + seen;
            return null;
        }
        if (expectation.equals("no_match")) {
            if (at >= 0 && matches.get(at).score() >= ScorerV1.DEFAULT_THRESHOLD) return "listed entity scores " + matches.get(at).score() + seen;
            return null;
        }
        if (expectation.equals("ranks_above")) {
            if (other == null) throw new IllegalArgumentException("ranks_above needs an other entity");
            if (at < 0) return "listed entity not returned" + seen;
            if (otherAt < 0) return null;
            if (otherAt < at) return "other entity ranks above the listed one" + seen;
            if (tie(matches.get(at), matches.get(otherAt))) return "listed and other tie; only the ids order them" + seen;
            return null;
        }
        throw new IllegalArgumentException("unknown kind " + expectation);
    }

    /** Whether retrieval or scoring lost the listed entity: its score when every entity is scored. */
    private static String withoutRetrieval(Screener screener, ScreeningQuery query, Entity listed) {
        for (Match m : screener.screenExhaustive(query)) {
            if (m.entity().id().equals(listed.id())) return String.format("  without retrieval the listed entity scores %.4f: %s", m.score(), m.explanation());
        }
        return "  without retrieval the listed entity still scores nothing";
    }

    /** Same score, same evidence and the same kind of name matched ({@link Screener#currency}): only the ids order them. */
    private static boolean tie(Match a, Match b) {
        return a.score() == b.score() && Math.abs(a.evidenceTotal() - b.evidenceTotal()) < 1e-9
                && Screener.currency(a.matchedName().kind()) == Screener.currency(b.matchedName().kind());
    }

    private static int rank(Entity e, List<Match> matches) {
        for (int i = 0; i < matches.size(); i++) if (matches.get(i).entity().id().equals(e.id())) return i;
        return -1;
    }

    /** The first few matches and every case entity among them, for a person to read. */
    static String describe(List<Match> matches) {
        if (matches.isEmpty()) return "  (no matches)";
        List<String> out = new ArrayList<>();
        for (int i = 0; i < matches.size(); i++) {
            Match m = matches.get(i);
            if (i >= 3 && !m.entity().source().equals("case")) continue;
            out.add(String.format("  #%d %s '%s' %.4f: %s", i + 1, m.entity().id(), m.entity().name(), m.score(), m.explanation()));
        }
        return out.stream().collect(Collectors.joining("\n"));
    }
}
