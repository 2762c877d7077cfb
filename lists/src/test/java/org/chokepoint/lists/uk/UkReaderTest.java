package org.chokepoint.lists.uk;

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
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

/**
 * Against the real normalised UK tables. The figures were counted independently with Python's csv
 * module: child rows deduplicated on everything but their row number, names on their text with
 * blanks collapsed, identifiers on type and canonical value, with the same typing rules.
 */
class UkReaderTest {
    private static ListLoad load;
    private static Map<String, Entity> byId;

    @BeforeAll
    static void read() throws Exception {
        load = new UkReader().read(SharedData.file("uk"));
        byId = load.entities().stream().collect(Collectors.toMap(Entity::nativeId, Function.identity()));
    }

    @Test
    void countsOfTheRealTables() {
        assertThat(load.source()).isEqualTo("uk-sanctions");
        assertThat(load.entities()).hasSize(6046);
        assertThat(load.entities().stream().collect(Collectors.groupingBy(Entity::schema, Collectors.counting())))
                .containsOnly(entry(Schema.PERSON, 3883L), entry(Schema.ORGANIZATION, 1531L), entry(Schema.VESSEL, 632L));
        assertThat(load.rejections()).isEmpty();
        assertThat(load.warnings()).isEmpty();
        // 6,046 + 15,050 + 22,787 + 88,029 + 3,538 rows.
        assertThat(load.recordsRead()).isEqualTo(135_450);
        assertThat(load.files()).extracting(f -> f.name()).containsExactly("subjects.csv", "subject_names.csv",
                "subject_identifiers.csv", "subject_countries.csv", "subject_dobs.csv");
        assertThat(load.published()).isEqualTo(LocalDate.of(2026, 4, 29));

        assertThat(load.nameCount()).isEqualTo(15_042);
        assertThat(load.entities().stream().flatMap(e -> e.names().stream()).collect(Collectors.groupingBy(EntityName::kind, Collectors.counting())))
                .containsOnly(entry(NameKind.PRIMARY, 6046L), entry(NameKind.AKA, 8391L), entry(NameKind.WEAK_AKA, 605L));
        // 22,787 identifier rows, mostly repeats.
        assertThat(load.identifierCount()).isEqualTo(3443);
        assertThat(load.entities().stream().flatMap(e -> e.identifiers().stream()).collect(Collectors.groupingBy(Identifier::type, Collectors.counting())))
                .containsOnly(entry(IdentifierType.IMO, 631L), entry(IdentifierType.INN, 359L), entry(IdentifierType.OGRN, 171L),
                        entry(IdentifierType.LEI, 4L), entry(IdentifierType.PASSPORT, 722L), entry(IdentifierType.NATIONAL_ID, 341L),
                        entry(IdentifierType.REGISTRATION, 213L), entry(IdentifierType.OTHER, 1002L));
        assertThat(load.entities().stream().filter(e -> e.programs().equals(List.of("RUS"))).count()).isEqualTo(3252);
        assertThat(load.entities().stream().filter(e -> e.remarks() != null && e.remarks().startsWith("UN reference: ")).count()).isEqualTo(1002);
        assertThat(load.entities().stream().mapToLong(e -> e.countries().size()).sum()).isEqualTo(5442);
        assertThat(load.entities().stream().filter(e -> e.countries().isEmpty()).count()).isEqualTo(1304);
        assertThat(load.entities().stream().mapToLong(e -> e.addresses().size()).sum()).isEqualTo(3150);
        assertThat(load.entities()).allSatisfy(e -> {
            assertThat(e.designated()).isNotNull();
            assertThat(e.list()).isEqualTo("UK Sanctions List");
        });
    }

