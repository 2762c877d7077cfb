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
import org.chokepoint.model.Ownership;
import org.chokepoint.model.Schema;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URISyntaxException;
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

/**
 * Against a hand-written fixture in the shape of OpenSanctions' entities.ftm.json (no real FtM file
 * is in shared/data): a Russian defence plant, its holding company and the state corporation above
 * it, the corporation's chief, a shadow-fleet tanker and its registered owner, with the Ownership,
 * Sanction, Address, Passport and Identification entities that tie them together, and bad lines.
 */
class FtmReaderTest {
    private static final String FILE = "entities.ftm.json";
    private static ListLoad load;
    private static Map<String, Entity> byId;

    @BeforeAll
    static void read() throws Exception {
        load = new FtmReader().read(fixture());
        byId = load.entities().stream().collect(Collectors.toMap(Entity::nativeId, Function.identity()));
    }

    static Path fixture() throws URISyntaxException {
        return Path.of(FtmReaderTest.class.getResource("/ftm/" + FILE).toURI());
    }

    @Test
    void whatTheFileHolds() {
        assertThat(load.source()).isEqualTo("opensanctions");
        assertThat(load.entities()).extracting(Entity::nativeId).containsExactly("NK-28mqu8V3AzembAmAfehWPd", "NK-nDfxxECfrYm6jMLKG9KM4Y",
                "NK-kNULoiM7XfTYeWLtTZ4UHg", "Q7453960", "NK-24cf2zYe7LEKhr2zFck73j", "NK-24ZomtS59XsEEB94Qcqy7S", "RA-96017");
        // 27 lines, one blank.
        assertThat(load.recordsRead()).isEqualTo(26);
        assertThat(load.published()).isEqualTo(LocalDate.of(2026, 3, 13));
        assertThat(load.files()).singleElement().satisfies(f -> assertThat(f.name()).isEqualTo(FILE));
        assertThat(load.rejections()).extracting(Rejection::line, Rejection::field).containsExactly(
                tuple(10L, "asset"), tuple(25L, null),
                tuple(26L, "name"), tuple(27L, null));
        assertThat(load.rejections().get(0).reason()).isEqualTo("Ownership own-no-asset has no asset");
        assertThat(load.rejections().get(1).reason()).startsWith("invalid JSON: ");
        assertThat(load.rejections().get(1).file()).isEqualTo(FILE);
        assertThat(load.rejections().get(2).reason()).isEqualTo("no name for Company NK-noname");
        assertThat(load.rejections().get(3).reason()).isEqualTo("not a JSON object");
        assertThat(load.warnings()).containsExactly(
                "1 Directorship entities not used",
                "1 Family entities not used",
                "1 Sanction entities name no entity in the file: not used",
                "1 addressEntity references to Address entities not in the file: ignored",
                "1 Address entities referenced by no entity: not used",
                "1 ownerships name an owner or asset not in the file (kept)",
                "1 ownership percentages not understood (kept without a percentage)");
    }

    @Test
    void theDefencePlantFieldByField() {
        Entity e = byId.get("NK-28mqu8V3AzembAmAfehWPd");
        assertThat(e.id()).isEqualTo("opensanctions:NK-28mqu8V3AzembAmAfehWPd");
        assertThat(e.schema()).isEqualTo(Schema.ORGANIZATION);
        assertThat(e.list()).isEqualTo("ua_war_sanctions");
        assertThat(e.names()).containsExactly(
                new EntityName("JOINT-STOCK COMPANY \"KRASNOZAVODSKY CHEMICAL PLANT\"", NameKind.PRIMARY),
                new EntityName("KRASNOZAVODSKY CHEMICAL PLANT JSC", NameKind.AKA),
                new EntityName("АО «Краснозаводский химический завод»", NameKind.AKA),
                new EntityName("FKP KRASNOZAVODSKY CHEMICAL PLANT", NameKind.FKA),
                new EntityName("KHZ", NameKind.WEAK_AKA));
        assertThat(e.names().get(2).script()).isEqualTo("Cyrillic");
        // registrationNumber and taxNumber repeat the OGRN and INN: one identifier each.
        assertThat(e.identifiers()).containsExactly(
                new Identifier(IdentifierType.INN, "5042126251", null, "innCode", true),
                new Identifier(IdentifierType.OGRN, "1125042006462", null, "ogrnCode", true),
                new Identifier(IdentifierType.LEI, "253400JQ3BQ9XYCF5H36", null, "leiCode", true),
                new Identifier(IdentifierType.OKPO, "07509379", null, "okpoCode", true));
        assertThat(e.countries()).containsExactly("RU");
        // The Address entity, structured; the address text repeating its full form is not added again.
        assertThat(e.addresses()).containsExactly(new Address("Rdultovskogo square, 1", "Krasnozavodsk", "141321", "Moscow region", "RU", null));
        assertThat(e.programs()).containsExactly("UA-WS-MILIND");
        // From the Sanction entity, not createdAt.
        assertThat(e.designated()).isEqualTo(LocalDate.of(2023, 2, 24));
        assertThat(e.remarks()).isEqualTo("A russian developer of pyrotechnic products, including thermobaric warheads for Shahed (Geran) UAVs.\n"
                + "Part of the state corporation Rostec.");
        assertThat(e.sourceUrl()).isEqualTo("https://war-sanctions.gur.gov.ua/en/components/companies/1234");
        assertThat(e.raw()).startsWith("{\"id\": \"NK-28mqu8V3AzembAmAfehWPd\"").endsWith("}");
    }

