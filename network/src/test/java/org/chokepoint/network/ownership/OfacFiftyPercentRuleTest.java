package org.chokepoint.network.ownership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.chokepoint.model.Ownership;
import org.junit.jupiter.api.Test;

class OfacFiftyPercentRuleTest {
    private final OfacFiftyPercentRule rule = new OfacFiftyPercentRule();
    private int next;

    private Ownership own(String owner, String asset, Double pct) {
        return new Ownership("t:" + next++, owner, asset, pct, "shareholder");
    }

    private Map<String, OwnershipFinding> run(List<Ownership> relations, String... listed) {
        return rule.apply(relations, Set.of(listed)).stream()
                .collect(Collectors.toMap(OwnershipFinding::entityId, Function.identity()));
    }

    @Test
    void guidanceExample1_chainOfFiftyPercent() {
        var found = run(List.of(own("X", "A", 50.0), own("A", "B", 50.0)), "X");
        assertThat(found).containsOnlyKeys("A", "B");
        assertThat(found.get("B").path()).containsExactly("X", "A", "B");
        assertThat(found.get("B").stakes()).singleElement()
                .satisfies(s -> assertThat(s.ownerPath()).containsExactly("X", "A"));
        assertThat(found.get("B").explanation())
                .isEqualTo("B is blocked under OFAC's 50% rule: owned 50% in aggregate by blocked owners"
                        + " (A 50%, itself blocked via X → A); path X → A → B.");
    }

    @Test
    void guidanceExample2_aggregatedThroughTwoBlockedSubsidiaries() {
        var found = run(List.of(own("X", "A", 50.0), own("X", "B", 50.0),
                own("A", "C", 25.0), own("B", "C", 25.0)), "X");
        assertThat(found).containsOnlyKeys("A", "B", "C");
        OwnershipFinding c = found.get("C");
        assertThat(c.aggregatePercent()).isEqualTo(50.0);
        assertThat(c.stakes()).extracting(Stake::ownerId).containsExactly("A", "B");
        assertThat(c.path()).containsExactly("X", "A", "C");
        assertThat(c.explanation()).contains("owned 50% in aggregate", "A 25%, itself blocked via X → A",
                "B 25%, itself blocked via X → B");
    }

    @Test
    void guidanceExample3_quarterStakeBlocksNothing() {
        assertThat(run(List.of(own("X", "A", 25.0), own("A", "B", 50.0)), "X")).isEmpty();
    }

    @Test
    void aggregatesTwoListedOwners() {
        var found = run(List.of(own("X", "C", 30.0), own("Y", "C", 20.0)), "X", "Y");
        assertThat(found).containsOnlyKeys("C");
        assertThat(found.get("C").bases()).containsExactly(Basis.OWNERSHIP);
        assertThat(found.get("C").explanation()).contains("listed X 30%", "listed Y 20%");
    }

    @Test
    void belowThresholdIsNotBlocked() {
        assertThat(run(List.of(own("X", "C", 30.0), own("Y", "C", 19.9)), "X", "Y")).isEmpty();
    }

    @Test
    void unlistedOwnersDoNotCount() {
        assertThat(run(List.of(own("X", "C", 30.0), own("Z", "C", 40.0)), "X")).isEmpty();
    }

    @Test
    void cycleTerminates() {
        var found = run(List.of(own("X", "A", 60.0), own("A", "B", 50.0), own("B", "A", 40.0)), "X");
        assertThat(found).containsOnlyKeys("A", "B");
        assertThat(found.get("B").path()).containsExactly("X", "A", "B");
        assertThat(found.get("A").path()).containsExactly("X", "A");
        assertThat(found.get("A").aggregatePercent()).isEqualTo(100.0);
    }

    @Test
    void cycleWithoutEnoughStakeBlocksOnlyTheDirectAsset() {
        var found = run(List.of(own("X", "A", 60.0), own("A", "B", 49.0), own("B", "A", 40.0)), "X");
        assertThat(found).containsOnlyKeys("A");
    }

    @Test
    void nullPercentagesIgnored() {
        var relations = List.of(new Ownership("t:1", "X", "A", null, "control"),
                new Ownership("t:2", "X", "B", null, "beneficial owner"), own("X", "B", 30.0));
        assertThat(run(relations, "X")).isEmpty();
    }

    @Test
    void chainOfFourLevels() {
        var found = run(List.of(own("X", "A", 100.0), own("A", "B", 75.0), own("B", "C", 50.0),
                own("C", "D", 51.0), own("D", "E", 10.0)), "X");
        assertThat(found).containsOnlyKeys("A", "B", "C", "D");
        assertThat(found.get("D").path()).containsExactly("X", "A", "B", "C", "D");
    }

