package org.chokepoint.lists.opensanctions;

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

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

/**
 * Against the real Ukraine War and Sanctions export. The figures were counted independently with
 * Python's csv module on the same file (identifiers typed by the same shape and check-digit rules).
 */
class TargetsSimpleReaderTest {
    private static final String FILE = "opensanctions/ua_war_sanctions.targets.simple.csv";
    private static ListLoad load;
    private static Map<String, Entity> byId;

    @BeforeAll
    static void read() throws Exception {
        load = new TargetsSimpleReader().read(SharedData.file(FILE));
        byId = load.entities().stream().collect(Collectors.toMap(Entity::nativeId, Function.identity()));
    }

    @Test
    void countsOfTheRealFile() {
        assertThat(load.source()).isEqualTo("opensanctions");
        assertThat(load.entities()).hasSize(5600);
        assertThat(load.recordsRead()).isEqualTo(5600);
        assertThat(load.rejections()).isEmpty();
        assertThat(load.warnings()).isEmpty();
        // 1,524 Company + 1,193 LegalEntity are organisations.
        assertThat(count(Entity::schema)).containsOnly(entry(Schema.PERSON, 1543L), entry(Schema.ORGANIZATION, 2717L), entry(Schema.VESSEL, 1340L));
        assertThat(load.nameCount()).isEqualTo(13331);
        assertThat(load.entities().stream().flatMap(e -> e.names().stream()).collect(Collectors.groupingBy(EntityName::kind, Collectors.counting())))
                .containsOnly(entry(NameKind.PRIMARY, 5600L), entry(NameKind.AKA, 7731L));
        assertThat(load.identifierCount()).isEqualTo(8743);
        assertThat(load.entities().stream().flatMap(e -> e.identifiers().stream()).collect(Collectors.groupingBy(Identifier::type, Collectors.counting())))
                .containsOnly(entry(IdentifierType.IMO, 2852L), entry(IdentifierType.INN, 2391L), entry(IdentifierType.OGRN, 1224L), entry(IdentifierType.OTHER, 2276L));
        assertThat(load.entities().stream().filter(e -> e.programs().contains("UA-WS-MARE")).count()).isEqualTo(1744);
        assertThat(load.entities().stream().filter(e -> e.programs().contains("UA-WS-MILIND")).count()).isEqualTo(878);
        assertThat(load.entities().stream().filter(e -> e.programs().isEmpty()).count()).isEqualTo(1429);
        assertThat(load.entities().stream().mapToLong(e -> e.countries().size()).sum()).isEqualTo(8410);
        assertThat(load.entities().stream().mapToLong(e -> e.addresses().size()).sum()).isEqualTo(1322);
        assertThat(load.entities()).allSatisfy(e -> assertThat(e.designated()).isNotNull());
        assertThat(load.entities().stream().filter(e -> e.list().equals("Ukraine War and Sanctions")).count()).isEqualTo(5600);
        assertThat(load.published()).isEqualTo(LocalDate.of(2026, 3, 13));
        assertThat(load.files()).singleElement().satisfies(f -> {
            assertThat(f.name()).isEqualTo("ua_war_sanctions.targets.simple.csv");
            assertThat(f.bytes()).isEqualTo(3_401_675);
        });
    }

    @Test
    void theVesselRosalin() {
        Entity e = byId.get("NK-24cf2zYe7LEKhr2zFck73j");
        assertThat(e.id()).isEqualTo("opensanctions:NK-24cf2zYe7LEKhr2zFck73j");
        assertThat(e.schema()).isEqualTo(Schema.VESSEL);
        assertThat(e.list()).isEqualTo("Ukraine War and Sanctions");
        assertThat(e.names()).containsExactly(new EntityName("ROSALIN", NameKind.PRIMARY), new EntityName("Ceram Sea", NameKind.AKA),
                new EntityName("Gold Sun", NameKind.AKA), new EntityName("Nurkez", NameKind.AKA));
        assertThat(e.countries()).containsExactly("LR", "PA", "SG", "ST");
        assertThat(e.identifiers()).containsExactly(new Identifier(IdentifierType.IMO, "9253325", null, null, true));
        assertThat(e.programs()).containsExactly("UA-WS-MARE");
        assertThat(e.designated()).isEqualTo(LocalDate.of(2025, 10, 6));
        assertThat(e.addresses()).isEmpty();
        // The sanctions field is the literal "" here: no remarks.
        assertThat(e.remarks()).isNull();
        assertThat(e.raw()).startsWith("NK-24cf2zYe7LEKhr2zFck73j,Vessel,ROSALIN,Ceram Sea;Gold Sun;Nurkez,");
    }

