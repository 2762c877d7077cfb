package org.chokepoint.lists.csl;

import org.chokepoint.lists.ListFormatException;
import org.chokepoint.lists.ListLoad;
import org.chokepoint.lists.Rejection;
import org.chokepoint.model.Address;
import org.chokepoint.model.Entity;
import org.chokepoint.model.EntityName;
import org.chokepoint.model.Identifier;
import org.chokepoint.model.IdentifierType;
import org.chokepoint.model.NameKind;
import org.chokepoint.model.Schema;
import org.chokepoint.testkit.SharedData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Against the real CSL extract. The figures were counted independently with Python's csv module:
 * 4,229 rows, the header twice, 4,227 records, of which the last (line 4,233, SDN entry 11476) is cut
 * off after 8 of 29 fields because the file itself is truncated.
 */
class CslReaderTest {
    private static final String HEADER = "_id,source,entity_number,type,programs,name,title,addresses,federal_register_notice,"
            + "start_date,end_date,standard_order,license_requirement,license_policy,call_sign,vessel_type,gross_tonnage,"
            + "gross_registered_tonnage,vessel_flag,vessel_owner,remarks,source_list_url,alt_names,citizenships,dates_of_birth,"
            + "nationalities,places_of_birth,source_information_url,ids";
    private static final String EL = "Entity List (EL) - Bureau of Industry and Security";

    private static ListLoad load;

    @BeforeAll
    static void read() throws ListFormatException {
        load = new CslReader().read(SharedData.file("csl/csl.csv"));
    }

    private static Entity entity(String nativeId) {
        return load.entities().stream().filter(e -> e.nativeId().equals(nativeId)).findFirst().orElseThrow();
    }

    @Test
    void readsEveryRecordButTheTruncatedLastOne() {
        assertThat(load.source()).isEqualTo("us-csl");
        assertThat(load.recordsRead()).isEqualTo(4_227);
        assertThat(load.entities()).hasSize(4_226);
        assertThat(load.rejections()).containsExactly(new Rejection("csl.csv", 4_233, null, "expected 29 fields, found 8"));
        assertThat(load.entities().stream().map(Entity::id).distinct()).hasSize(4_226);
        assertThat(load.published()).isNull();
        assertThat(load.files()).singleElement().satisfies(f -> {
            assertThat(f.name()).isEqualTo("csl.csv");
            assertThat(f.bytes()).isEqualTo(2_691_298);
        });
    }

    @Test
    void countsPerSourceList() {
        Map<String, Long> bySource = load.entities().stream().collect(Collectors.groupingBy(Entity::list, TreeMap::new, Collectors.counting()));
        assertThat(bySource).containsExactlyInAnyOrderEntriesOf(Map.ofEntries(
                Map.entry("Specially Designated Nationals (SDN) - Treasury Department", 1_737L),
                Map.entry(EL, 919L),
                Map.entry("Denied Persons List (DPL) - Bureau of Industry and Security", 577L),
                Map.entry("Sectoral Sanctions Identifications List (SSI) - Treasury Department", 288L),
                Map.entry("Unverified List (UVL) - Bureau of Industry and Security", 186L),
                Map.entry("Nonproliferation Sanctions (ISN) - State Department", 144L),
                Map.entry("ITAR Debarred (DTC) - State Department", 142L),
                Map.entry("Palestinian Legislative Council List (PLC) - Treasury Department", 78L),
                Map.entry("Military End User (MEU) List - Bureau of Industry and Security", 71L),
                Map.entry("Non-SDN Chinese Military-Industrial Complex Companies List (CMIC) - Treasury Department", 68L),
                Map.entry("Non-SDN Menu-Based Sanctions List (NS-MBS List) - Treasury Department", 14L),
                Map.entry("Foreign Sanctions Evaders (FSE) - Treasury Department", 1L),
                Map.entry("Capta List (CAP) - Treasury Department", 1L)));
    }

    @Test
    void schemaFromTypeOrFromAnOrganisationsOnlyList() {
        Map<Schema, Long> bySchema = load.entities().stream().collect(Collectors.groupingBy(Entity::schema, Collectors.counting()));
        // Individual 1,125 less the truncated row; Entity 1,060 + MEU 71 + UVL 186; the other empty types stay unknown.
        assertThat(bySchema).containsExactlyInAnyOrderEntriesOf(Map.of(
                Schema.PERSON, 1_124L, Schema.ORGANIZATION, 1_317L, Schema.VESSEL, 3L, Schema.UNKNOWN, 1_782L));
    }

    @Test
    void anIdSharedByTwoListsKeepsBothRows() {
        assertThat(entity("17014").list()).startsWith("Non-SDN Menu-Based Sanctions List");
        assertThat(entity("17014-SSI").list()).startsWith("Sectoral Sanctions Identifications List");
        assertThat(entity("9659").list()).startsWith("Palestinian Legislative Council List");
        assertThat(entity("9659-SDN").name()).isEqualTo("HAMMAD, Fathi Ahmad Mohammad");
        assertThat(load.warnings()).singleElement().asString()
                .contains("7 rows", "17014-SSI", "17016-SSI", "17143-SSI", "17250-SSI", "17254-SSI", "9647-SDN", "9659-SDN");
    }

