package org.chokepoint.evaluation.detection;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class ClusteringMetricsTest {
    /**
     * Amigó et al. (2009) style example: truth {a,b,c}{d,e}; predicted {a,b}{c,d,e}.
     * Pairs: predicted {ab, cd, ce, de} = 4; true {ab, ac, bc, de} = 4; common {ab, de} = 2 → P = R = 0.5.
     * B-cubed precision: a 1, b 1, c 1/3, d 2/3, e 2/3 → 11/15; recall: a 2/3, b 2/3, c 1/3, d 1, e 1 → 11/15.
     */
    @Test
    void textbookExample() {
        int[] truth = {1, 1, 1, 2, 2};
        int[] predicted = {7, 7, 8, 8, 8};
        ClusteringMetrics.Scores pw = ClusteringMetrics.pairwise(predicted, truth);
        assertThat(pw.precision()).isCloseTo(0.5, within(1e-12));
        assertThat(pw.recall()).isCloseTo(0.5, within(1e-12));
        assertThat(pw.f1()).isCloseTo(0.5, within(1e-12));
        ClusteringMetrics.Scores b3 = ClusteringMetrics.bcubed(predicted, truth);
        assertThat(b3.precision()).isCloseTo(11.0 / 15, within(1e-12));
        assertThat(b3.recall()).isCloseTo(11.0 / 15, within(1e-12));
    }

    @Test
    void allSingletonsHavePerfectPrecisionAndLowRecall() {
        int[] truth = {1, 1, 1, 1};
        int[] predicted = {1, 2, 3, 4};
        assertThat(ClusteringMetrics.pairwise(predicted, truth).precision()).isEqualTo(1.0);
        assertThat(ClusteringMetrics.pairwise(predicted, truth).recall()).isEqualTo(0.0);
        assertThat(ClusteringMetrics.bcubed(predicted, truth).precision()).isEqualTo(1.0);
        assertThat(ClusteringMetrics.bcubed(predicted, truth).recall()).isCloseTo(0.25, within(1e-12));
    }

    @Test
    void oneBigClusterHasPerfectRecall() {
        int[] truth = {1, 1, 2, 2};
        int[] predicted = {5, 5, 5, 5};
        // predicted pairs 6, true pairs 2, common 2
        assertThat(ClusteringMetrics.pairwise(predicted, truth).precision()).isCloseTo(2.0 / 6, within(1e-12));
        assertThat(ClusteringMetrics.pairwise(predicted, truth).recall()).isEqualTo(1.0);
        assertThat(ClusteringMetrics.bcubed(predicted, truth).precision()).isCloseTo(0.5, within(1e-12));
        assertThat(ClusteringMetrics.bcubed(predicted, truth).recall()).isEqualTo(1.0);
    }

    @Test
    void identicalClusteringsScoreOneWhateverTheLabels() {
        int[] truth = {3, 3, 9, 4, 4, 4};
        int[] predicted = {0, 0, 1, 2, 2, 2};
        assertThat(ClusteringMetrics.pairwise(predicted, truth).f1()).isEqualTo(1.0);
        assertThat(ClusteringMetrics.bcubed(predicted, truth).f1()).isCloseTo(1.0, within(1e-12));
    }

    @Test
    void lengthsMustAgree() {
        assertThatThrownBy(() -> ClusteringMetrics.pairwise(new int[2], new int[3])).isInstanceOf(IllegalArgumentException.class);
    }
}