    @Test
    void aRussianManufacturerWithInnOgrnAddressAndAMultiLineReason() {
        Entity e = byId.get("NK-28mqu8V3AzembAmAfehWPd");
        assertThat(e.schema()).isEqualTo(Schema.ORGANIZATION);
        assertThat(e.name()).isEqualTo("JOINT-STOCK COMPANY \"KRASNOZAVODSKY CHEMICAL PLANT\"");
        assertThat(e.aliases()).containsExactly(new EntityName("KRASNOZAVODSKY CHEMICAL PLANT JSC", NameKind.AKA));
        assertThat(e.countries()).containsExactly("RU");
        assertThat(e.identifiers()).containsExactly(new Identifier(IdentifierType.OGRN, "1125042006462", null, null, true),
                new Identifier(IdentifierType.INN, "5042126251", null, null, true));
        assertThat(e.addresses()).containsExactly(new Address("141321, Moscow region, Sergiev Posad, Krasnozavodsk, Rdultovskogo square, 1", null, null, null, null, null));
        assertThat(e.programs()).containsExactly("UA-WS-MILIND");
        assertThat(e.designated()).isEqualTo(LocalDate.of(2025, 10, 14));
        // The reason is wrapped in quotes in the file and runs over two lines.
        assertThat(e.remarks()).startsWith("A russian developer of pyrotechnic products.").contains("\nIt is part of the russian state corporation Rostec.")
                .endsWith("Technodinamika holding company.");
    }

    @Test
    void companyImoNumbersAndOtherIdentifiersWithTheOnlyCountry() {
        Entity company = byId.get("NK-24ZomtS59XsEEB94Qcqy7S");
        assertThat(company.schema()).isEqualTo(Schema.ORGANIZATION);
        // No ship check digit applies to an IMO company number (6495856 would fail it).
        assertThat(company.identifiers()).containsExactly(new Identifier(IdentifierType.IMO, "6495856", null, "IMO company number", true));

        Entity vessel = byId.get("NK-2KotipYq4XJLfj63MjH9pQ");
        assertThat(vessel.name()).isEqualTo("POLA MARINA");
        assertThat(vessel.identifiers()).containsExactly(new Identifier(IdentifierType.OTHER, "273214080", "RU", null, true),
                new Identifier(IdentifierType.IMO, "9903865", null, null, true), new Identifier(IdentifierType.OTHER, "UBVU5", "RU", null, true));
        Entity manyFlags = byId.get("NK-24cf2zYe7LEKhr2zFck73j");
        assertThat(manyFlags.identifiers()).allSatisfy(i -> assertThat(i.country()).isNull());
    }

    @Test
    void aPersonWithInnAndBirthDate() {
        Entity e = byId.get("NK-29dGPcB5CxPwUQt4N3ZVEj");
        assertThat(e.schema()).isEqualTo(Schema.PERSON);
        assertThat(e.names()).extracting(EntityName::value, EntityName::kind, EntityName::script).containsExactly(
                tuple("USPENSKAYA Olesya Igorevna", NameKind.PRIMARY, "Latin"),
                tuple("УСПЕНСКАЯ Олеся Игоревна", NameKind.AKA, "Cyrillic"),
                tuple("УСПЕНСЬКА Олеся Ігорівна", NameKind.AKA, "Cyrillic"));
        assertThat(e.identifiers()).containsExactly(new Identifier(IdentifierType.INN, "773006863179", null, null, true));
        assertThat(e.countries()).isEmpty();
        assertThat(e.remarks()).isEqualTo("Carried out an illegal cultural and chronological determination of the archaeological material of the Prymorsky Northwest settlement"
                + "\nDate of birth: 1987-09-14");
        assertThat(e.designated()).isEqualTo(LocalDate.of(2026, 2, 11));
    }