    @Test
    void entityListEntryFieldByField() {
        Entity e = entity("dc2896369e28304cd7c11063238624024f809625f27e13122b1344bf");
        assertThat(e.id()).isEqualTo("us-csl:dc2896369e28304cd7c11063238624024f809625f27e13122b1344bf");
        assertThat(e.source()).isEqualTo("us-csl");
        assertThat(e.list()).isEqualTo(EL);
        assertThat(e.schema()).isEqualTo(Schema.UNKNOWN);
        assertThat(e.name()).isEqualTo("Khalil Zadran");
        assertThat(e.names().get(0).kind()).isEqualTo(NameKind.PRIMARY);
        assertThat(e.aliases()).extracting(EntityName::value).containsExactly("Samar Gul Khalil", "Khalil Samar Gul",
                "Samer Khalil", "Samer Gul Khalil", "Khlil Khalil", "Kalil Khalil", "Khalil Khualil", "Haji Khalil");
        assertThat(e.aliases()).extracting(EntityName::kind).containsOnly(NameKind.AKA);
        assertThat(e.addresses()).containsExactly(
                new Address("Shahreno, Kabul", null, null, null, "AF", "AF"),
                new Address("House 14, Street 13, Sector F-7/2, Islamabad", null, null, null, "PK", "PK"),
                new Address("House 20-B, Main College Road, Sector F-7/2, Islamabad", null, null, null, "PK", "PK"));
        assertThat(e.countries()).containsExactly("AF", "PK");
        assertThat(e.identifiers()).isEmpty();
        assertThat(e.programs()).isEmpty();
        assertThat(e.designated()).isEqualTo(LocalDate.of(2012, 4, 27));
        assertThat(e.remarks()).isNull();
        assertThat(e.sourceUrl()).isEqualTo("https://www.bis.doc.gov/index.php/policy-guidance/lists-of-parties-of-concern/entity-list");
        assertThat(e.raw()).startsWith("dc2896369e28304cd7c11063238624024f809625f27e13122b1344bf," + EL + ",,,,Khalil Zadran,")
                .contains("77 FR 25055", "and Haji Khalil");
    }

    @Test
    void russianTaxAndRegistrationNumbersAreInnAndOgrn() {
        Entity vtb = entity("17013");
        assertThat(vtb.name()).isEqualTo("VTB BANK PUBLIC JOINT STOCK COMPANY");
        assertThat(vtb.schema()).isEqualTo(Schema.ORGANIZATION);
        assertThat(vtb.programs()).containsExactly("UKRAINE-EO13662", "RUSSIA-EO14024");
        assertThat(vtb.names()).hasSize(27);
        assertThat(vtb.addresses()).hasSize(9).allSatisfy(a -> assertThat(a.country()).isEqualTo("RU"));
        assertThat(vtb.countries()).containsExactly("RU");
        // Website, directive texts, Organization Established Date and Target Type are listing facts, not identifiers.
        assertThat(vtb.identifiers()).containsExactly(
                new Identifier(IdentifierType.OGRN, "1027739609391", "RU", "Registration ID", true),
                new Identifier(IdentifierType.OKPO, "00032520", "RU", "Government Gazette Number", true),
                new Identifier(IdentifierType.INN, "7702070139", "RU", "Tax ID No.", true),
                new Identifier(IdentifierType.OTHER, "1000", "RU", "License", true),
                new Identifier(IdentifierType.LEI, "253400V1H6ART1UQ0N98", "RU", "Legal Entity Number", true),
                new Identifier(IdentifierType.SWIFT, "VTBRRUMM", null, "SWIFT/BIC", true),
                new Identifier(IdentifierType.OTHER, "044030707", null, "BIK (RU)", true),
                new Identifier(IdentifierType.OTHER, "044525187", null, "BIK (RU)", true));
        assertThat(vtb.sourceUrl()).endsWith("sectoral-sanctions-identifications-ssi-list");
    }

    @Test
    void identifierTotals() {
        Map<IdentifierType, Long> byType = load.entities().stream().flatMap(e -> e.identifiers().stream())
                .collect(Collectors.groupingBy(Identifier::type, Collectors.counting()));
        // Counted independently: Russian 10/12-digit Tax IDs, and 13/15-digit registration numbers with a valid OGRN check digit.
        assertThat(byType.get(IdentifierType.INN)).isEqualTo(85);
        assertThat(byType.get(IdentifierType.OGRN)).isEqualTo(234);
        assertThat(byType.get(IdentifierType.IMO)).isEqualTo(2);
        assertThat(load.entities().stream().flatMap(e -> e.identifiers().stream())).allMatch(Identifier::valid);
    }

