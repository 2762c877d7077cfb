package org.chokepoint.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code chokepoint ownership} and {@code detect --ownership} end to end, in-process, against a custom list and a user's ownership file. */
class OwnershipCommandIT {
    private static final String HEADER = "record_id,date,exporter_name,exporter_country,importer_name,importer_country,destination_country,hs_code,value_usd,transport_mode\n";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path data;
    @TempDir
    Path in;

    @Test
    void listsTheBlockedEntitiesAndDetectFlagsTheSubsidiary() throws Exception {
        Path list = Files.writeString(in.resolve("denied.csv"), "id,name,country\nd2,ROSTEKH STATE CORPORATION,RU\n");
        CliRun load = CliRun.of("--data", data.toString(), "lists", "update", "--custom", "denied=" + list);
        assertThat(load.exit()).as(load.toString()).isZero();
        Path owners = Files.writeString(in.resolve("owners.csv"), """
                owner_id,asset_id,percentage,role,asset_name,asset_country
                custom:denied:d2,holding,60,shareholder,Al Noor Holding FZE,AE
                holding,zenit,55,,Zenit Components Trading LLC,AE
                custom:denied:d2,quarter,25,,Quarter Electronics LLC,AE
                quarter,zenit,abc,,,
                """);

        CliRun table = CliRun.of("--data", data.toString(), "ownership", "--ownership", owners.toString());
        assertThat(table.exit()).as(table.toString()).isZero();
        assertThat(table.err()).contains("owners.csv: 4 rows read, 3 used, 1 rejected").contains("owners.csv:5: percentage: not a number");
        assertThat(table.out()).contains("2 entities blocked by ownership under OFAC's 50% rule")
                .contains("ROSTEKH STATE CORPORATION → Al Noor Holding FZE → Zenit Components Trading LLC")
                .doesNotContain("user:quarter");

        CliRun json = CliRun.of("--data", data.toString(), "ownership", "--ownership", owners.toString(), "--entity", "user:zenit", "--json", "--rule", "eu");
        assertThat(json.exit()).as(json.toString()).isZero();
        List<String> lines = json.out().lines().toList();
        assertThat(lines).hasSize(1);
        JsonNode f = JSON.readTree(lines.getFirst());
        assertThat(f.get("rule").asText()).isEqualTo("eu-50-control-v1");
        assertThat(f.get("path")).extracting(JsonNode::asText).containsExactly("custom:denied:d2", "user:holding", "user:zenit");

        CliRun badRule = CliRun.of("--data", data.toString(), "ownership", "--rule", "uk");
        assertThat(badRule.exit()).isNotZero();
        assertThat(badRule.err()).contains("--rule must be ofac or eu, not uk");
        CliRun missing = CliRun.of("--data", data.toString(), "ownership", "--ownership", in.resolve("none.csv").toString());
        assertThat(missing.exit()).isNotZero();
        assertThat(missing.err()).contains("none.csv").contains("file not found");

        List<String> rows = new ArrayList<>();
        for (int i = 0; i < 3; i++) rows.add("z" + i + ",2023-0" + (i + 3) + "-10,Halbleiter Handel AG,DE,Zenit Components Trading L.L.C.,AE,AE,854231,25000,air");
        for (int i = 0; i < 3; i++) rows.add("q" + i + ",2023-0" + (i + 3) + "-11,Halbleiter Handel AG,DE,Quarter Electronics LLC,AE,AE,854231,25000,air");
        Path csv = Files.writeString(in.resolve("shipments.csv"), HEADER + String.join("\n", rows) + "\n");
        Path out = in.resolve("findings");
        CliRun detect = CliRun.of("--data", data.toString(), "detect", csv.toString(), "--out", out.toString(), "--ownership", owners.toString());
        assertThat(detect.exit()).as(detect.toString()).isZero();
        assertThat(detect.out()).contains("owned_by_listed 3");
        JsonNode zenit = null, quarter = null;
        for (String l : Files.readAllLines(out.resolve("parties.jsonl"))) {
            JsonNode p = JSON.readTree(l);
            if (p.get("name").asText().startsWith("Zenit")) zenit = p;
            if (p.get("name").asText().startsWith("Quarter")) quarter = p;
        }
        assertThat(zenit).isNotNull();
        assertThat(zenit.get("listed").asBoolean()).isTrue();
        assertThat(zenit.at("/list_matches/0/entity_id").asText()).isEqualTo("user:zenit");
        assertThat(zenit.at("/red_flags/0/rule").asText()).isEqualTo("owned_by_listed");
        assertThat(zenit.get("explanation").asText()).contains("owned 55% by Al Noor Holding FZE (user:holding, not itself listed), which is owned 60% by ROSTEKH STATE CORPORATION");
        assertThat(quarter.get("listed").asBoolean()).isFalse();
        assertThat(Files.readString(out.resolve("network.cyjs.json"))).contains("\"source\":\"custom:denied:d2\",\"target\":\"user:holding\",\"relation\":\"ownership\"");

        CliRun badFile = CliRun.of("--data", data.toString(), "detect", csv.toString(), "--out", out.toString(), "--ownership", list.toString());
        assertThat(badFile.exit()).isNotZero();
        assertThat(badFile.err()).contains("denied.csv:1: no column owner_id");
    }
}
