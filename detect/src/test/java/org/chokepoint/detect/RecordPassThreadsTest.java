package org.chokepoint.detect;

import org.chokepoint.detect.flags.SanctionsPolicy;
import org.chokepoint.detect.party.NormalizedNameResolution;
import org.chokepoint.detect.watchlist.ListedIndex;
import org.chokepoint.model.Entity;
import org.chokepoint.model.NameKind;
import org.chokepoint.model.Schema;
import org.chokepoint.trade.goods.GoodsClassifier;
import org.chokepoint.trade.goods.HsNomenclature;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The record pass prepares rows on several threads but must come out as a sequential pass would: the same
 * findings, rejects in file order with their lines, whatever the number of threads. Several batches of rows,
 * with bad rows and a repeated record_id scattered among them.
 */
class RecordPassThreadsTest {
    private static final String HEADER = "record_id,date,exporter_name,exporter_country,exporter_address,exporter_id,importer_name,importer_country,"
            + "importer_address,importer_id,manufacturer,origin_country,dispatch_country,destination_country,hs_code,description,quantity,unit,"
            + "net_weight_kg,value_usd,transport_mode,carrier,vessel_imo";

    @TempDir
    Path dir;

    @Test
    void oneThreadAndSeveralGiveTheSameFindingsAndRejectsInFileOrder() throws Exception {
        Random r = new Random(5);
        String[] sellers = {"Halbleiter Handel AG,DE", "Bright Way Ltd,HK", "Gulf Star Trading FZE,AE", "Shenzhen Component Co Ltd,CN", "Furniture World LLC,AE"};
        String[] buyers = {"Composants Dupont SARL,FR", "OOO Vektor Plus,RU", "Precision Parts Trading LLC,AE", "OOO Stanko Servis,RU"};
        String[] goods = {"854231,microcontrollers", "846693,spare parts", "880622,toys", "853221,capacitors", "940360,office furniture"};
        List<String> rows = new ArrayList<>();
        List<Integer> badLines = new ArrayList<>();
        for (int i = 0; i < 5000; i++) {
            int line = rows.size() + 2;
            if (r.nextInt(400) == 0) {
                rows.add("bad" + i + ",2023-13-01,A,DE,,,B,FR,,,,,,FR,854231,x,,,,100,road,,");
                badLines.add(line);
                continue;
            }
            String id = i == 4321 ? "r17" : "r" + i; // a repeated record_id, rejected pointing at the first
            String seller = sellers[r.nextInt(sellers.length)], buyer = buyers[r.nextInt(buyers.length)];
            String dest = buyer.substring(buyer.length() - 2);
            rows.add(id + "," + LocalDate.of(2021, 1, 1).plusDays(r.nextInt(1200)) + "," + seller + ",,," + buyer + ",,,"
                    + (r.nextInt(10) == 0 ? "Rostekh" : "") + ",US,," + dest + "," + goods[r.nextInt(goods.length)] + ","
                    + (1 + r.nextInt(900)) + ",pcs," + (1 + r.nextInt(50)) + "," + (100 + r.nextInt(90000)) + ",air,,");
        }
        Path csv = dir.resolve("shipments.csv");
        Files.write(csv, (HEADER + "\n" + String.join("\n", rows) + "\n").getBytes(StandardCharsets.UTF_8));
        Entity listed = Entity.builder("test", "1").list("Test List").schema(Schema.ORGANIZATION).name("OOO VEKTOR PLUS", NameKind.PRIMARY).country("RU").build();
        Entity maker = Entity.builder("test", "2").list("Test List").schema(Schema.ORGANIZATION).name("ROSTEKH", NameKind.PRIMARY).country("RU").build();
        ListedIndex lists = ListedIndex.build(List.of(listed, maker));

        DetectionResult one = run(lists, csv, 1);
        DetectionResult three = run(lists, csv, 3);

        assertThat(one.read()).isEqualTo(5000).isEqualTo(one.valid() + one.rejected());
        assertThat(one.rejected()).isEqualTo(badLines.size() + 1).isGreaterThan(3);
        assertThat(three.valid()).isEqualTo(one.valid());
        for (String f : List.of("parties.jsonl", "shipments.jsonl", "rejects.csv", "communities.json", "supply_paths.jsonl")) {
            assertThat(Files.readString(dir.resolve("t3").resolve(f))).as(f).isEqualTo(Files.readString(dir.resolve("t1").resolve(f)));
        }
        assertThat(Files.readAllLines(dir.resolve("t1/shipments.jsonl"))).as("rows were flagged").hasSizeGreaterThan(100);
        List<String> rejects = Files.readAllLines(dir.resolve("t3/rejects.csv"));
        assertThat(rejects).hasSize(1 + badLines.size() + 1);
        for (int k = 0; k < badLines.size(); k++) assertThat(rejects.get(k + 1)).as("reject %d", k).contains("," + badLines.get(k) + ",");
        assertThat(rejects.getLast()).contains("duplicate record_id 'r17'");
    }

