package org.chokepoint.network.ownership;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.chokepoint.model.Ownership;
import org.junit.jupiter.api.Test;

class EuOwnershipRuleTest {
    private final EuOwnershipRule rule = new EuOwnershipRule();

    private Map<String, OwnershipFinding> run(List<Ownership> relations, String... listed) {
        return rule.apply(relations, Set.of(listed)).stream()
                .collect(Collectors.toMap(OwnershipFinding::entityId, Function.identity()));
    }

    @Test
    void fiftyPercentAggregatedAsForOfac() {
        var found = run(List.of(new Ownership("1", "X", "A", 50.0, null), new Ownership("2", "X", "B", 50.0, null),
                new Ownership("3", "A", "C", 25.0, null), new Ownership("4", "B", "C", 25.0, null)), "X");
        assertThat(found).containsOnlyKeys("A", "B", "C");
        assertThat(found.get("C").bases()).containsExactly(Basis.OWNERSHIP);
        assertThat(found.get("C").rule()).isEqualTo(EuOwnershipRule.NAME);
    }

    @Test
    void controlWithoutPercentageBlocks() {
        var found = run(List.of(new Ownership("1", "X", "A", null, "Director"),
                new Ownership("2", "A", "B", 10.0, "Controlling shareholder")), "X");
        assertThat(found).containsOnlyKeys("A", "B");
        assertThat(found.get("A").bases()).containsExactly(Basis.CONTROL);
        assertThat(found.get("B").path()).containsExactly("X", "A", "B");
        assertThat(found.get("A").explanation())
                .isEqualTo("A is blocked under the EU ownership and control rule: controlled by a blocked owner"
                        + " (listed X control); path X → A.");
        assertThat(found.get("B").explanation()).contains("A 10%, control, itself blocked via X → A");
    }

    @Test
    void nullPercentageIgnoredByOfacButUsedForEuControl() {
        var relations = List.of(new Ownership("1", "X", "A", null, "Ultimate Beneficial Owner"),
                new Ownership("2", "X", "B", null, "shareholder"));
        assertThat(new OfacFiftyPercentRule().apply(relations, Set.of("X"))).isEmpty();
        assertThat(run(relations, "X")).containsOnlyKeys("A");
    }

    @Test
    void bothTestsReported() {
        var found = run(List.of(new Ownership("1", "X", "A", 60.0, "majority shareholder")), "X");
        assertThat(found.get("A").bases()).containsExactlyInAnyOrder(Basis.OWNERSHIP, Basis.CONTROL);
        assertThat(found.get("A").explanation()).contains("owned 60% in aggregate by blocked owners and controlled");
    }

    @Test
    void controlFromAnUnblockedOwnerDoesNothing() {
        assertThat(run(List.of(new Ownership("1", "Z", "A", null, "control")), "X")).isEmpty();
    }

    @Test
    void controlWords() {
        assertThat(EuOwnershipRule.isControl("CONTROL")).isTrue();
        assertThat(EuOwnershipRule.isControl("non-executive director")).isTrue();
        assertThat(EuOwnershipRule.isControl("majority owner")).isTrue();
        assertThat(EuOwnershipRule.isControl("shareholder")).isFalse();
        assertThat(EuOwnershipRule.isControl(null)).isFalse();
    }

    @Test
    void resultDoesNotDependOnInputOrder() {
        Random random = new Random(7L);
        String[] roles = {null, "shareholder", "director", "beneficial owner"};
        int found = 0;
        for (int trial = 0; trial < 50; trial++) {
            List<Ownership> relations = new ArrayList<>();
            for (int i = 0; i < 30; i++)
                relations.add(new Ownership("r:" + i, "E" + random.nextInt(12), "E" + random.nextInt(12),
                        random.nextBoolean() ? null : 5.0 * random.nextInt(11), roles[random.nextInt(roles.length)]));
            List<OwnershipFinding> expected = rule.apply(relations, Set.of("E0"));
            found += expected.size();
            // Control only adds: everything OFAC blocks, the EU rule blocks too.
            assertThat(expected).extracting(OwnershipFinding::entityId).containsAll(
                    new OfacFiftyPercentRule().apply(relations, Set.of("E0")).stream().map(OwnershipFinding::entityId).toList());
            for (int shuffle = 0; shuffle < 10; shuffle++) {
                List<Ownership> copy = new ArrayList<>(relations);
                Collections.shuffle(copy, random);
                assertThat(rule.apply(copy, Set.of("E0"))).isEqualTo(expected);
            }
        }
        assertThat(found).as("the random graphs must exercise the rule").isGreaterThan(50);
    }
}
