package org.chokepoint.screening;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The name search takes its comparisons best bound first, then in the order made ({@code NameSearch.takeBest}, one at a
 * time): the same order as sorting them all, on random bounds with many ties, short and long lists.
 */
class NameSearchOrderTest {
    @Test
    void optionsTakenOneAtATimeComeInSortedOrder() {
        Random random = new Random(20261123);
        Comparator<NameSearch.Option> sorted = Comparator.comparingDouble(NameSearch.Option::bound).reversed().thenComparingInt(NameSearch.Option::order);
        for (int round = 0; round < 500; round++) {
            int n = 1 + random.nextInt(round % 5 == 0 ? 400 : 20);
            List<NameSearch.Option> options = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                double bound = round % 2 == 0 ? random.nextInt(4) / 4.0 : random.nextDouble();
                options.add(new NameSearch.Option(i, 0, i, null, new int[0], new double[0], 1.0, bound, false));
            }
            List<NameSearch.Option> expected = new ArrayList<>(options);
            expected.sort(sorted);
            java.util.Collections.shuffle(options, random);
            for (int taken = 0; taken < n; taken++) NameSearch.takeBest(options, taken);
            assertThat(options).as("round %d", round).containsExactlyElementsOf(expected);
        }
    }
}
