package org.chokepoint.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code bench screening} and {@code bench serve}: their refusals only. It measures speed, which tests never do (docs/matching.md, Speed). */
class BenchCommandIT {
    @TempDir
    Path data;

    @Test
    void anEmptyStoreIsACleanError() {
        CliRun run = CliRun.of("--data", data.toString(), "bench", "screening");
        assertThat(run.exit()).as(run.toString()).isEqualTo(1);
        assertThat(run.err()).contains("no current snapshot of ofac-sdn").contains("lists update");
    }

    @Test
    void badOptionsAreUsageErrors() {
        CliRun run = CliRun.of("--data", data.toString(), "bench", "screening", "--batch", "0");
        assertThat(run.exit()).as(run.toString()).isEqualTo(2);
        assertThat(run.err()).contains("--batch must be positive");
        CliRun threshold = CliRun.of("--data", data.toString(), "bench", "screening", "--min-score", "1.5");
        assertThat(threshold.exit()).isEqualTo(2);
    }

    @Test
    void benchServeRefusesBadOptionsBeforeStartingAnything() {
        CliRun noToken = CliRun.of("--data", data.toString(), "bench", "serve", "--url", "http://127.0.0.1:9");
        assertThat(noToken.exit()).as(noToken.toString()).isEqualTo(2);
        assertThat(noToken.err()).contains("--url needs --token");
        CliRun rate = CliRun.of("--data", data.toString(), "bench", "serve", "--rate", "100,0");
        assertThat(rate.exit()).as(rate.toString()).isEqualTo(2);
        assertThat(rate.err()).contains("--rate and --seconds must be positive");
        CliRun noLists = CliRun.of("--data", data.toString(), "bench", "serve", "--rate", "10", "--seconds", "1");
        assertThat(noLists.exit()).as(noLists.toString()).isEqualTo(1);
        assertThat(noLists.err()).contains("no current snapshot of ofac-sdn");
    }
}