    @Test
    void badRowsAreRejectedWithTheirLines(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("targets.simple.csv");
        // The export writes an empty sanctions text as a quoted pair of quotes: "\"\"\"\"\"\"" in CSV.
        Files.writeString(f, String.join("\n",
                "\"id\",\"schema\",\"name\",\"aliases\",\"birth_date\",\"countries\",\"addresses\",\"identifiers\",\"sanctions\",\"phones\",\"emails\",\"program_ids\",\"dataset\",\"first_seen\",\"last_seen\",\"last_change\"",
                "\"a1\",\"Company\",\"Alpha LLC\",\"\",\"\",\"ru\",\"\",\"7702070139\",\"\"\"\"\"\",\"\",\"\",\"P1\",\"Test\",\"2025-01-02T00:00:00\",\"2025-03-01T00:00:00\",\"\"",
                "\"\",\"Company\",\"No Id LLC\",,,,,,,,,,\"Test\",,,",
                "\"a2\",\"Person\",\"\",,,,,,,,,,\"Test\",,,",
                "\"a3\",\"Vessel\",\"Multi\",,,,,,\"first line",
                "second line\",,,,\"Test\",,,",
                "\"a1\",\"Company\",\"Alpha again\",,,,,,,,,,\"Test\",,,",
                ""), StandardCharsets.UTF_8);
        ListLoad l = new TargetsSimpleReader().read(f);
        assertThat(l.entities()).extracting(Entity::nativeId).containsExactly("a1", "a3");
        assertThat(l.entities().get(0).identifiers()).containsExactly(new Identifier(IdentifierType.INN, "7702070139", null, null, true));
        assertThat(l.entities().get(0).remarks()).isNull();
        assertThat(l.entities().get(1).remarks()).isEqualTo("first line\nsecond line");
        assertThat(l.rejections()).containsExactly(
                new Rejection("targets.simple.csv", 3, "id", "no id"),
                new Rejection("targets.simple.csv", 4, "name", "no name for a2"),
                new Rejection("targets.simple.csv", 7, "id", "duplicate id a1 (first on line 2)"));
        assertThat(l.recordsRead()).isEqualTo(5);
        assertThat(l.published()).isEqualTo(LocalDate.of(2025, 3, 1));
    }

    @Test
    void aHeaderWithoutTheNameColumnIsUnusable(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("x.csv");
        Files.writeString(f, "id,schema,caption\na,Company,Alpha\n");
        assertThatThrownBy(() -> new TargetsSimpleReader().read(f)).isInstanceOf(ListFormatException.class)
                .hasMessageContaining("x.csv").hasMessageContaining("no column 'name'");
    }

    @Test
    void recognisesTheHeaderQuotedOrNot(@TempDir Path dir) throws Exception {
        TargetsSimpleReader r = new TargetsSimpleReader();
        assertThat(r.recognises(SharedData.file(FILE))).isTrue();
        Path plain = Files.writeString(dir.resolve("plain.csv"), "\uFEFFid,schema,name,aliases,countries\n");
        Path other = Files.writeString(dir.resolve("other.csv"), "ent_num,name\n");
        Path txt = Files.writeString(dir.resolve("targets.txt"), "id,schema,name,aliases\n");
        assertThat(r.recognises(plain)).isTrue();
        assertThat(r.recognises(other)).isFalse();
        assertThat(r.recognises(txt)).isFalse();
        assertThat(r.recognises(dir)).isFalse();
    }

    private static <K> Map<K, Long> count(Function<Entity, K> key) {
        return load.entities().stream().collect(Collectors.groupingBy(key, Collectors.counting()));
    }
}
