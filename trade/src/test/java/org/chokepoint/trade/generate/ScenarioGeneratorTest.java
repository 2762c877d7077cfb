package org.chokepoint.trade.generate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.chokepoint.model.Address;
import org.chokepoint.model.Entity;
import org.chokepoint.model.Identifier;
import org.chokepoint.model.IdentifierType;
import org.chokepoint.model.NameKind;
import org.chokepoint.model.Schema;
import org.chokepoint.trade.goods.Chpl;
import org.chokepoint.trade.record.ParsedRow;
import org.chokepoint.trade.record.Shipment;
import org.chokepoint.trade.record.ShipmentReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.random.RandomGeneratorFactory;

import static org.assertj.core.api.Assertions.assertThat;

/** The generator on a small hand-made list: determinism, validity, truth consistency, patterns and look-alikes. */
class ScenarioGeneratorTest {
    private static final int N = 20_000;
    @TempDir
    static Path tmp;
    private static Path a;
    private static List<Shipment> rows;
    private static JsonNode truth;
    private static Map<String, String[]> partyOf;

    static List<Entity> fakeLists() {
        var rng = RandomGeneratorFactory.of("L64X128MixRandom").create(99);
        List<Entity> out = new ArrayList<>();
        String[] names = {"JOINT STOCK COMPANY KONTSERN RADIOELEKTRONNYE TEKHNOLOGII", "LIMITED LIABILITY COMPANY SPETSTEKHNIKA",
                "АО «Научно-производственное объединение Полюс»", "OOO TEKHNOPARK ZELENOGRAD", "JSC URALSKY PRIBOROSTROITELNY ZAVOD",
                "OPEN JOINT STOCK COMPANY INTEGRAL MINSK", "LLC PROMTEKHIMPORT", "JSC AVIAKOMPLEKT", "LLC ELEKTRONSERVIS", "JSC KVANTOVY PRIBOR"};
        for (int i = 0; i < names.length; i++) {
            Entity.Builder b = Entity.builder("ofac-sdn", Integer.toString(1000 + i)).list("OFAC SDN").schema(Schema.ORGANIZATION)
                    .name(names[i], NameKind.PRIMARY).program("RUSSIA-EO14024")
                    .identifier(Identifier.of(IdentifierType.INN, PartyIds.inn(rng), "RU", "Tax ID No."))
                    .address(new Address("ulitsa Lenina " + (i + 1), "Moscow", null, null, i == 5 ? "BY" : "RU", null));
            if (i % 3 == 0) b.name("АО Компания " + i, NameKind.AKA);
            out.add(b.build());
        }
        out.add(Entity.builder("ofac-sdn", "2000").list("OFAC SDN").schema(Schema.VESSEL).name("SHADOW STAR", NameKind.PRIMARY)
                .identifier(Identifier.of(IdentifierType.IMO, "9253325", null, "IMO")).program("RUSSIA-EO14024").build());
        out.add(Entity.builder("ofac-sdn", "2001").list("OFAC SDN").schema(Schema.ORGANIZATION).name("MAHAN AIR", NameKind.PRIMARY)
                .country("IR").program("SDGT").build());
        return out;
    }

    @BeforeAll
    static void generate() throws Exception {
        a = tmp.resolve("a");
        ScenarioGenerator.generate(fakeLists(), new GeneratorSettings(N, 5, GeneratorSettings.DEFAULT_START, GeneratorSettings.DEFAULT_END), a, null);
        rows = new ArrayList<>();
        try (ShipmentReader r = ShipmentReader.open(a.resolve("shipments.csv"))) {
            for (ParsedRow row = r.next(); row != null; row = r.next()) {
                assertThat(row.problems()).as("line " + row.line()).isEmpty();
                rows.add(row.shipment());
            }
        }
        truth = new ObjectMapper().readTree(a.resolve("truth.json").toFile());
        partyOf = new HashMap<>();
        for (String l : Files.readAllLines(a.resolve("truth_parties.csv")).subList(1, 2 * N + 1)) {
            String[] f = l.split(",");
            partyOf.computeIfAbsent(f[0], k -> new String[2])[f[1].equals("exporter") ? 0 : 1] = f[2];
        }
    }

    @Test
    void sameSeedGivesIdenticalBytesAndAnotherSeedDoesNot() throws Exception {
        Path b = tmp.resolve("b"), c = tmp.resolve("c");
        ScenarioGenerator.generate(fakeLists(), new GeneratorSettings(N, 5, GeneratorSettings.DEFAULT_START, GeneratorSettings.DEFAULT_END), b, null);
        ScenarioGenerator.generate(fakeLists(), new GeneratorSettings(N, 6, GeneratorSettings.DEFAULT_START, GeneratorSettings.DEFAULT_END), c, null);
        for (String f : List.of("shipments.csv", "truth.json", "truth_parties.csv", "README.txt")) {
            assertThat(Files.mismatch(a.resolve(f), b.resolve(f))).as(f).isEqualTo(-1L);
        }
        assertThat(Files.mismatch(a.resolve("shipments.csv"), c.resolve("shipments.csv"))).isNotEqualTo(-1L);
    }

