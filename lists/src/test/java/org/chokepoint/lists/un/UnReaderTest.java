package org.chokepoint.lists.un;

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

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

/** Against the real UN list; the figures were counted independently with Python's ElementTree. */
class UnReaderTest {
    private static final String SECRET = "XXE-SECRET-4f1c9a";
    private static ListLoad load;

    @BeforeAll
    static void read() throws ListFormatException {
        load = new UnReader().read(SharedData.file("un/consolidated.xml"));
    }

    private static Entity entity(String reference) {
        return load.entities().stream().filter(e -> e.nativeId().equals(reference)).findFirst().orElseThrow();
    }

    @Test
    void readsEveryRecord() {
        assertThat(load.source()).isEqualTo("un-sc");
        assertThat(load.recordsRead()).isEqualTo(1_003);
        assertThat(load.entities()).hasSize(1_003);
        assertThat(load.rejections()).isEmpty();
        Map<Schema, Long> bySchema = load.entities().stream().collect(Collectors.groupingBy(Entity::schema, Collectors.counting()));
        assertThat(bySchema).containsExactlyInAnyOrderEntriesOf(Map.of(Schema.PERSON, 730L, Schema.ORGANIZATION, 273L));
        assertThat(load.published()).isEqualTo(LocalDate.of(2026, 2, 27));
        assertThat(load.files()).singleElement().satisfies(f -> assertThat(f.bytes()).isEqualTo(2_030_620));
        assertThat(load.entities()).allSatisfy(e -> {
            assertThat(e.list()).isEqualTo("UN Security Council Consolidated List");
            assertThat(e.designated()).isNotNull();
        });
    }

    @Test
    void countsPerProgramAndName() {
        Map<String, Long> byProgram = load.entities().stream().flatMap(e -> e.programs().stream())
                .collect(Collectors.groupingBy(p -> p, Collectors.counting()));
        assertThat(byProgram).containsExactlyInAnyOrderEntriesOf(Map.ofEntries(
                Map.entry("Al-Qaida", 341L), Map.entry("DPRK", 155L), Map.entry("Taliban", 140L), Map.entry("Iran", 121L),
                Map.entry("Iraq", 75L), Map.entry("DRC", 53L), Map.entry("Libya", 30L), Map.entry("Somalia", 24L),
                Map.entry("CAR", 15L), Map.entry("Haiti", 11L), Map.entry("Yemen", 11L), Map.entry("GB", 10L),
                Map.entry("Sudan", 9L), Map.entry("SouthSudan", 8L)));
        List<EntityName> names = load.entities().stream().flatMap(e -> e.names().stream()).toList();
        assertThat(names.stream().filter(n -> n.kind() == NameKind.WEAK_AKA)).hasSize(615);
        assertThat(load.entities().stream().flatMap(e -> e.identifiers().stream())
                .collect(Collectors.groupingBy(Identifier::type, Collectors.counting())))
                .containsExactlyInAnyOrderEntriesOf(Map.of(IdentifierType.PASSPORT, 310L, IdentifierType.NATIONAL_ID, 144L));
    }

    @Test
    void dprkEntityFieldByField() {
        Entity e = entity("KPe.001");
        assertThat(e.id()).isEqualTo("un-sc:KPe.001");
        assertThat(e.schema()).isEqualTo(Schema.ORGANIZATION);
        assertThat(e.names()).containsExactly(
                new EntityName("KOREA MINING DEVELOPMENT TRADING CORPORATION", NameKind.PRIMARY),
                new EntityName("CHANGGWANG SINYONG CORPORATION", NameKind.AKA),
                new EntityName("EXTERNAL TECHNOLOGY GENERAL CORPORATION", NameKind.AKA),
                new EntityName("DPRKN MINING DEVELOPMENT TRADING COOPERATION", NameKind.AKA),
                new EntityName("\"KOMID\"", NameKind.AKA));
        assertThat(e.addresses()).containsExactly(
                new Address("Central District", "Pyongyang", null, null, "KP", "Democratic People's Republic of Korea"));
        assertThat(e.countries()).containsExactly("KP");
        assertThat(e.identifiers()).isEmpty();
        assertThat(e.programs()).containsExactly("DPRK");
        assertThat(e.designated()).isEqualTo(LocalDate.of(2009, 4, 24));
        assertThat(e.remarks()).isEqualTo("Primary arms dealer and main exporter of goods and equipment related to\n"
                + "ballistic missiles and conventional weapons.");
        assertThat(e.sourceUrl()).isEqualTo("https://scsanctions.un.org/resources/xml/en/consolidated.xml");
        assertThat(e.raw()).startsWith("<ENTITY>\n      <DATAID>690735</DATAID>").endsWith("<SORT_KEY_LAST_MOD/>\n    </ENTITY>");
    }

