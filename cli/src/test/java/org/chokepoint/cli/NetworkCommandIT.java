package org.chokepoint.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code chokepoint network} end to end, in-process, against a one-entity custom list. */
class NetworkCommandIT {
    private static final String HEADER = "record_id,date,exporter_name,exporter_country,importer_name,importer_country,destination_country,hs_code,value_usd,transport_mode\n";

    @TempDir
    Path data;
    @TempDir
    Path in;

    @Test
    void writesTheNetworkAndPrintsTheHubFirst() throws Exception {
        Path list = Files.writeString(in.resolve("denied.csv"), "id,name,country\nd1,OOO VEKTOR PLUS,RU\nd2,ROSTEKH STATE CORPORATION,RU\n");
        CliRun load = CliRun.of("--data", data.toString(), "lists", "update", "--custom", "denied=" + list);
        assertThat(load.exit()).as(load.toString()).isZero();
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < 4; i++) rows.add("a" + i + "," + LocalDate.of(2023, 1, 10).plusDays(20L * i) + ",Chipwerk Dresden GmbH,DE,Gulf Star Trading FZE,AE,AE,854231,40000,air");
        for (int i = 0; i < 6; i++) rows.add("b" + i + "," + LocalDate.of(2023, 2, 1).plusDays(20L * i) + ",Gulf Star Trading FZE,AE,OOO Vektor Plus,RU,RU,854231,60000,air");
        for (int i = 0; i < 12; i++) rows.add("c" + i + "," + LocalDate.of(2022, 1, 5).plusDays(30L * i) + ",Halbleiter Handel AG,DE,Composants Dupont SARL,FR,FR,854231,25000,road");
        Path csv = Files.writeString(in.resolve("shipments.csv"), HEADER + String.join("\n", rows) + "\n");
        Path out = in.resolve("net");

        CliRun run = CliRun.of("--data", data.toString(), "network", csv.toString(), "--out", out.toString(), "--format", "graphml,cytoscape");
        assertThat(run.exit()).as(run.toString()).isZero();
        assertThat(run.out()).contains("communities with a listed or flagged member:").contains("listed: OOO Vektor Plus (RU)")
                .containsPattern("designation candidates .*: 2")
                .containsPattern("  1\\. risk [0-9.]+  Gulf Star Trading FZE \\(AE\\), 1 hop from a listed party");
        assertThat(out.resolve("network.graphml")).isNotEmptyFile();
        assertThat(out.resolve("network.cyjs.json")).isNotEmptyFile();
        assertThat(out.resolve("network.gexf")).doesNotExist();
        assertThat(out.resolve("parties.jsonl")).isNotEmptyFile();

        CliRun bad = CliRun.of("--data", data.toString(), "network", csv.toString(), "--out", out.toString(), "--format", "svg");
        assertThat(bad.exit()).isNotZero();
        assertThat(bad.err()).contains("--format must be graphml, gexf, cytoscape or all, not svg");
    }
}
