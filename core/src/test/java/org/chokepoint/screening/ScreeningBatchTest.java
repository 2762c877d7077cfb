package org.chokepoint.screening;

import org.chokepoint.model.Entity;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link ScreeningBatch} gives every query exactly the answer the screener gives it on its own, and answers from memory
 * only queries that normalise the same with the same country, type, identifiers, limit and threshold.
 */
class ScreeningBatchTest {
    private static final List<Entity> ENTITIES = ScreeningFixtures.filler();
    private static final Screener SCREENER = Screener.build(ENTITIES);

    /** Every answer as text: entity, matched name, score, evidence and explanation, in order. */
    private static String render(List<Match> matches) {
        StringBuilder out = new StringBuilder();
        for (Match m : matches) {
            out.append(m.entity().id()).append(' ').append(m.matchedName().value()).append(' ').append(m.score()).append(' ')
                    .append(m.evidenceTotal()).append(" | ").append(m.explanation()).append('\n');
        }
        return out.toString();
    }

    /** Queries that repeat as written, in other case and spacing, with another country, type or threshold. */
    private static List<ScreeningQuery> queries() {
        List<ScreeningQuery> out = new ArrayList<>();
        for (int i = 0; i < ENTITIES.size(); i += 7) {
            String name = ENTITIES.get(i).name();
            out.add(ScreeningQuery.of(name, null, null, null, 5, 0.0));
            out.add(ScreeningQuery.of(name.toLowerCase(Locale.ROOT), null, null, null, 5, 0.0));
            out.add(ScreeningQuery.of("  " + name.toUpperCase(Locale.ROOT).replace(" ", "  ") + " ", null, null, null, 5, 0.0));
            out.add(ScreeningQuery.of(name, "RU", null, null, 5, 0.0));
            out.add(ScreeningQuery.of(name, "RU", "organization", null, 5, 0.0));
            out.add(ScreeningQuery.of(name, "RU", "organization", null, 5, 0.8));
            out.add(ScreeningQuery.of(name, "RU", "organization", null, 2, 0.0));
            out.add(ScreeningQuery.of("MV " + name, null, "vessel", null, 5, 0.0));
            out.add(ScreeningQuery.of(name, null, "vessel", null, 5, 0.0));
            out.add(ScreeningQuery.of(name, null, null, "INN 7702070139", 5, 0.0));
            out.add(ScreeningQuery.of(name, null, null, null, 5, 0.0));
        }
        return out;
    }

    @Test
    void everyAnswerIsTheScreenersOwn() {
        List<ScreeningQuery> qs = queries();
        ScreeningBatch batch = SCREENER.batch();
        for (ScreeningQuery q : qs) assertThat(render(batch.screen(q))).as(q.toString()).isEqualTo(render(SCREENER.screen(q)));
        // Per entity name: the second and third differ from the first only in case and spacing, and the last is the first
        // again; the other eight differ in what the answer depends on.
        int names = qs.size() / 11;
        assertThat(batch.remembered()).isEqualTo(3L * names);
        assertThat(batch.screened()).isEqualTo(8L * names);
    }

    /**
     * Two names that normalise alike while only one names the person its "named after" clause honours (read from the text
     * as written, {@link PreparedQuery#honoree}): each gets its own answer, in either order, against a plant named after
     * someone else, where the honoree lowers the score.
     */
    @Test
    void theHonoreeReadFromTheTextAsWrittenIsPartOfTheKey() {
        List<Entity> entities = new ArrayList<>(ENTITIES);
        entities.add(ScreeningFixtures.party("honoree", "1", "Zavod imeni Frunze|type=organization|country=RU"));
        Screener screener = Screener.build(entities);
        ScreeningQuery withStop = ScreeningQuery.of("Zavod im. Kirova", "RU", "organization", null, 5, 0.0);
        ScreeningQuery without = ScreeningQuery.of("Zavod im Kirova", "RU", "organization", null, 5, 0.0);
        List<org.chokepoint.text.NormalizedName> a = screener.forms(withStop.name()), b = screener.forms(without.name());
        assertThat(a.stream().map(f -> f.tokenLists()).toList()).isEqualTo(b.stream().map(f -> f.tokenLists()).toList());
        assertThat(PreparedQuery.honoree(a)).isNotEqualTo(PreparedQuery.honoree(b));
        assertThat(render(screener.screen(withStop))).isNotEqualTo(render(screener.screen(without)));
        for (List<ScreeningQuery> order : List.of(List.of(withStop, without), List.of(without, withStop))) {
            ScreeningBatch batch = screener.batch();
            for (ScreeningQuery q : order) assertThat(render(batch.screen(q))).as(q.toString()).isEqualTo(render(screener.screen(q)));
            assertThat(batch.screened()).isEqualTo(2);
        }
    }

    /**
     * Two names that normalise alike while only one writes a compound with a hyphen ({@link CompoundName#compounds}, read
     * from the text as written): against a listed firm named by one part of it, each gets its own answer, in either order.
     * Detect's parties "ООО «Стрела-Логистик»" and a namesake without the hyphen met the listed STRELA so.
     */
    @Test
    void theCompoundsReadFromTheTextAsWrittenArePartOfTheKey() {
        List<Entity> entities = new ArrayList<>(ENTITIES);
        entities.add(ScreeningFixtures.party("compound", "1", "STRELA LIMITED LIABILITY COMPANY|type=organization|country=RU"));
        Screener screener = Screener.build(entities);
        ScreeningQuery hyphen = ScreeningQuery.of("OOO Strela-Logistik", "RU", null, null, 5, 0.0);
        ScreeningQuery apart = ScreeningQuery.of("OOO Strela Logistik", "RU", null, null, 5, 0.0);
        List<org.chokepoint.text.NormalizedName> a = screener.forms(hyphen.name()), b = screener.forms(apart.name());
        assertThat(a.stream().map(f -> f.tokenLists()).toList()).isEqualTo(b.stream().map(f -> f.tokenLists()).toList());
        assertThat(render(screener.screen(hyphen))).isNotEqualTo(render(screener.screen(apart)));
        for (List<ScreeningQuery> order : List.of(List.of(hyphen, apart), List.of(apart, hyphen))) {
            ScreeningBatch batch = screener.batch();
            for (ScreeningQuery q : order) assertThat(render(batch.screen(q))).as(q.toString()).isEqualTo(render(screener.screen(q)));
            assertThat(batch.screened()).isEqualTo(2);
        }
    }

    @Test
    void concurrentQueriesGetTheSameAnswers() {
        List<ScreeningQuery> qs = queries();
        ScreeningBatch batch = SCREENER.batch();
        String[] got = new String[qs.size()];
        IntStream.range(0, qs.size()).parallel().forEach(i -> got[i] = render(batch.screen(qs.get(i))));
        for (int i = 0; i < qs.size(); i++) assertThat(got[i]).as(qs.get(i).toString()).isEqualTo(render(SCREENER.screen(qs.get(i))));
        assertThat(batch.screened() + batch.remembered()).isEqualTo(qs.size());
    }
}