    @Test
    void aSpellingIsNameCountryIdentifierAndAddressTogether() throws Exception {
        // Exporters: the same name in two countries, with and without an identifier, with two addresses, and a repeat
        // of the first; every importer is the same one spelling. 5 exporter spellings + 1 importer spelling.
        String[] exporters = {"Alpha Trading Ltd,HK,,", "Alpha Trading Ltd,CN,,", "Alpha Trading Ltd,HK,,12345", "Alpha Trading Ltd,HK,\"1 Queen's Road, Central\",",
                "Alpha Trading Ltd,HK,\"2 Queen's Road, Central\",", "Alpha Trading Ltd,HK,,"};
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < exporters.length; i++) {
            rows.add("s" + i + ",2023-01-0" + (i + 1) + "," + exporters[i] + ",Composants Dupont SARL,FR,,,,,,FR,853221,capacitors,10,pcs,1,500,air,,");
        }
        Path csv = dir.resolve("spellings.csv");
        Files.write(csv, (HEADER + "\n" + String.join("\n", rows) + "\n").getBytes(StandardCharsets.UTF_8));
        DetectionResult result = run(ListedIndex.build(List.of()), csv, 2);
        assertThat(result.valid()).isEqualTo(exporters.length);
        assertThat(result.mentions()).isEqualTo(6);
    }

    @Test
    void aFileOfAHeaderAloneOrOfRejectsOnlyGivesEmptyFindings() throws Exception {
        Path header = dir.resolve("header.csv");
        Files.write(header, (HEADER + "\n").getBytes(StandardCharsets.UTF_8));
        DetectionResult none = run(ListedIndex.build(List.of()), header, 2);
        assertThat(none.read()).isZero();
        assertThat(none.valid()).isZero();
        assertThat(Files.readAllLines(dir.resolve("t2").resolve("parties.jsonl"))).isEmpty();

        Path bad = dir.resolve("bad.csv");
        Files.write(bad, (HEADER + "\nbad1,2023-13-01,A,DE,,,B,FR,,,,,,FR,854231,x,,,,100,road,,\n").getBytes(StandardCharsets.UTF_8));
        DetectionResult rejected = run(ListedIndex.build(List.of()), bad, 1);
        assertThat(rejected.read()).isEqualTo(1);
        assertThat(rejected.valid()).isZero();
        assertThat(rejected.rejected()).isEqualTo(1);
    }

    private DetectionResult run(ListedIndex lists, Path csv, int threads) throws Exception {
        DetectionSettings d = DetectionSettings.DEFAULTS;
        Detector detector = new Detector(lists, GoodsClassifier.standard(HsNomenclature.empty()), SanctionsPolicy.STANDARD, new NormalizedNameResolution(),
                new DetectionSettings(d.evidenceLimit(), d.namesScreened(), d.matchesKept(), d.memoryLimit(), threads, d.listedAt()),
                List.of(new ListUsed("test", 1, null, "2026-01-01T00:00:00Z", 2)));
        return detector.run(csv, dir.resolve("t" + threads), DetectionProgress.NONE);
    }
}
