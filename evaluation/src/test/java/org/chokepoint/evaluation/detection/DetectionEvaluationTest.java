package org.chokepoint.evaluation.detection;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class DetectionEvaluationTest {
    @TempDir
    Path dir;

    private static final String TRUTH = """
            {"format":"chokepoint-truth/1","synthetic":true,"seed":1,"records":6,"period":{"start":"2021-01-01","end":"2024-12-31"},
             "shipments_file":"shipments.csv",
             "planted_parties":[
              {"party_id":"P1","name":"Al Noor Trading LLC","country":"AE","patterns":["transshipment_hub"],"aliases":["Al Noor Trading LLC","AL NOOR TRADING L.L.C."],"ids":[],"record_ids":["r1","r2"]},
              {"party_id":"P2","name":"ООО «Вектор»","country":"RU","patterns":["shared_identifier"],"aliases":["ООО «Вектор»","OOO Vektor"],"ids":[],"record_ids":["r2","r3"]},
              {"party_id":"P3","name":"Ege Tekstil A.Ş.","country":"TR","patterns":["business_mismatch"],"aliases":["Ege Tekstil A.Ş."],"ids":[],"record_ids":["r4"]}],
             "listed_end_users":[
              {"party_id":"P4","entity_id":"ofac-sdn:1","listed_name":"JSC ALPHA","country":"RU","aliases":["JSC ALPHA"],"ids":[],"record_ids":["r1"]},
              {"party_id":"P5","entity_id":"ofac-sdn:2","listed_name":"BETA LLC","country":"RU","aliases":["BETA LLC"],"ids":[],"record_ids":["r5"]}],
             "counts":{"parties":6,"planted":3,"listed_end_users":2,"records":6}}
            """;

    private DetectionReport run(String findings) throws Exception {
        Path t = Files.writeString(dir.resolve("truth.json"), TRUTH);
        Path f = Files.writeString(dir.resolve("parties.jsonl"), findings);
        return DetectionEvaluation.evaluate(DetectionFiles.truth(t), DetectionFiles.findings(f), null);
    }

    /**
     * Unlisted findings by rank: AL NOOR (hit P1, position 1), Other (miss, 2), Al Noor duplicate (skipped),
     * OOO Vektor (hit P2, position 3), Another (miss, 4). Ege Tekstil is never found.
     * K = 3: positions 1..3 hold 2 hits → precision@3 = 2/3, recall@3 = 2/3.
     * AP = (1/1 + 2/3 + 0) / 3 = 5/9. The listed finding at rank 2 takes no position.
     */
    @Test
    void rankingMetricsSkipDuplicatesAndListedFindings() throws Exception {
        DetectionReport r = run("""
                {"rank":1,"name":"AL NOOR TRADING L.L.C.","country":"AE","aliases":[],"listed":false}
                {"rank":2,"name":"JSC ALPHA","country":"RU","aliases":[],"listed":true,"list_matches":[{"entity_id":"ofac-sdn:1"}]}
                {"rank":3,"name":"Other","country":"AE","listed":false}
                {"rank":4,"name":"x","country":"AE","aliases":[" Al Noor Trading LLC "],"listed":false}
                {"rank":5,"name":"OOO Vektor","country":"RU","listed":false}
                {"rank":6,"name":"Another","country":"RU","listed":false}
                {"rank":7,"name":"BETA LLC","country":"RU","listed":true,"list_matches":[{"entity_id":"ofac-sdn:99"}]}
                {"rank":8,"name":"Ege Tekstil A.Ş.","country":"DE","listed":false}
                """);
        assertThat(r.planted()).isEqualTo(3);
        assertThat(r.unlistedFindings()).isEqualTo(6);
        assertThat(r.skipped()).isEqualTo(1);
        assertThat(r.hitsAtK()).isEqualTo(2);
        assertThat(r.precisionAtK()).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(r.recallAtK()).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(r.averagePrecision()).isCloseTo(5.0 / 9, within(1e-12));
        assertThat(r.firstPositions()).extracting(DetectionReport.Position::position).containsExactly(1L, 3L, 0L);
        // Ege Tekstil's finding has the wrong country: a miss, not a hit.
        assertThat(r.plantedFound()).isEqualTo(2);
        assertThat(r.listedStrict()).isEqualTo(1);
        assertThat(r.listedLenient()).isEqualTo(2);
        assertThat(r.missedListed()).extracting(TruthParty::partyId).containsExactly("P5");
    }

    /**
     * Listed precision: JSC ALPHA in r1 is P4 (counts once although it also matches nothing else); BETA LLC in r5 is P5,
     * whatever entity it matched (strictness is the recall's business); a namesake "JSC ALPHA" in other records is not
     * P4; OOO Vektor is a planted party, not a listed one. 2 of 4 listed findings are truth end users.
     */
    @Test
    void listedPrecisionCountsFindingsThatAreTruthEndUsers() throws Exception {
        DetectionReport r = run("""
                {"rank":1,"name":"JSC ALPHA","country":"RU","listed":true,"list_matches":[{"entity_id":"ofac-sdn:1"}],"record_ids":["r1"]}
                {"rank":2,"name":"BETA LLC","country":"RU","listed":true,"list_matches":[{"entity_id":"ofac-sdn:99"}],"record_ids":["r5"]}
                {"rank":3,"name":"JSC ALPHA","country":"RU","listed":true,"list_matches":[{"entity_id":"ofac-sdn:1"}],"record_ids":["r9"]}
                {"rank":4,"name":"OOO Vektor","country":"RU","listed":true,"list_matches":[{"entity_id":"ofac-sdn:7"}],"record_ids":["r2"]}
                {"rank":5,"name":"Other","country":"AE","listed":false,"record_ids":["r6"]}
                """);
        assertThat(r.listedFindings()).isEqualTo(4);
        assertThat(r.wronglyListed()).extracting(Finding::rank).containsExactly(3L, 4L);
        assertThat(r.listedPrecision()).isCloseTo(0.5, within(1e-12));
        // Without record ids on the finding, a spelling and the country decide.
        DetectionReport noIds = run("""
                {"rank":1,"name":"JSC ALPHA","country":"RU","listed":true,"list_matches":[{"entity_id":"ofac-sdn:1"}]}
                """);
        assertThat(noIds.listedPrecision()).isEqualTo(1.0);
    }

    @Test
    void malformedFindingsNameFileLineAndReason() throws Exception {
        assertThatThrownBy(() -> run("{\"rank\":1,\"name\":\"A\",\"country\":\"AE\",\"listed\":false}\n{\"rank\":2,\"name\":\"B\"}\n"))
                .isInstanceOf(DetectionFileException.class).hasMessageEndingWith("parties.jsonl:2: \"listed\" must be true or false");
        assertThatThrownBy(() -> run("{\"rank\":0,\"name\":\"A\",\"listed\":false}\n"))
                .hasMessageEndingWith("parties.jsonl:1: \"rank\" must be a positive integer");
        assertThatThrownBy(() -> run("not json\n")).hasMessageContaining("parties.jsonl:1: not a JSON object");
    }

    @Test
    void malformedTruthNamesTheFileAndTheField() throws Exception {
        Path t = Files.writeString(dir.resolve("bad.json"), "{\"format\":\"chokepoint-truth/1\",\"planted_parties\":[{\"party_id\":\"P1\",\"country\":\"AE\"}],\"listed_end_users\":[]}");
        assertThatThrownBy(() -> DetectionFiles.truth(t)).hasMessageEndingWith("bad.json: planted_parties[0]: \"name\" is missing or not a string");
        Path broken = Files.writeString(dir.resolve("broken.json"), "{\n\"format\": \n");
        assertThatThrownBy(() -> DetectionFiles.truth(broken)).hasMessageContaining("broken.json:").hasMessageContaining("not valid JSON");
    }

    /** Mentions: r1 exporter P1, r1 importer P4, r2 exporter P1, r2 importer P2. The finding for P1 claims r1 and r2; nothing claims P2. */
    @Test
    void partyResolutionMapsMentionsByRecordAndSpelling() throws Exception {
        Path ship = Files.writeString(dir.resolve("shipments.csv"), "record_id,exporter_name,importer_name\nr1,Al Noor Trading LLC,JSC ALPHA\nr2,AL NOOR TRADING L.L.C.,OOO Vektor\n");
        Path tp = Files.writeString(dir.resolve("truth_parties.csv"), "record_id,role,party_id\nr1,exporter,P1\nr1,importer,P4\nr2,exporter,P1\nr2,importer,P2\n");
        Path f = Files.writeString(dir.resolve("parties.jsonl"), """
                {"rank":1,"name":"Al Noor Trading LLC","country":"AE","aliases":["AL NOOR TRADING L.L.C."],"record_ids":["r1","r2"],"listed":false}
                {"rank":2,"name":"JSC ALPHA","country":"RU","record_ids":["r1"],"listed":true}
                """);
        DetectionReport.Resolution res = PartyResolution.measure(tp, ship, DetectionFiles.findings(f));
        assertThat(res.mentions()).isEqualTo(4);
        assertThat(res.mapped()).isEqualTo(3);
        assertThat(res.pairwise().precision()).isEqualTo(1.0);
        assertThat(res.pairwise().recall()).isEqualTo(1.0);
        assertThat(res.bcubed().f1()).isCloseTo(1.0, within(1e-12));
    }
}
