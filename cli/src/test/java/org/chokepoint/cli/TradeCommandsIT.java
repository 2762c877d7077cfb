package org.chokepoint.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.chokepoint.testkit.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The shipments, goods and flows commands end to end, in-process. */
class TradeCommandsIT {
    private static final String HEADER = "record_id,date,exporter_name,exporter_country,importer_name,importer_country,destination_country,hs_code,value_usd,transport_mode,notes\n";

    @TempDir
    Path data;
    @TempDir
    Path in;

    @Test
    void loadShowsTotalsAndRejectionsThenStatusAndAFailedReloadKeepsTheDataset() throws Exception {
        Path f = Files.writeString(in.resolve("decl.csv"), HEADER
                + "d1,2023-05-02,Seller Ltd,HK,ООО Покупатель,RU,RU,8542310000,1200.50,air,\n"
                + "d2,2023-05-03,Seller Ltd,HK,ООО Покупатель,ru,RU,8542310000,99,air,\n"
                + "d3,05/04/2023,Seller Ltd,HK,ООО Покупатель,RU,RU,854231,99,truck,urgent\n"
                + "d4,2023-05-04,Seller Ltd,HK,ООО Покупатель,RU,RU,8807300000,40000,air,\n");
        CliRun load = CliRun.of("--data", data.toString(), "shipments", "load", f.toString(), "--dataset", "may");
        assertThat(load.exit()).as(load.toString()).isZero();
        assertThat(load.out()).contains("decl.csv (csv) -> dataset 'may'").containsPattern("4\\s+2\\s+2")
                .contains("first rejections (3 reasons in 2 rows):")
                .contains("decl.csv:3 [importer_country]: country code must be upper case ('ru', write 'RU')")
                .contains("decl.csv:4 [date]: not an ISO-8601 date YYYY-MM-DD ('05/04/2023')")
                .contains("decl.csv:4 [transport_mode]: must be one of sea, air, road, rail, post, other ('truck')")
                .contains("extra columns kept but not used: notes")
                .contains("rejects file: " + data.resolve("rejects").resolve("may.rejects.csv"));

        CliRun status = CliRun.of("shipments", "status", "--data", data.toString());
        assertThat(status.exit()).isZero();
        assertThat(status.out()).containsPattern("may\\s+4\\s+2\\s+2\\s+2023-05-02\\s+2023-05-04\\s+csv");

        Path broken = Files.writeString(in.resolve("broken.csv"), "record_id,date\nx,2023-01-01\n");
        CliRun again = CliRun.of("--data", data.toString(), "shipments", "load", broken.toString(), "--dataset", "may");
        assertThat(again.exit()).isEqualTo(1);
        assertThat(again.err()).contains("broken.csv:1: the header lacks the required columns exporter_name")
                .contains("nothing was stored; the dataset 'may' stays as it was");
        assertThat(CliRun.of("--data", data.toString(), "shipments", "status").out()).containsPattern("may\\s+4\\s+2\\s+2");
    }

    @Test
    void goodsExplainsTheClassification() throws Exception {
        Path hs = SharedData.file("hs/harmonized-system.csv");
        CliRun run = CliRun.of("goods", "8807.30.0000", "9306300000", "--hs", hs.toString());
        assertThat(run.exit()).as(run.toString()).isZero();
        assertThat(run.out()).contains("8807300000  Aircraft and spacecraft; parts of aeroplanes, helicopters or unmanned aircraft")
                .contains("CHPL      Tier 3.B").contains("concern   aircraft_parts: parts of aircraft and of unmanned aircraft (HS heading 8807)")
                .contains("concern   arms_and_munitions").contains("descriptions: " + hs);

        CliRun json = CliRun.of("goods", "854232", "--json", "--hs", hs.toString());
        JsonNode g = new ObjectMapper().readTree(json.out());
        assertThat(g.get("chpl_tier").asText()).isEqualTo("1");
        assertThat(g.get("category").asText()).isEqualTo("chpl");
        assertThat(g.get("description").asText()).isEqualTo("Electronic integrated circuits; memories");

        CliRun bad = CliRun.of("goods", "8542");
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.err()).contains("8542: HS code has 4 digits, it must have 6 to 10");
    }

    @Test
    void flowsSurgeTableJsonAndChart() throws Exception {
        Path file = SharedData.file("trade/eurostat_eu_exports_to_russia_and_neighbours_monthly.csv");
        Path svg = in.resolve("surge.svg");
        CliRun run = CliRun.of("flows", "surge", file.toString(), "--chart", svg.toString());
        assertThat(run.exit()).as(run.toString()).isZero();
        assertThat(run.out()).containsPattern("Kyrgyzstan\\s+KG\\s+263\\.2\\s+1,170\\.9\\s+\\+344\\.8%\\s+22\\.3\\s+125\\.0\\s+\\+460\\.0%")
                .containsPattern("Armenia\\s+AM\\s+757\\.4\\s+1,885\\.6\\s+\\+148\\.9%")
                .containsPattern("Russia\\s+RU\\s+89,169\\.3\\s+55,008\\.1\\s+-38\\.3%")
                .contains("before: 2021-03 to 2022-02, after: 2022-03 to 2023-02");
        assertThat(Files.readString(svg)).startsWith("<svg").contains("Kyrgyzstan (2021→2022 +345%)");

        CliRun json = CliRun.of("flows", "surge", file.toString(), "--json");
        JsonNode root = new ObjectMapper().readTree(json.out());
        assertThat(root.get("partners")).hasSize(6);
        JsonNode kg = root.get("partners").get(0);
        assertThat(kg.get("iso2").asText()).isEqualTo("KG");
        assertThat(kg.get("annual_change_pct").asDouble()).isEqualTo(344.81);
        assertThat(kg.get("series_eur")).hasSize(68);
    }
}
