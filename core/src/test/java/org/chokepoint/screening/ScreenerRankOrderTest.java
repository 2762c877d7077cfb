package org.chokepoint.screening;

import org.chokepoint.model.Entity;
import org.chokepoint.model.EntityName;
import org.chokepoint.model.NameKind;
import org.chokepoint.model.Schema;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ranking of matches written out ({@link Screener#BEST_FIRST}) is the chained comparator it replaces: score, then
 * evidence, highest first, then the kind of name matched (primary first), then entity id; on random matches with many
 * ties of score, of evidence, of kind and of all three.
 */
class ScreenerRankOrderTest {
    private static final Comparator<ScorerV1.Scored> CHAINED = Comparator.comparingDouble(ScorerV1.Scored::score)
            .thenComparingDouble(ScorerV1.Scored::evidenceTotal).reversed()
            .thenComparingInt((ScorerV1.Scored m) -> Screener.currency(m.matchedName().kind())).thenComparing(m -> m.entity().id());

    @Test
    void bestFirstIsTheChainedOrder() {
        Random random = new Random(20261123);
        for (int round = 0; round < 300; round++) {
            int n = 1 + random.nextInt(40);
            List<ScorerV1.Scored> matches = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                String id = "ofac-sdn:" + random.nextInt(30);
                Entity e = new Entity(id, "ofac-sdn", null, Schema.ORGANIZATION, List.of(new EntityName("N" + i, NameKind.values()[random.nextInt(NameKind.values().length)])),
                        null, null, null, null, null, null, null, null);
                double score = random.nextInt(4) / 4.0, evidence = random.nextInt(3) - 0.5;
                matches.add(new ScorerV1.Scored(e, e.names().getFirst(), score, evidence, List.of()));
            }
            List<ScorerV1.Scored> expected = new ArrayList<>(matches), actual = new ArrayList<>(matches);
            expected.sort(CHAINED);
            actual.sort(Screener.BEST_FIRST);
            assertThat(actual).as("round %d", round).containsExactlyElementsOf(expected);
            for (ScorerV1.Scored a : matches) {
                for (ScorerV1.Scored b : matches) assertThat(Integer.signum(Screener.BEST_FIRST.compare(a, b))).isEqualTo(Integer.signum(CHAINED.compare(a, b)));
            }
        }
    }
}
