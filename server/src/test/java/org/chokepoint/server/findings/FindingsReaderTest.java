package org.chokepoint.server.findings;

import org.chokepoint.server.DeskFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FindingsReaderTest {
    @Test
    void readsTheSample() throws Exception {
        Findings f = FindingsReader.read(DeskFixture.sampleFindings());
        assertThat(f.parties()).hasSize(8);
        assertThat(f.parties().get(0).listMatches().get(0).entityId()).isEqualTo("ofac-sdn:1001");
        assertThat(f.shipments()).containsKeys("r1", "r2", "r3", "r4", "r7");
        assertThat(f.parties().stream().filter(Party::alerting).count()).isEqualTo(5);
    }

    @Test
    void refusesBadLinesWithFileLineAndField(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("parties.jsonl"), """
                {"rank":1,"party_id":"a","name":"A","risk":0.5}
                {"rank":2,"party_id":"b","name":"B","risk":1.5}
                """);
        assertThatThrownBy(() -> FindingsReader.read(dir)).isInstanceOf(FindingsException.class)
                .hasMessage("parties.jsonl line 2, field risk: must be a number in [0, 1]");
        Files.writeString(dir.resolve("parties.jsonl"), "{\"rank\":1,\"party_id\":\"a\",\"name\":\"A\",\"risk\":0.5}\n{\"rank\":2,\"party_id\":\"a\",\"name\":\"A2\",\"risk\":0.4}\n");
        assertThatThrownBy(() -> FindingsReader.read(dir)).hasMessageContaining("line 2, field party_id").hasMessageContaining("appears twice");
        Files.writeString(dir.resolve("parties.jsonl"), "{\"rank\":1,\"party_id\":\"a\",\"name\":\"A\",\"risk\":0.5,\"list_matches\":[{\"score\":0.9}]}\n");
        assertThatThrownBy(() -> FindingsReader.read(dir)).hasMessage("parties.jsonl line 1, field entity_id: required");
        Files.writeString(dir.resolve("parties.jsonl"), "[1,2]\n");
        assertThatThrownBy(() -> FindingsReader.read(dir)).hasMessage("parties.jsonl line 1: each line must be a JSON object");
    }

    @Test
    void neighbourhoodLinksPartiesSharingRecords() throws Exception {
        Findings f = FindingsReader.read(DeskFixture.sampleFindings());
        Neighbourhood.Graph one = Neighbourhood.around(f, "p-cargo", 1, 100);
        assertThat(one.nodes()).extracting(Neighbourhood.Node::id).containsExactly("p-cargo", "p-berlin");
        assertThat(one.edges()).singleElement().satisfies(e -> assertThat(e.records()).isEqualTo(1));
        assertThat(Neighbourhood.around(f, "nobody", 2, 100).nodes()).isEmpty();
    }
}