    @Test
    void holdingStateCorporationAndItsChief() {
        Entity holding = byId.get("NK-nDfxxECfrYm6jMLKG9KM4Y");
        assertThat(holding.schema()).isEqualTo(Schema.ORGANIZATION);
        assertThat(holding.identifiers()).containsExactly(new Identifier(IdentifierType.INN, "7719265496", null, "innCode", true),
                new Identifier(IdentifierType.OGRN, "1037719005873", null, "ogrnCode", true));
        assertThat(holding.addresses()).containsExactly(new Address("115184, Moscow, Bolshaya Tatarskaya street, 35, building 5", null, null, null, null, null));
        // No Sanction, no createdAt: the first-seen date.
        assertThat(holding.designated()).isEqualTo(LocalDate.of(2025, 10, 6));

        Entity rostec = byId.get("NK-kNULoiM7XfTYeWLtTZ4UHg");
        assertThat(rostec.schema()).isEqualTo(Schema.ORGANIZATION);
        assertThat(rostec.aliases()).hasSize(2);
        // registrationNumber typed by its check digit; the INN from an Identification entity.
        assertThat(rostec.identifiers()).containsExactly(new Identifier(IdentifierType.OGRN, "1077799030847", null, "registrationNumber", true),
                new Identifier(IdentifierType.INN, "7704274402", "RU", "Identification", true));

        Entity chief = byId.get("Q7453960");
        assertThat(chief.schema()).isEqualTo(Schema.PERSON);
        assertThat(chief.names()).extracting(EntityName::value).containsExactly("CHEMEZOV Sergey Viktorovich", "ЧЕМЕЗОВ Сергей Викторович", "ЧЕМЕЗОВ Сергій Вікторович");
        assertThat(chief.countries()).containsExactly("RU");
        assertThat(chief.identifiers()).containsExactly(new Identifier(IdentifierType.INN, "770202363089", null, "innCode", true),
                new Identifier(IdentifierType.PASSPORT, "753943218", "RU", "Passport", true));
        assertThat(chief.addresses()).isEmpty();
        assertThat(chief.programs()).containsExactly("UA-WS-EXECUTIVES");
    }

    @Test
    void theTankerItsOwnerAndTheAirplane() {
        Entity vessel = byId.get("NK-24cf2zYe7LEKhr2zFck73j");
        assertThat(vessel.schema()).isEqualTo(Schema.VESSEL);
        assertThat(vessel.names()).extracting(EntityName::value).containsExactly("ROSALIN", "Ceram Sea", "Gold Sun", "Nurkez");
        assertThat(vessel.identifiers()).containsExactly(new Identifier(IdentifierType.IMO, "9253325", null, "imoNumber", true),
                new Identifier(IdentifierType.OTHER, "626346000", null, "mmsi", true), new Identifier(IdentifierType.OTHER, "D6A3312", null, "callSign", true));
        assertThat(vessel.countries()).containsExactly("ST");
        // Its own program, then the EU Sanction's programId, then the UK Sanction's program text; the earliest start date.
        assertThat(vessel.programs()).containsExactly("UA-WS-MARE", "EU-UKR", "UK Russia regime");
        assertThat(vessel.designated()).isEqualTo(LocalDate.of(2024, 12, 17));

        Entity owner = byId.get("NK-24ZomtS59XsEEB94Qcqy7S");
        assertThat(owner.identifiers()).containsExactly(new Identifier(IdentifierType.IMO, "6495856", null, "IMO company number", true));
        assertThat(owner.countries()).containsExactly("HK");

        Entity plane = byId.get("RA-96017");
        assertThat(plane.schema()).isEqualTo(Schema.AIRCRAFT);
        assertThat(plane.identifiers()).containsExactly(new Identifier(IdentifierType.REGISTRATION, "RA96017", null, "registrationNumber", true));
    }