    @Test
    void listedEntitiesAreNotReported() {
        var found = run(List.of(own("X", "Y", 60.0), own("Y", "Z", 60.0)), "X", "Y");
        assertThat(found).containsOnlyKeys("Z");
        assertThat(found.get("Z").path()).containsExactly("Y", "Z");
    }

    @Test
    void stakesOfTheSameOwnerAreSummedOverDistinctRelations() {
        var relations = List.of(own("X", "A", 30.0), own("X", "A", 20.0));
        var found = run(relations, "X");
        assertThat(found.get("A").stakes()).singleElement().satisfies(s -> {
            assertThat(s.percent()).isEqualTo(50.0);
            assertThat(s.relationIds()).hasSize(2);
        });
        // The same relation read twice (same id, same content) counts once.
        var repeated = new Ownership("r:1", "X", "A", 30.0, null);
        assertThat(run(List.of(repeated, repeated), "X")).isEmpty();
        assertThatThrownBy(() -> run(List.of(repeated, new Ownership("r:1", "X", "A", 40.0, null)), "X"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("r:1");
    }

    @Test
    void aggregateOverHundredIsCappedInTheText() {
        var found = run(List.of(new Ownership("a", "X", "A", 80.0, null),
                new Ownership("b", "Y", "A", 70.0, null)), "X", "Y");
        assertThat(found.get("A").aggregatePercent()).isEqualTo(150.0);
        assertThat(found.get("A").explanation()).contains("owned 100% in aggregate");
    }

    @Test
    void selfOwnershipIgnored() {
        assertThat(run(List.of(own("A", "A", 60.0)), "X")).isEmpty();
    }

    @Test
    void resultDoesNotDependOnInputOrder() {
        Random random = new Random(20240701L);
        int found = 0;
        for (int trial = 0; trial < 50; trial++) {
            List<Ownership> relations = new ArrayList<>();
            int n = 12;
            for (int i = 0; i < 40; i++) {
                String owner = "E" + random.nextInt(n), asset = "E" + random.nextInt(n);
                double pct = random.nextInt(5) == 0 ? 50.0 : 5 * random.nextInt(11);
                relations.add(new Ownership("r:" + i, owner, asset, pct, null));
            }
            Set<String> listed = Set.of("E0", "E1");
            List<OwnershipFinding> expected = rule.apply(relations, listed);
            found += expected.size();
            assertFixpoint(relations, listed, expected);
            for (int shuffle = 0; shuffle < 10; shuffle++) {
                List<Ownership> copy = new ArrayList<>(relations);
                java.util.Collections.shuffle(copy, random);
                assertThat(rule.apply(copy, listed)).isEqualTo(expected);
            }
        }
        assertThat(found).as("the random graphs must exercise the rule").isGreaterThan(50);
    }

    /** Every finding holds 50% from blocked owners, and no other entity does (the set is closed). */
    static void assertFixpoint(List<Ownership> relations, Set<String> listed, List<OwnershipFinding> findings) {
        Set<String> blocked = new java.util.HashSet<>(listed);
        findings.forEach(f -> blocked.add(f.entityId()));
        Map<String, Double> aggregate = new java.util.HashMap<>();
        for (Ownership o : relations)
            if (o.percentage() != null && blocked.contains(o.ownerId()) && !o.ownerId().equals(o.assetId()))
                aggregate.merge(o.assetId(), o.percentage(), Double::sum);
        aggregate.forEach((asset, pct) -> {
            if (!listed.contains(asset))
                assertThat(pct >= 50 - 1e-9).as("%s held %s", asset, pct).isEqualTo(blocked.contains(asset));
        });
        for (OwnershipFinding f : findings) {
            assertThat(listed).doesNotContain(f.entityId());
            assertThat(listed).contains(f.path().getFirst());
            assertThat(f.path().getLast()).isEqualTo(f.entityId());
        }
    }

    @Test
    void floatingPointSumsReachTheThreshold() {
        var found = run(List.of(own("X", "C", 16.7), own("Y", "C", 16.7), own("Z", "C", 16.6)), "X", "Y", "Z");
        assertThat(found).containsOnlyKeys("C");
        assertThat(found.get("C").explanation()).contains("owned 50% in aggregate");
    }

    @Test
    void zeroStakesAreNotEvidence() {
        var found = run(List.of(own("X", "C", 60.0), own("Y", "C", 0.0)), "X", "Y");
        assertThat(found.get("C").stakes()).extracting(Stake::ownerId).containsExactly("X");
    }
}
