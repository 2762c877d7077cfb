package org.chokepoint.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code bench detect}: the figures of each run, and with {@code --runs N} the first run beside the later ones in the same JVM. */
class BenchDetectIT {
    @TempDir
    Path data;
    @TempDir
    Path in;

    @Test
    void eachRunPrintsItsFiguresAndTheLaterRunsAreSetBesideTheFirst() throws Exception {
        ZenitCase.loadList(data, in);
        Path csv = ZenitCase.declarations(in);
        Path out = in.resolve("findings");

        CliRun bench = CliRun.of("--data", data.toString(), "bench", "detect", csv.toString(), "--runs", "2", "--out", out.toString());
        assertThat(bench.exit()).as(bench.toString()).isZero();
        assertThat(bench.out()).contains("run 1 of 2 (a new JVM, as the CLI runs)").contains("run 2 of 2 (the same JVM again, its code compiled)");
        Matcher run = Pattern.compile("detect decl\\.csv: 12 records, (\\d+) parties \\(1 listed\\)").matcher(bench.out());
        assertThat(run.find()).as(bench.out()).isTrue();
        assertThat(run.find()).as("a second run with the same figures").isTrue();
        Matcher rates = Pattern.compile("ingest and rules \\(writing excluded\\) [0-9.]+ s = ([0-9,]+) records/s").matcher(bench.out());
        List<String> perRun = new ArrayList<>();
        while (rates.find()) perRun.add(rates.group(1));
        assertThat(perRun).hasSize(2);
        assertThat(bench.out()).contains("ingest and rules: first run " + perRun.get(0) + " records/s; best later run " + perRun.get(1) + " records/s");
        // Each run's findings in a folder of its own, kept when --out is given.
        assertThat(out.resolve("run-1/parties.jsonl")).exists();
        assertThat(Files.readString(out.resolve("run-2/parties.jsonl"))).isEqualTo(Files.readString(out.resolve("run-1/parties.jsonl")));

        CliRun none = CliRun.of("--data", data.toString(), "bench", "detect", csv.toString(), "--runs", "0");
        assertThat(none.exit()).isNotZero();
        assertThat(none.err()).contains("--runs must be at least 1, was 0");
    }
}