    @Test
    void everyRowIsValidAndSynthetic() {
        assertThat(rows).hasSize(N);
        assertThat(rows).allMatch(s -> s.recordId().startsWith("SYN-"));
        assertThat(rows.get(0).date()).isAfterOrEqualTo(GeneratorSettings.DEFAULT_START);
        assertThat(rows.get(N - 1).date()).isBeforeOrEqualTo(GeneratorSettings.DEFAULT_END);
        assertThat(rows.stream().map(Shipment::hsCode).filter(h -> h.length() == 10).count()).isPositive();
        assertThat(rows.stream().filter(s -> s.vesselImo() != null).count()).isPositive();
        assertThat(partyOf).hasSize(N);
    }

    @Test
    void truthIsConsistentWithTheRecords() {
        Map<String, Shipment> byId = new HashMap<>();
        for (Shipment s : rows) byId.put(s.recordId(), s);
        Set<String> listedIds = new HashSet<>();
        for (Entity e : fakeLists()) listedIds.add(e.id());
        for (String kind : List.of("planted_parties", "listed_end_users")) {
            for (JsonNode p : truth.get(kind)) {
                String party = p.get("party_id").asText();
                String cc = p.get("country").asText();
                Set<String> spelled = new HashSet<>();
                for (JsonNode r : p.get("record_ids")) {
                    Shipment s = byId.get(r.asText());
                    assertThat(s).as(r.asText()).isNotNull();
                    String[] who = partyOf.get(s.recordId());
                    assertThat(who).as("party %s in %s", party, s.recordId()).contains(party);
                    if (party.equals(who[0]) && s.exporterCountry().equals(cc)) spelled.add(s.exporterName());
                    if (party.equals(who[1]) && s.importerCountry().equals(cc)) spelled.add(s.importerName());
                }
                for (JsonNode alias : p.get("aliases")) assertThat(spelled).as(party).contains(alias.asText());
                if (kind.equals("listed_end_users")) assertThat(listedIds).contains(p.get("entity_id").asText());
            }
        }
        Map<String, String> idOwner = new HashMap<>();
        for (Shipment s : rows) {
            String[] who = partyOf.get(s.recordId());
            if (s.exporterId() != null) assertThat(idOwner.putIfAbsent(s.exporterId(), who[0])).as(s.exporterId()).isIn(null, who[0]);
            if (s.importerId() != null) assertThat(idOwner.putIfAbsent(s.importerId(), who[1])).as(s.importerId()).isIn(null, who[1]);
        }
    }

    @Test
    void everyPatternIsPlanted() {
        Set<String> seen = new HashSet<>();
        for (JsonNode p : truth.get("planted_parties")) for (JsonNode x : p.get("patterns")) seen.add(x.asText());
        for (Pattern p : Pattern.values()) assertThat(seen).as("planted patterns").contains(p.id());
        assertThat(truth.get("counts").get("planted").asInt()).isBetween(6, 40);
        assertThat(truth.get("listed_end_users")).isNotEmpty();
    }

    @Test
    void legitimateLookAlikesArePresent() {
        Chpl chpl = Chpl.standard();
        Set<String> planted = new HashSet<>();
        for (JsonNode p : truth.get("planted_parties")) planted.add(p.get("party_id").asText());
        Set<String> hubs = Set.of("AE", "HK", "TR", "KZ", "KG", "AM", "GE", "UZ");
        LocalDate invasion = LocalDate.of(2022, 2, 24);
        long hubOwnUse = 0, russiaOrdinaryAfter = 0, chplToRussiaBefore = 0, legitChplToRussiaAfterFromProducers = 0;
        for (Shipment s : rows) {
            String[] who = partyOf.get(s.recordId());
            boolean legit = !planted.contains(who[0]) && !planted.contains(who[1]);
            boolean isChpl = chpl.item(s.hs6()).isPresent();
            if (legit && isChpl && hubs.contains(s.importerCountry()) && s.destinationCountry().equals(s.importerCountry())) hubOwnUse++;
            if (legit && !isChpl && s.destinationCountry().equals("RU") && s.date().isAfter(invasion)) russiaOrdinaryAfter++;
            if (legit && isChpl && s.destinationCountry().equals("RU") && s.date().isBefore(invasion)) chplToRussiaBefore++;
            if (legit && isChpl && s.destinationCountry().equals("RU") && s.date().isAfter(invasion)) legitChplToRussiaAfterFromProducers++;
        }
        assertThat(hubOwnUse).isGreaterThan(200);
        assertThat(russiaOrdinaryAfter).isGreaterThan(500);
        assertThat(chplToRussiaBefore).isGreaterThan(100);
        // Ordinary firms stop selling CHPL goods to Russia after the invasion: only planted schemes do.
        assertThat(legitChplToRussiaAfterFromProducers).isZero();
    }

    @Test
    void cyrillicAndLatinSpellingsOfOneRussianParty() {
        Map<String, Set<String>> scripts = new HashMap<>();
        for (Shipment s : rows) {
            if (!s.importerCountry().equals("RU")) continue;
            String name = s.importerName();
            boolean cyr = name.chars().anyMatch(ch -> Character.UnicodeScript.of(ch) == Character.UnicodeScript.CYRILLIC);
            scripts.computeIfAbsent(partyOf.get(s.recordId())[1], k -> new HashSet<>()).add(cyr ? "cyr" : "lat");
        }
        assertThat(scripts.values().stream().filter(v -> v.size() == 2).count()).isGreaterThan(10);
    }
}
