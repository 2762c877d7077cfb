package org.chokepoint.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code detect --dataset}: a dataset stored by {@code shipments load} is detected as its file would be. */
class DetectDatasetIT {
    @TempDir
    Path data;
    @TempDir
    Path in;

    @Test
    void aStoredDatasetGivesTheFindingsOfItsFileAndBadChoicesAreRefused() throws Exception {
        ZenitCase.loadList(data, in);
        Path csv = ZenitCase.declarations(in, "bad,2023-13-01,Nobody,DE,Nobody Else,RU,RU,854231,1,air");
        CliRun load = CliRun.of("--data", data.toString(), "shipments", "load", csv.toString(), "--dataset", "q2");
        assertThat(load.exit()).as(load.toString()).isZero();

        Path fromFile = in.resolve("from-file");
        Path fromDataset = in.resolve("from-dataset");
        CliRun a = CliRun.of("--data", data.toString(), "detect", csv.toString(), "--out", fromFile.toString());
        CliRun b = CliRun.of("--data", data.toString(), "detect", "--dataset", "q2", "--out", fromDataset.toString());
        assertThat(a.exit()).as(a.toString()).isZero();
        assertThat(b.exit()).as(b.toString()).isZero();
        assertThat(b.err()).contains("dataset 'q2': 12 records stored from " + csv).contains("(1 rejected then)");
        assertThat(Files.readString(fromDataset.resolve("parties.jsonl"))).contains("Zenit Instrument Plant JSC")
                .isEqualTo(Files.readString(fromFile.resolve("parties.jsonl")));
        assertThat(Files.readString(fromDataset.resolve("shipments.jsonl"))).isEqualTo(Files.readString(fromFile.resolve("shipments.jsonl")));
        // The report and summary.json name the dataset and the file it was stored from, never the temporary export.
        assertThat(Files.readString(fromDataset.resolve("summary.json"))).contains("\"input\" : \"dataset 'q2' (stored from decl.csv)\"")
                .doesNotContain(".parquet");
        assertThat(Files.readString(fromDataset.resolve("report.html"))).contains("Findings for <code>dataset &#39;q2&#39; (stored from decl.csv)</code>");
        assertThat(Files.readString(fromFile.resolve("summary.json"))).contains("\"input\" : \"decl.csv\"");
        try (var left = Files.list(data.resolve("work"))) {
            assertThat(left).as("the exported work file is deleted after the run").isEmpty();
        }

        CliRun none = CliRun.of("--data", data.toString(), "detect", "--out", in.resolve("x").toString());
        assertThat(none.exit()).isNotZero();
        assertThat(none.err()).contains("give a shipment file (SHIPMENTS) or --dataset NAME, not neither");
        CliRun both = CliRun.of("--data", data.toString(), "detect", csv.toString(), "--dataset", "q2", "--out", in.resolve("x").toString());
        assertThat(both.err()).contains("not both");
        CliRun missing = CliRun.of("--data", data.toString(), "detect", "--dataset", "q3", "--out", in.resolve("x").toString());
        assertThat(missing.exit()).isEqualTo(1);
        assertThat(missing.err()).contains("no dataset 'q3'").contains("chokepoint shipments load FILE --dataset q3");
        CliRun noFile = CliRun.of("--data", data.toString(), "detect", in.resolve("nope.csv").toString(), "--out", in.resolve("y").toString());
        assertThat(noFile.exit()).isEqualTo(1);
        assertThat(noFile.err()).contains("nope.csv: file not found").contains("no findings were written");
        assertThat(in.resolve("y")).doesNotExist();
    }
}
