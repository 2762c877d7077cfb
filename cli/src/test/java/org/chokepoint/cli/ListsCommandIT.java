package org.chokepoint.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.chokepoint.testkit.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The lists commands end to end on the real files, in-process. */
class ListsCommandIT {
    @TempDir
    Path data;

    @Test
    void updateFromTheSharedFolderThenStatusEntityAndDiff() throws Exception {
        Path shared = SharedData.file("");
        CliRun update = CliRun.of("--data", data.toString(), "lists", "update", "--from", shared.toString());
        assertThat(update.exit()).as(update.toString()).isZero();
        assertThat(update.out()).containsPattern("ofac-sdn\\s+stored\\s+14,965");

        CliRun status = CliRun.of("lists", "status", "--data", data.toString());
        assertThat(status.exit()).isZero();
        assertThat(status.out()).containsPattern("ofac-sdn\\s+\\d+\\s+yes").contains("sdn.csv:210ca6b4a818");

        CliRun entity = CliRun.of("--data", data.toString(), "entity", "ofac-sdn:17013");
        assertThat(entity.exit()).as(entity.toString()).isZero();
        assertThat(entity.out()).contains("VTB BANK PUBLIC JOINT STOCK COMPANY").containsPattern("inn\\s+7702070139\\s+RU")
                .containsPattern("ogrn\\s+1027739609391").contains("fka       JSC VTB BANK").contains("(current)");

        CliRun missing = CliRun.of("--data", data.toString(), "entity", "ofac-sdn:999999999");
        assertThat(missing.exit()).isEqualTo(1);
        assertThat(missing.err()).contains("no entity ofac-sdn:999999999");

        // A second update of the same files stores nothing new: each list keeps its snapshot (its check time moves on),
        // and the screening index written by the first update is still the right one.
        CliRun again = CliRun.of("--data", data.toString(), "lists", "update", "--from", shared.toString());
        assertThat(again.exit()).as(again.toString()).isZero();
        assertThat(again.out()).containsPattern("ofac-sdn\\s+unchanged\\s+14,965").contains("0 of 5 sources stored, 5 unchanged")
                .contains("ofac-sdn: unchanged since snapshot").contains("is up to date");
        CliRun history = CliRun.of("lists", "status", "--all", "--data", data.toString());
        assertThat(history.out().lines().filter(l -> l.startsWith("ofac-sdn "))).hasSize(1);
        CliRun previous = CliRun.of("--data", data.toString(), "lists", "diff", "ofac-sdn~1", "ofac-sdn");
        assertThat(previous.exit()).as(previous.toString()).isEqualTo(1);
        assertThat(previous.err()).contains("ofac-sdn~1");
    }

    @Test
    void diffOfTheTwoHistorySnapshotsAsJson() throws Exception {
        CliRun run = CliRun.of("--data", data.toString(), "lists", "diff", "--json",
                SharedData.file("ofac/history/sdn-2024-02-20.csv").toString(), SharedData.file("ofac/history/sdn-2024-02-23.csv").toString());
        assertThat(run.exit()).as(run.toString()).isZero();
        JsonNode d = new ObjectMapper().readTree(run.out());
        assertThat(d.get("added")).hasSize(553);
        assertThat(d.get("removed")).isEmpty();
        assertThat(d.get("added").get(0).has("entity_id")).isTrue();
        assertThat(d.get("added").get(0).has("name")).isTrue();
        int onlyRussia = 0;
        for (JsonNode a : d.get("added")) if (a.get("programs").size() == 1 && a.get("programs").get(0).asText().equals("RUSSIA-EO14024")) onlyRussia++;
        assertThat(onlyRussia).isEqualTo(551);

        CliRun text = CliRun.of("--data", data.toString(), "lists", "diff",
                SharedData.file("ofac/history/sdn-2024-02-20.csv").toString(), SharedData.file("ofac/history/sdn-2024-02-23.csv").toString());
        assertThat(text.out()).contains("553 added, 0 removed, 8 changed").containsPattern("RUSSIA-EO14024\\s+552\\s+0\\s+7");
    }

    @Test
    void diffOfAnUnknownReferenceSaysWhy() {
        CliRun run = CliRun.of("--data", data.toString(), "lists", "diff", "nosuch", "ofac-sdn");
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("no stored snapshot of 'nosuch'");
    }
}