    @Test
    void aRussianCompanyWithInnAndOgrnInItsRegistrationNumbers() {
        Entity e = byId.get("RUS2941");
        assertThat(e.id()).isEqualTo("uk-sanctions:RUS2941");
        assertThat(e.schema()).isEqualTo(Schema.ORGANIZATION);
        assertThat(e.names()).containsExactly(new EntityName("JSC ZAVOD REKOND", NameKind.PRIMARY),
                new EntityName("Joint Stock Company 'Rekond Plant'", NameKind.AKA), new EntityName("JSC 'Plant 'Rekond'", NameKind.AKA),
                new EntityName("JSC 'Rekond Plant'", NameKind.AKA));
        // "INN: 7802005951 OGRN: 1027801526070", in four identical rows.
        assertThat(e.identifiers()).containsExactly(
                new Identifier(IdentifierType.INN, "7802005951", null, "business_registration_numbers", true),
                new Identifier(IdentifierType.OGRN, "1027801526070", null, "business_registration_numbers", true));
        assertThat(e.countries()).containsExactly("RU");
        assertThat(e.addresses()).containsExactly(new Address(null, null, null, null, "RU", "Russia"));
        assertThat(e.programs()).containsExactly("RUS");
        assertThat(e.designated()).isEqualTo(LocalDate.of(2025, 9, 12));
        assertThat(e.remarks()).isNull();
        assertThat(e.raw()).startsWith("subjects.csv: RUS2941,entity,,17057,12/09/2025,12/09/2025\nsubject_names.csv: 11951,RUS2941,primary,")
                .containsOnlyOnce("subject_identifiers.csv:");
    }

    @Test
    void theKppNextToTheInnIsLeftAlone() {
        Entity e = byId.get("RUS2470");
        assertThat(e.identifiers()).extracting(Identifier::type, Identifier::value).containsExactly(
                tuple(IdentifierType.INN, "6167128827"),
                tuple(IdentifierType.OGRN, "1156196039152"));
        assertThat(e.countries()).containsExactly("UA");
    }

    @Test
    void anIndividualWithUnReferencePassportAndDatesOfBirth() {
        Entity e = byId.get("AFG0006");
        assertThat(e.schema()).isEqualTo(Schema.PERSON);
        assertThat(e.names()).containsExactly(new EntityName("MOHAMMAD HASSAN AKHUND", NameKind.PRIMARY));
        assertThat(e.identifiers()).containsExactly(
                new Identifier(IdentifierType.OTHER, "TAI.002", null, "UN reference", true),
                new Identifier(IdentifierType.PASSPORT, "P04581926", null, "passport: Afghanistan passport number P04581926, issued on 7 August 2024, "
                        + "issued in Kandahar, Afghanistan (expires 7 August 2034)", true));
        assertThat(e.countries()).containsExactly("AF");
        assertThat(e.programs()).containsExactly("AFG");
        assertThat(e.designated()).isEqualTo(LocalDate.of(2001, 1, 25));
        assertThat(e.remarks()).isEqualTo("UN reference: TAi.002\nDate of birth: 1967-01-01, 1969-06-04, 1968, 1958, 1953, 1970, 1971, 1972, 1973, 1963");
    }

    @Test
    void aShipAndWeakAliases() {
        Entity ship = byId.get("DPR0075");
        assertThat(ship.schema()).isEqualTo(Schema.VESSEL);
        assertThat(ship.names()).extracting(EntityName::value).containsExactly("Petrel 8", "Jal Vahini", "Jal_Vahini", "Tian Tai 36");
        assertThat(ship.identifiers()).containsExactly(new Identifier(IdentifierType.IMO, "9562233", null, "imo", true));
        assertThat(ship.programs()).containsExactly("DPR");
        assertThat(load.entities().stream().flatMap(e -> e.names().stream()).filter(n -> n.kind() == NameKind.WEAK_AKA).findFirst()).isPresent();
    }

    @Test
    void aTwelveDigitNationalIdWithValidInnCheckDigitsIsAnInn() {
        // RUS1628's national identification number ends with a no-break space in the table.
        assertThat(byId.get("RUS1628").identifiers()).contains(new Identifier(IdentifierType.INN, "771902996586", null, "national: Russian Tax ID", true));
    }

