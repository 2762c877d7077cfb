package org.chokepoint.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.chokepoint.testkit.SharedData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** `chokepoint screen` end to end on the real lists: one name, and a batch file in formats.md §3. */
class ScreenCommandIT {
    @TempDir
    static Path data;

    @BeforeAll
    static void load() {
        CliRun run = CliRun.of("--data", data.toString(), "lists", "update", "--from", SharedData.file("").toString());
        assertThat(run.exit()).as(run.toString()).isZero();
    }

    @Test
    void aCyrillicNameFindsTheListedBankWithItsExplanation() {
        CliRun run = CliRun.of("--data", data.toString(), "screen", "Банк ВТБ", "--country", "RU", "--type", "organization");
        assertThat(run.exit()).as(run.toString()).isZero();
        assertThat(run.out()).contains("ofac-sdn:17013").contains("VTB BANK PUBLIC JOINT STOCK COMPANY").contains("aligns").contains("country RU agrees");
    }

    @Test
    void anIdentifierIsDecisiveEvenUnderAnotherName() throws Exception {
        CliRun run = CliRun.of("--data", data.toString(), "screen", "Some Renamed Trading House", "--identifier", "INN 7702070139", "--json");
        assertThat(run.exit()).as(run.toString()).isZero();
        JsonNode top = new ObjectMapper().readTree(run.out()).get("matches").get(0);
        assertThat(top.get("score").asDouble()).isGreaterThanOrEqualTo(0.99);
        assertThat(top.get("explanation").asText()).contains("INN 7702070139 agrees, check digit valid");
    }

    @Test
    void anEmptyNameIsRefusedNotReportedAsNoMatch() {
        CliRun run = CliRun.of("--data", data.toString(), "screen", " ");
        assertThat(run.exit()).as(run.toString()).isEqualTo(2);
        assertThat(run.err()).contains("no name and no identifier: nothing to screen");
        assertThat(run.out()).doesNotContain("No match");
    }

    @Test
    void batchFileGivesOneLinePerRowInInputOrder(@TempDir Path dir) throws Exception {
        Path in = dir.resolve("parties.csv");
        Files.writeString(in, """
                id,name,country,type,identifier,notes
                q1,VTB Bank,RU,organization,,first
                q2,Texas Instruments Incorporated,US,organization,,not listed
                q3,ООО СМТ-Айлоджик,RU,,INN 7804552300,Cyrillic with INN
                q4,,RU,,,empty name
                ,missing id,RU,,,
                q6,George Bush,US,person,,a famous false positive elsewhere
                """, StandardCharsets.UTF_8);
        Path out = dir.resolve("results.jsonl");
        CliRun run = CliRun.of("--data", data.toString(), "screen", "--file", in.toString(), "--out", out.toString());
        assertThat(run.exit()).as(run.toString()).isEqualTo(1); // two rows rejected
        assertThat(run.out()).contains("6 rows read, 6 written").contains("2 rejected")
                .contains("rejected parties.csv:5: no name and no identifier: nothing to screen").contains("rejected parties.csv:6: empty id");
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertThat(lines).hasSize(6);
        ObjectMapper json = new ObjectMapper();
        JsonNode q1 = json.readTree(lines.get(0));
        assertThat(q1.get("id").asText()).isEqualTo("q1");
        assertThat(q1.get("matches").get(0).get("entity_id").asText()).isIn("ofac-sdn:17013", "uk-sanctions:RUS0250", "us-csl:17013");
        for (String field : List.of("entity_id", "list", "name", "matched_name", "score", "explanation")) {
            assertThat(q1.get("matches").get(0).has(field)).as(field).isTrue();
        }
        assertThat(json.readTree(lines.get(1)).get("matches")).isEmpty();
        assertThat(json.readTree(lines.get(2)).get("matches").get(0).get("score").asDouble()).isGreaterThanOrEqualTo(0.99);
        assertThat(json.readTree(lines.get(3)).get("matches")).isEmpty();
        assertThat(json.readTree(lines.get(3)).get("error").asText()).as("an empty name is not a party cleared").isEqualTo("no name and no identifier: nothing to screen");
        assertThat(json.readTree(lines.get(4)).get("error").asText()).isEqualTo("empty id");
        assertThat(json.readTree(lines.get(5)).get("id").asText()).isEqualTo("q6");
        assertThat(json.readTree(lines.get(5)).get("matches")).isEmpty();
    }

    @Test
    void aQuoteNeverClosedRefusesTheFileAndWritesNothing(@TempDir Path dir) throws Exception {
        Path in = dir.resolve("parties.csv");
        Files.writeString(in, "id,name,country\nq1,VTB Bank,RU\nq2,\"Open quote Trading,AE\nq3,Rosoboronexport,RU\n", StandardCharsets.UTF_8);
        Path out = dir.resolve("results.jsonl");
        CliRun run = CliRun.of("--data", data.toString(), "screen", "--file", in.toString(), "--out", out.toString());
        assertThat(run.exit()).as(run.toString()).isNotZero();
        assertThat(run.err()).contains("parties.csv:3").contains("malformed CSV");
        assertThat(out).doesNotExist();
    }

    @Test
    void aFileWithoutAnIdColumnIsRefusedBeforeTheListsAreRead(@TempDir Path dir) throws Exception {
        Path in = dir.resolve("parties.csv");
        Files.writeString(in, "name,country\nVTB Bank,RU\n", StandardCharsets.UTF_8);
        Path out = dir.resolve("results.jsonl");
        // An empty data directory: had the lists been read first, the error would be "no lists loaded".
        Path empty = Files.createDirectory(dir.resolve("empty-data"));
        CliRun run = CliRun.of("--data", empty.toString(), "screen", "--file", in.toString(), "--out", out.toString());
        assertThat(run.exit()).as(run.toString()).isNotZero();
        assertThat(run.err()).contains("parties.csv:1").contains("no 'id' column").doesNotContain("no lists loaded");
        assertThat(out).doesNotExist();
    }

    @Test
    void withoutListsItSaysWhatToDo(@TempDir Path empty) {
        CliRun run = CliRun.of("--data", empty.toString(), "screen", "VTB Bank");
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("no lists loaded").contains("chokepoint lists update");
    }
}