    @Test
    void originalScriptNameIsKeptWithItsScript() {
        Entity e = entity("LYi.023");
        assertThat(e.schema()).isEqualTo(Schema.PERSON);
        assertThat(e.name()).isEqualTo("Ahmad Oumar Imhamad al-Fitouri");
        assertThat(e.names().get(1)).isEqualTo(new EntityName("احمد عمر امحمد الفيتوري", NameKind.AKA, "Arabic"));
        assertThat(e.names().subList(2, e.names().size())).extracting(EntityName::value, EntityName::kind).containsExactly(
                tuple("Al-Dabachi", NameKind.WEAK_AKA),
                tuple("Al Ammu", NameKind.WEAK_AKA),
                tuple("The Uncle", NameKind.WEAK_AKA),
                tuple("Al-Ahwal", NameKind.WEAK_AKA),
                tuple("Al Dabbashi", NameKind.WEAK_AKA));
        assertThat(e.identifiers()).containsExactly(
                new Identifier(IdentifierType.PASSPORT, "LY53FP76", "LY", "Passport", true),
                new Identifier(IdentifierType.NATIONAL_ID, "119880387067", null, "National Identification Number", true));
        assertThat(e.addresses()).extracting(Address::city).containsExactly("Garabulli", "Zawiya");
        assertThat(e.countries()).containsExactly("LY");
        assertThat(e.programs()).containsExactly("Libya");
        assertThat(e.designated()).isEqualTo(LocalDate.of(2018, 6, 7));
        long arabic = load.entities().stream().filter(x -> x.names().size() > 1 && x.names().get(1).script().equals("Arabic")).count();
        assertThat(arabic).isEqualTo(366);
    }

    @Test
    void listedOnWithAZoneOffsetIsADate() {
        assertThat(entity("QDi.352").designated()).isEqualTo(LocalDate.of(2015, 4, 7));
    }

    @Test
    void rawIsEachRecordsOwnXml() {
        assertThat(load.entities()).allSatisfy(e -> {
            String tag = e.schema() == Schema.PERSON ? "INDIVIDUAL" : "ENTITY";
            assertThat(e.raw()).startsWith("<" + tag + ">").endsWith("</" + tag + ">")
                    .containsPattern("<REFERENCE_NUMBER>\\s*" + java.util.regex.Pattern.quote(e.nativeId()) + "\\s*</REFERENCE_NUMBER>");
            assertThat(e.raw().indexOf("<" + tag + ">", 1)).isEqualTo(-1);
        });
    }

    @Test
    void truncatedFileNamesTheLine(@TempDir Path dir) throws IOException {
        List<String> lines = Files.readAllLines(SharedData.file("un/consolidated.xml"));
        Path cut = Files.write(dir.resolve("consolidated.xml"), lines.subList(0, 2000));
        ListFormatException e = catchThrowableOfType(ListFormatException.class, () -> new UnReader().read(cut));
        assertThat(e.reason()).startsWith("truncated or malformed XML: ");
        assertThat(e.line()).isEqualTo(2001);
        assertThat(e.getMessage()).startsWith("consolidated.xml:2001: truncated or malformed XML");
    }

