package org.chokepoint.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** generate and eval detection end to end, in-process, on their error paths and a tiny hand-made truth. */
class GenerateAndEvalDetectionIT {
    @TempDir
    Path data;
    @TempDir
    Path dir;

    @Test
    void generateRefusesWithoutListsAndWithTooFewRecords() {
        CliRun none = CliRun.of("--data", data.toString(), "generate", "--out", dir.resolve("s").toString(), "--records", "2000");
        assertThat(none.exit()).as(none.toString()).isEqualTo(1);
        assertThat(none.err()).contains("no lists are loaded").contains("lists update");
        CliRun few = CliRun.of("--data", data.toString(), "generate", "--out", dir.resolve("s").toString(), "--records", "10");
        assertThat(few.exit()).isEqualTo(2);
        assertThat(few.err()).contains("--records must be at least 1000");
    }

    @Test
    void evalDetectionPrintsTheFiguresWithTheirCountsAndRefusesBadFindings() throws Exception {
        Path truth = Files.writeString(dir.resolve("truth.json"), """
                {"format":"chokepoint-truth/1","planted_parties":[{"party_id":"P1","name":"A LLC","country":"AE","patterns":["transshipment_hub"],"aliases":["A LLC"]},
                 {"party_id":"P2","name":"B LLC","country":"AE","patterns":["new_party"],"aliases":["B LLC"]}],
                 "listed_end_users":[{"party_id":"P3","entity_id":"ofac-sdn:1","listed_name":"JSC X","country":"RU","aliases":["JSC X"]}]}
                """);
        Path findings = Files.createDirectories(dir.resolve("findings"));
        Files.writeString(findings.resolve("parties.jsonl"), """
                {"rank":1,"name":"Other","country":"AE","listed":false}
                {"rank":2,"name":"B LLC","country":"AE","listed":false}
                {"rank":3,"name":"JSC X","country":"RU","listed":true,"list_matches":[{"entity_id":"ofac-sdn:1"}]}
                """);
        CliRun run = CliRun.of("eval", "detection", "--truth", truth.toString(), "--findings", findings.toString());
        assertThat(run.exit()).as(run.toString()).isZero();
        // Positions: Other (miss), B LLC (hit) → precision@2 = 1/2, recall@2 = 1/2, AP = (0 + 1/2) / 2.
        assertThat(run.out()).contains("precision@K        0.500  (1 hits in the first 2 positions)")
                .contains("average precision  0.250").contains("strict   1.000  (1 of 1").contains("Party resolution: not measured");
        CliRun json = CliRun.of("eval", "detection", "--truth", truth.toString(), "--findings", findings.toString(), "--json");
        assertThat(json.out()).contains("\"average_precision\":0.25");
        Files.writeString(findings.resolve("parties.jsonl"), "{\"rank\":1,\"name\":\"A LLC\"}\n");
        CliRun bad = CliRun.of("eval", "detection", "--truth", truth.toString(), "--findings", findings.toString());
        assertThat(bad.exit()).isEqualTo(1);
        assertThat(bad.err()).contains("parties.jsonl:1: \"listed\" must be true or false");
    }
}