    @Test
    void identifierTable() {
        assertThat(CslIdentifiers.parse("Tax ID No., 7702070139, RU; Tax ID No., 12345, CO; Registration ID, 0505535000804, TH; "
                + "Unified Social Credit Code (USCC), 9111000071093019X7, CN; Passport, E590976, TN, 19 Jun 1987, 18 Jun 1992; "
                + "Vessel Registration Identification, IMO 7406784; Equity Ticker, CHA US; Listing Date (CMIC), 2021-06-03; "
                + "Website, www.vtb.com; Cedula No., 94487319, CO, 31 Oct 1994; Passport, 484824, 18 Jan 1984"))
                .extracting(Identifier::type, Identifier::value, Identifier::country)
                .containsExactly(
                        tuple(IdentifierType.INN, "7702070139", "RU"),
                        tuple(IdentifierType.TAX, "12345", "CO"),
                        tuple(IdentifierType.REGISTRATION, "0505535000804", "TH"),
                        tuple(IdentifierType.REGISTRATION, "9111000071093019X7", "CN"),
                        tuple(IdentifierType.PASSPORT, "E590976", "TN"),
                        tuple(IdentifierType.IMO, "7406784", null),
                        tuple(IdentifierType.NATIONAL_ID, "94487319", "CO"),
                        tuple(IdentifierType.PASSPORT, "484824", null));
    }

    @Test
    void addressCountry() {
        assertThat(CslAddresses.parse("3415 RIVERA AVENUE, EL PASO, TX, 79905").country()).isEqualTo("US");
        assertThat(CslAddresses.parse("Billstrasse 123, Hamburg, Germany"))
                .isEqualTo(new Address("Billstrasse 123, Hamburg", null, null, null, "DE", "Germany"));
        assertThat(CslAddresses.parse("TR")).isEqualTo(new Address(null, null, null, null, "TR", "TR"));
        assertThat(CslAddresses.parse("Gaza Strip, undetermined"))
                .isEqualTo(new Address("Gaza Strip, undetermined", null, null, null, null, null));
    }

    @Test
    void badRowsAreRejectedWithTheirLine(@TempDir Path dir) throws ListFormatException, java.io.IOException {
        Path file = dir.resolve("small.csv");
        String empty28 = ",".repeat(28);
        Files.writeString(file, String.join("\n",
                HEADER,
                HEADER,
                "\"a1\",\"" + EL + "\",\"\",\"\",\"\",\"Acme Ltd\"" + ",".repeat(23),
                "\"a2\",\"" + EL + "\",\"\",\"short row\"",
                "\"\"" + empty28,
                "\"a4\"" + empty28,
                "\"a5\",\"" + EL + "\",\"\",\"\",\"\",\"Multi\nLine Ltd\"" + ",".repeat(23),
                "\"a6\",\"" + EL + "\",\"\",\"\",\"\",\"Too Many\"" + ",".repeat(24)) + "\n");
        ListLoad small = new CslReader().read(file);
        assertThat(small.recordsRead()).isEqualTo(6);
        assertThat(small.entities()).extracting(Entity::id).containsExactly("us-csl:a1", "us-csl:a5");
        assertThat(small.entities().get(0).schema()).isEqualTo(Schema.UNKNOWN);
        assertThat(small.rejections()).containsExactly(
                new Rejection("small.csv", 4, null, "expected 29 fields, found 4"),
                new Rejection("small.csv", 5, "_id", "no _id"),
                new Rejection("small.csv", 6, "name", "no name"),
                new Rejection("small.csv", 9, null, "expected 29 fields, found 30"));
    }

    @Test
    void aFileWithoutTheCslColumnsIsRefused(@TempDir Path dir) throws java.io.IOException {
        Path file = dir.resolve("other.csv");
        Files.writeString(file, "id,name\n1,Acme\n");
        assertThatThrownBy(() -> new CslReader().read(file)).isInstanceOf(ListFormatException.class)
                .hasMessageContaining("not a CSL file: the header has no '_id' column");
    }

    @Test
    void recognisesTheCslHeaderOnly(@TempDir Path dir) throws java.io.IOException {
        CslReader reader = new CslReader();
        assertThat(reader.recognises(SharedData.file("csl/csl.csv"))).isTrue();
        Path other = Files.writeString(dir.resolve("other.csv"), "id,name\n1,Acme\n");
        Path wrongExtension = Files.writeString(dir.resolve("csl.txt"), HEADER + "\n");
        Path withBom = Files.writeString(dir.resolve("bom.csv"), "\uFEFF" + HEADER + "\n");
        assertThat(reader.recognises(other)).isFalse();
        assertThat(reader.recognises(wrongExtension)).isFalse();
        assertThat(reader.recognises(withBom)).isTrue();
        assertThat(reader.recognises(dir)).isFalse();
    }

    @Test
    void emptyFileIsRefused(@TempDir Path dir) throws java.io.IOException {
        Path file = Files.writeString(dir.resolve("empty.csv"), "");
        assertThatThrownBy(() -> new CslReader().read(file)).isInstanceOf(ListFormatException.class).hasMessageContaining("empty");
    }
}
