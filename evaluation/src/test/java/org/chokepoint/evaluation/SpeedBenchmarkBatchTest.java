package org.chokepoint.evaluation;

import org.chokepoint.model.Entity;
import org.chokepoint.model.NameKind;
import org.chokepoint.model.Schema;
import org.chokepoint.screening.Screener;
import org.chokepoint.screening.ScreeningQuery;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The batch of {@code bench screening} runs its phases in order and counts them as documented: the warm-up holds the
 * first block and the cold phase and screens at least the names asked, each phase screens whole blocks, at least one.
 * Nothing here is timed against a figure: only the bookkeeping is checked.
 */
class SpeedBenchmarkBatchTest {
    private static final String[] NAMES = {"Proton Engineering", "Strela Joint Stock Company", "Navis Elektronika", "Polimer Research Institute",
            "Energiya Fund", "Yuzhmorgeologiya", "Start Scientific Production Enterprise", "Maria Shipping"};

    private static Screener screener() {
        List<Entity> entities = new ArrayList<>();
        for (int i = 0; i < NAMES.length; i++) {
            entities.add(Entity.builder("test", Integer.toString(i)).schema(Schema.parse("organization")).name(NAMES[i], NameKind.PRIMARY).build());
        }
        return Screener.build(entities);
    }

    private static ScreeningQuery[] queries() {
        ScreeningQuery[] out = new ScreeningQuery[NAMES.length];
        for (int i = 0; i < NAMES.length; i++) out[i] = ScreeningQuery.of(NAMES[i].toUpperCase(java.util.Locale.ROOT), null, null, null, 5, 0.8);
        return out;
    }

    @Test
    void warmUpHoldsTheColdPhaseAndScreensTheNamesAsked() {
        List<String> progress = new ArrayList<>();
        SpeedBenchmark.Batch b = SpeedBenchmark.batch(screener(), queries(), 3, 0.05, 100, progress::add);
        assertThat(b.blockSize()).isEqualTo(3);
        for (SpeedBenchmark.BatchPhase p : List.of(b.cold(), b.warmup(), b.steady())) {
            assertThat(p.names()).isPositive();
            assertThat(p.names() % 3).isZero();
        }
        assertThat(b.cold().seconds()).isGreaterThanOrEqualTo(0.05);
        assertThat(b.steady().seconds()).isGreaterThanOrEqualTo(0.05);
        // The first block, then the cold phase, then more blocks until 100 names (34 blocks of 3) are screened, then at
        // least one slice (of the phase's seconds) to see whether the compiler has settled.
        assertThat(b.warmup().names()).isGreaterThanOrEqualTo(b.cold().names() + 3);
        assertThat(b.warmup().names()).isGreaterThanOrEqualTo(102 + 3);
        assertThat(b.warmup().seconds()).isGreaterThanOrEqualTo(b.cold().seconds() + 0.05);
        assertThat(b.warmup().seconds()).isGreaterThan(b.cold().seconds());
        assertThat(progress).last().isEqualTo("batch, steady state");
    }

    @Test
    void noWarmUpAsked() {
        SpeedBenchmark.Batch b = SpeedBenchmark.batch(screener(), queries(), 5, 0, 0, s -> {});
        // One block each: the first, the cold phase, the steady phase.
        assertThat(b.cold().names()).isEqualTo(5);
        assertThat(b.warmup().names()).isEqualTo(10);
        assertThat(b.steady().names()).isEqualTo(5);
    }

    @Test
    void theWarmUpGoesOnWhileTheCompilerTakesMoreThanATwentiethOfASlice() {
        assertThat(SpeedBenchmark.compilerStillBusy(new SpeedBenchmark.BatchPhase(1_000, 1.0, 2.0, 0.30))).isTrue();
        assertThat(SpeedBenchmark.compilerStillBusy(new SpeedBenchmark.BatchPhase(1_000, 1.0, 2.0, 0.06))).isTrue();
        assertThat(SpeedBenchmark.compilerStillBusy(new SpeedBenchmark.BatchPhase(1_000, 1.0, 2.0, 0.04))).isFalse();
        assertThat(SpeedBenchmark.compilerStillBusy(new SpeedBenchmark.BatchPhase(1_000, 1.0, 2.0, Double.NaN)))
                .as("a JVM that does not report its compiler: no more warm-up than asked").isFalse();
    }

    @Test
    void ratesFromTheirParts() {
        var p = new SpeedBenchmark.BatchPhase(1_000, 0.5, 0.25, 0.1);
        assertThat(p.namesPerSecond()).isEqualTo(2_000);
        assertThat(p.namesPerCpuSecond()).isEqualTo(4_000);
        assertThat(new SpeedBenchmark.BatchPhase(1_000, 0.5, Double.NaN, Double.NaN).namesPerCpuSecond()).isNaN();
        var sum = p.then(new SpeedBenchmark.BatchPhase(500, 0.5, 0.25, 0.0));
        assertThat(sum).isEqualTo(new SpeedBenchmark.BatchPhase(1_500, 1.0, 0.5, 0.1));
    }
}