    @Test
    void ownershipEdges() {
        assertThat(load.ownerships()).containsExactly(
                new Ownership("opensanctions:own-technodinamika-kchz", "opensanctions:NK-nDfxxECfrYm6jMLKG9KM4Y", "opensanctions:NK-28mqu8V3AzembAmAfehWPd", 100.0, "shareholder"),
                new Ownership("opensanctions:own-rostec-technodinamika", "opensanctions:NK-kNULoiM7XfTYeWLtTZ4UHg", "opensanctions:NK-nDfxxECfrYm6jMLKG9KM4Y", 100.0, "parent company"),
                new Ownership("opensanctions:own-offshore-kchz", "opensanctions:NK-offshoreNotInFile", "opensanctions:NK-28mqu8V3AzembAmAfehWPd", 50.5, null),
                new Ownership("opensanctions:own-chemezov-rostec", "opensanctions:Q7453960", "opensanctions:NK-kNULoiM7XfTYeWLtTZ4UHg", null, "beneficial owner"),
                new Ownership("opensanctions:own-sunscience-rosalin", "opensanctions:NK-24ZomtS59XsEEB94Qcqy7S", "opensanctions:NK-24cf2zYe7LEKhr2zFck73j", null, "registered owner"));
    }

    @Test
    void percentages() {
        assertThat(Percentages.parse("50")).isEqualTo(50.0);
        assertThat(Percentages.parse("50.5")).isEqualTo(50.5);
        assertThat(Percentages.parse(" 50 % ")).isEqualTo(50.0);
        assertThat(Percentages.parse("25,01")).isEqualTo(25.01);
        assertThat(Percentages.parse("majority")).isNull();
        assertThat(Percentages.parse("25-50")).isNull();
        assertThat(Percentages.parse("150")).isNull();
        assertThat(Percentages.parse(null)).isNull();
    }

    @Test
    void anotherSourceId() throws Exception {
        ListLoad l = new FtmReader("acme-ftm").read(fixture());
        assertThat(l.entities().get(0).id()).isEqualTo("acme-ftm:NK-28mqu8V3AzembAmAfehWPd");
        assertThat(l.ownerships().get(0).ownerId()).isEqualTo("acme-ftm:NK-nDfxxECfrYm6jMLKG9KM4Y");
        assertThatThrownBy(() -> new FtmReader("Bad Source")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void unusableFiles(@TempDir Path dir) throws Exception {
        Path empty = Files.writeString(dir.resolve("empty.json"), "\n\n");
        assertThatThrownBy(() -> new FtmReader().read(empty)).isInstanceOf(ListFormatException.class).hasMessageContaining("empty");
        Path latin1 = Files.write(dir.resolve("latin1.json"), "{\"id\":\"a\",\"schema\":\"Person\",\"properties\":{\"name\":[\"A\"]}}\n{\"id\":\"b\",\"name\":\"M\u00fcller\"}\n"
                .getBytes(StandardCharsets.ISO_8859_1));
        assertThatThrownBy(() -> new FtmReader().read(latin1)).isInstanceOf(ListFormatException.class)
                .satisfies(e -> assertThat(((ListFormatException) e).line()).isEqualTo(2)).hasMessageContaining("invalid UTF-8");
        assertThatThrownBy(() -> new FtmReader().read(dir.resolve("missing.json"))).isInstanceOf(ListFormatException.class).hasMessageContaining("not found");
    }

    @Test
    void recognisesJsonLinesOfEntities(@TempDir Path dir) throws Exception {
        FtmReader r = new FtmReader();
        assertThat(r.recognises(fixture())).isTrue();
        Path jsonl = Files.writeString(dir.resolve("x.jsonl"), "{\"id\":\"a\",\"schema\":\"Person\",\"properties\":{}}\n");
        Path array = Files.writeString(dir.resolve("y.json"), "[{\"id\":\"a\",\"schema\":\"Person\",\"properties\":{}}]\n");
        Path other = Files.writeString(dir.resolve("z.json"), "{\"name\":\"not an entity\"}\n");
        Path csv = Files.writeString(dir.resolve("w.csv"), "{\"id\":\"a\",\"schema\":\"Person\",\"properties\":{}}\n");
        assertThat(r.recognises(jsonl)).isTrue();
        assertThat(r.recognises(array)).isFalse();
        assertThat(r.recognises(other)).isFalse();
        assertThat(r.recognises(csv)).isFalse();
    }
}