    @Test
    void orphansRepeatsAndBadRows(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("subjects.csv"), """
                unique_id,subject_type,un_reference_number,ofsi_group_id,date_designated,last_updated
                RUS0001,entity,,1,01/03/2022,02/03/2022
                ,entity,,2,01/03/2022,02/03/2022
                RUS0001,individual,,3,01/03/2022,02/03/2022
                RUS0002,ship,,4,31/02/2022,05/05/2023
                RUS0003,individual,,5,01/03/2022,
                """);
        Files.writeString(dir.resolve("subject_names.csv"), """
                name_id,unique_id,name_type,alias_strength,full_name
                1,RUS0001,primary,,"OOO  ""Alpha"" "
                2,RUS0001,primary,,"OOO  ""Alpha"" "
                3,RUS0001,alias,low_quality_aka,ALF
                4,RUS0002,primary,,SEA STAR
                5,RUS0002,alias,,
                6,RUS9999,primary,,GHOST
                """);
        Files.writeString(dir.resolve("subject_identifiers.csv"), """
                id,unique_id,ofsi_group_id,raw_value,identifier_type,additional_info
                1,RUS0001,1,INN 7702070139,business_registration_numbers,
                2,RUS0001,1,INN 7702070139,business_registration_numbers,
                3,RUS0002,4,IMO9253325,imo,
                4,RUS9999,9,123,passport,
                5,RUS9998,9,124,passport,
                """);
        ListLoad l = new UkReader().read(dir);
        assertThat(l.entities()).extracting(Entity::nativeId).containsExactly("RUS0001", "RUS0002");
        Entity alpha = l.entities().get(0);
        assertThat(alpha.names()).containsExactly(new EntityName("OOO \"Alpha\"", NameKind.PRIMARY), new EntityName("ALF", NameKind.WEAK_AKA));
        assertThat(alpha.identifiers()).containsExactly(new Identifier(IdentifierType.INN, "7702070139", null, "business_registration_numbers", true));
        assertThat(alpha.designated()).isEqualTo(LocalDate.of(2022, 3, 1));
        assertThat(l.entities().get(1).designated()).isNull();
        assertThat(l.rejections()).containsExactly(
                new Rejection("subjects.csv", 3, "unique_id", "no unique_id"),
                new Rejection("subjects.csv", 4, "unique_id", "duplicate unique_id RUS0001 (first on line 2)"),
                new Rejection("subject_names.csv", 6, null, "blank full_name"),
                new Rejection("subjects.csv", 6, null, "RUS0003 has no name in subject_names.csv"));
        assertThat(l.warnings()).containsExactly(
                "1 subjects with a date_designated not in dd/MM/yyyy: kept without a designation date",
                "1 rows of subject_names.csv name no subject in subjects.csv: not used",
                "2 rows of subject_identifiers.csv name no subject in subjects.csv: not used");
        assertThat(l.published()).isEqualTo(LocalDate.of(2023, 5, 5));
        assertThat(l.files()).hasSize(3);
    }

    @Test
    void missingTablesAndColumns(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("subjects.csv"), "unique_id,subject_type\nRUS0001,entity\n");
        assertThatThrownBy(() -> new UkReader().read(dir)).isInstanceOf(ListFormatException.class).hasMessageContaining("subject_names.csv");
        Files.writeString(dir.resolve("subject_names.csv"), "name_id,unique_id,name_type\n1,RUS0001,primary\n");
        assertThatThrownBy(() -> new UkReader().read(dir)).isInstanceOf(ListFormatException.class)
                .hasMessageContaining("subject_names.csv").hasMessageContaining("no column 'full_name'");
    }

    @Test
    void recognisesTheFolder(@TempDir Path dir) throws Exception {
        UkReader r = new UkReader();
        assertThat(r.recognises(SharedData.file("uk"))).isTrue();
        assertThat(r.recognises(SharedData.file("uk/subjects.csv"))).isFalse();
        Files.writeString(dir.resolve("subjects.csv"), "unique_id\n");
        assertThat(r.recognises(dir)).isFalse();
    }
}