    @Test
    void externalEntityIsNeverResolved(@TempDir Path dir) throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), SECRET);
        Path file = Files.writeString(dir.resolve("xxe.xml"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE CONSOLIDATED_LIST [<!ENTITY xxe SYSTEM "%s">]>
                <CONSOLIDATED_LIST dateGenerated="2026-02-27T00:00:00Z"><INDIVIDUALS><INDIVIDUAL>
                <FIRST_NAME>&xxe;</FIRST_NAME><UN_LIST_TYPE>DPRK</UN_LIST_TYPE><REFERENCE_NUMBER>KPi.999</REFERENCE_NUMBER>
                <COMMENTS1>&xxe;</COMMENTS1><LISTED_ON>2020-01-01</LISTED_ON>
                </INDIVIDUAL></INDIVIDUALS><ENTITIES/></CONSOLIDATED_LIST>
                """.formatted(secret.toUri()));
        ListLoad result = null;
        ListFormatException refused = null;
        try {
            result = new UnReader().read(file);
        } catch (ListFormatException e) {
            refused = e;
        }
        if (refused != null) {
            assertThat(refused.getMessage()).contains("DOCTYPE").doesNotContain(SECRET);
            assertThat(refused.line()).isEqualTo(2);
        } else {
            assertThat(result.entities()).allSatisfy(e -> assertThat(Stream.of(e.toString(), e.raw())).noneMatch(s -> s.contains(SECRET)));
        }
        // The reader refuses any DOCTYPE: the official file has none.
        assertThat(refused).isNotNull();
    }

    @Test
    void externalDtdIsRefusedToo(@TempDir Path dir) throws IOException {
        Path dtd = Files.writeString(dir.resolve("evil.dtd"), "<!ENTITY xxe \"" + SECRET + "\">");
        Path file = Files.writeString(dir.resolve("xxe2.xml"), """
                <?xml version="1.0"?>
                <!DOCTYPE CONSOLIDATED_LIST SYSTEM "%s">
                <CONSOLIDATED_LIST><INDIVIDUALS><INDIVIDUAL><FIRST_NAME>&xxe;</FIRST_NAME>
                <REFERENCE_NUMBER>X.1</REFERENCE_NUMBER></INDIVIDUAL></INDIVIDUALS></CONSOLIDATED_LIST>
                """.formatted(dtd.toUri()));
        ListFormatException e = catchThrowableOfType(ListFormatException.class, () -> new UnReader().read(file));
        assertThat(e.getMessage()).contains("DOCTYPE").doesNotContain(SECRET);
    }

    @Test
    void wrongRootIsNotAUnList(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("sdn.xml"), "<?xml version=\"1.0\"?>\n<sdnList><sdnEntry/></sdnList>\n");
        ListFormatException e = catchThrowableOfType(ListFormatException.class, () -> new UnReader().read(file));
        assertThat(e.reason()).startsWith("not a UN consolidated list").contains("<sdnList>");
        assertThat(e.line()).isEqualTo(2);
    }

    @Test
    void emptyAndBinaryFilesAreRefused(@TempDir Path dir) throws IOException {
        Path empty = Files.writeString(dir.resolve("empty.xml"), "");
        Path binary = Files.write(dir.resolve("binary.xml"), new byte[] {'<', 'C', 0, 1, 2, (byte) 0xFF, 0});
        assertThat(catchThrowableOfType(ListFormatException.class, () -> new UnReader().read(empty)).reason())
                .isEqualTo("the file is empty");
        assertThat(catchThrowableOfType(ListFormatException.class, () -> new UnReader().read(binary)).reason())
                .startsWith("binary content");
    }

    @Test
    void recordWithoutReferenceIsRejectedWithItsLine(@TempDir Path dir) throws IOException, ListFormatException {
        Path file = Files.writeString(dir.resolve("small.xml"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <CONSOLIDATED_LIST dateGenerated="2026-01-02T10:00:00Z">
                  <INDIVIDUALS>
                    <INDIVIDUAL><FIRST_NAME>NO</FIRST_NAME><SECOND_NAME>REFERENCE</SECOND_NAME></INDIVIDUAL>
                    <INDIVIDUAL><FIRST_NAME>KIM</FIRST_NAME><SECOND_NAME>IL</SECOND_NAME><REFERENCE_NUMBER>KPi.1</REFERENCE_NUMBER>
                      <INDIVIDUAL_ALIAS><QUALITY/><ALIAS_NAME/></INDIVIDUAL_ALIAS>
                      <NAME_ORIGINAL_SCRIPT>김일</NAME_ORIGINAL_SCRIPT></INDIVIDUAL>
                    <INDIVIDUAL><REFERENCE_NUMBER>KPi.2</REFERENCE_NUMBER></INDIVIDUAL>
                  </INDIVIDUALS>
                  <ENTITIES><ENTITY><FIRST_NAME>ACME</FIRST_NAME><REFERENCE_NUMBER>KPi.1</REFERENCE_NUMBER></ENTITY></ENTITIES>
                </CONSOLIDATED_LIST>
                """);
        ListLoad small = new UnReader().read(file);
        assertThat(small.published()).isEqualTo(LocalDate.of(2026, 1, 2));
        assertThat(small.recordsRead()).isEqualTo(4);
        assertThat(small.entities()).singleElement().satisfies(e -> {
            assertThat(e.names()).containsExactly(new EntityName("KIM IL", NameKind.PRIMARY), new EntityName("김일", NameKind.AKA, "Hangul"));
            assertThat(e.designated()).isNull();
        });
        assertThat(small.rejections()).containsExactly(
                new Rejection("small.xml", 4, "REFERENCE_NUMBER", "no REFERENCE_NUMBER"),
                new Rejection("small.xml", 8, "FIRST_NAME", "KPi.2 has no name"),
                new Rejection("small.xml", 10, "REFERENCE_NUMBER", "duplicate REFERENCE_NUMBER KPi.1"));
    }

    @Test
    void recognisesTheRootInTheFirstBytes(@TempDir Path dir) throws IOException {
        UnReader reader = new UnReader();
        assertThat(reader.recognises(SharedData.file("un/consolidated.xml"))).isTrue();
        assertThat(reader.recognises(Files.writeString(dir.resolve("sdn.xml"), "<sdnList/>"))).isFalse();
        assertThat(reader.recognises(Files.write(dir.resolve("un.txt"), "<CONSOLIDATED_LIST/>".getBytes(StandardCharsets.UTF_8)))).isFalse();
    }
}
