package org.chokepoint.lists.ofac;

import org.chokepoint.lists.ListFormatException;
import org.chokepoint.lists.ListLoad;
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
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Against the real OFAC files in ../shared/data/ofac (counts verified independently with Python's csv module). */
class SdnReaderTest {
    private static ListLoad load;
    private static Map<String, Entity> byId;

    @BeforeAll
    static void read() throws Exception {
        load = new SdnReader().read(SharedData.file("ofac"));
        byId = load.entities().stream().collect(Collectors.toMap(Entity::id, Function.identity()));
    }

    @Test
    void readsEveryEntityOfTheRealFile() {
        assertThat(load.entities()).hasSize(14_965);
        assertThat(load.rejections()).isEmpty();
        Map<Schema, Long> bySchema = load.entities().stream().collect(Collectors.groupingBy(Entity::schema, Collectors.counting()));
        assertThat(bySchema).containsEntry(Schema.ORGANIZATION, 6_884L).containsEntry(Schema.PERSON, 6_854L)
                .containsEntry(Schema.VESSEL, 851L).containsEntry(Schema.AIRCRAFT, 376L);
        // PROVENANCE.md counts 4,440 by substring; one of them is under the distinct program BPI-RUSSIA-EO14024.
        assertThat(load.entities().stream().filter(e -> e.programs().contains("RUSSIA-EO14024"))).hasSize(4_439);
        assertThat(byId.get("ofac-sdn:44805").programs()).containsExactly("BPI-RUSSIA-EO14024");
        assertThat(load.files()).extracting(f -> f.name()).containsExactly("sdn.csv", "sdn_comments.csv", "add.csv", "alt.csv");
    }

    @Test
    void countsOrphanRowsOfTheSideFilesInsteadOfFailing() {
        // add.csv and alt.csv are from January 2025, sdn.csv from May 2024 (PROVENANCE.md).
        assertThat(load.warnings()).anyMatch(w -> w.startsWith("add.csv: 2474 rows for 2111 ent_nums not in sdn.csv"));
        assertThat(load.warnings()).anyMatch(w -> w.startsWith("alt.csv: 1468 rows for 945 ent_nums not in sdn.csv"));
        long addresses = load.entities().stream().mapToLong(e -> e.addresses().size()).sum();
        // 20,167 rows belong to entities in sdn.csv; 2,693 of them are placeholders with every field -0-.
        assertThat(addresses).isEqualTo(17_474);
        // sdn.csv + add.csv + alt.csv + sdn_comments.csv rows
        assertThat(load.recordsRead()).isEqualTo(14_965 + 22_641 + 19_486 + 21);
    }

    @Test
    void vtbBankFieldByField() {
        Entity vtb = byId.get("ofac-sdn:17013");
        assertThat(vtb.name()).isEqualTo("VTB BANK PUBLIC JOINT STOCK COMPANY");
        assertThat(vtb.schema()).isEqualTo(Schema.ORGANIZATION);
        assertThat(vtb.list()).isEqualTo("OFAC SDN");
        assertThat(vtb.programs()).containsExactly("UKRAINE-EO13662", "RUSSIA-EO14024");
        assertThat(vtb.identifiers()).contains(
                new Identifier(IdentifierType.INN, "7702070139", "RU", "Tax ID No.", true),
                new Identifier(IdentifierType.OGRN, "1027739609391", "RU", "Registration ID", true),
                new Identifier(IdentifierType.OKPO, "00032520", "RU", "Government Gazette Number", true),
                new Identifier(IdentifierType.LEI, "253400V1H6ART1UQ0N98", "RU", "Legal Entity Number", true),
                new Identifier(IdentifierType.SWIFT, "VTBRRUMM", null, "SWIFT/BIC", true));
        assertThat(vtb.aliases()).extracting(EntityName::value).contains("VTB BANK PJSC", "VNESHTORGBANK", "BANK VTB PAO");
        assertThat(vtb.aliases()).filteredOn(n -> n.value().equals("JSC VTB BANK")).extracting(EntityName::kind).containsExactly(NameKind.FKA);
        assertThat(vtb.aliases()).filteredOn(n -> n.value().equals("VTB BANK PJSC")).extracting(EntityName::kind).containsExactly(NameKind.AKA);
        assertThat(vtb.aliases()).hasSize(27);
        assertThat(vtb.addresses()).hasSize(12);
        assertThat(vtb.addresses().get(0).full()).isEqualTo("29, Bolshaya Morskaya str., St. Petersburg 190000, Russia");
        assertThat(vtb.countries()).contains("RU", "IN", "CN");
        assertThat(vtb.remarks()).startsWith("SWIFT/BIC VTBRRUMM; Website www.vtb.com");
        assertThat(vtb.raw()).startsWith("17013,VTB BANK PUBLIC JOINT STOCK COMPANY,-0- ,").contains("alt.csv: 17013,26072,fka,JSC VTB BANK");
        assertThat(vtb.sourceUrl()).endsWith("id=17013");
    }

    @Test
    void smtILogicFieldByField() {
        Entity smt = byId.get("ofac-sdn:43129");
        assertThat(smt.name()).isEqualTo("LIMITED LIABILITY COMPANY SMT-ILOGIC");
        assertThat(smt.programs()).containsExactly("RUSSIA-EO14024");
        assertThat(smt.identifiers()).containsExactly(
                new Identifier(IdentifierType.INN, "7804552300", "RU", "Tax ID No.", true),
                new Identifier(IdentifierType.OGRN, "1157847407156", "RU", "Registration Number", true));
        assertThat(smt.aliases()).extracting(EntityName::value).containsExactly("SMT AILOGIK OOO");
        assertThat(smt.addresses()).hasSize(2);
    }

    @Test
    void aliasesInTheRemarksAreNames() {
        Entity bnc = byId.get("ofac-sdn:306");
        assertThat(bnc.aliases()).extracting(EntityName::value).contains("BNC", "NATIONAL BANK OF CUBA");
    }

    @Test
    void remarksOverflowIsJoinedFromSdnComments() {
        // 27307's remarks are cut mid-alias in sdn.csv ("WHOIS HACKIN") and continue in sdn_comments.csv ("G TEAM'").
        Entity e = byId.get("ofac-sdn:27307");
        assertThat(e.remarks()).contains("a.k.a. 'WHOIS HACKING TEAM'; a.k.a. 'RED DOT'");
        assertThat(e.aliases()).extracting(EntityName::value).contains("WHOIS HACKING TEAM", "RED DOT", "APPLEWORM");
    }

    @Test
    void aSingleDatedFileReadsAlone() throws Exception {
        ListLoad old = new SdnReader().read(SharedData.file("ofac/history/sdn-2024-02-20.csv"));
        assertThat(old.entities()).hasSize(13_931);
        assertThat(old.files()).hasSize(1);
    }

    @Test
    void badRowsAreRejectedWithTheirLine(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("sdn.csv"), """
                1,"GOOD NAME",-0- ,"SDGT",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0-\r
                2,"SHORT ROW",-0- ,"SDGT"\r
                x3,"BAD ID",-0- ,"SDGT",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0-\r
                1,"DUPLICATE",-0- ,"SDGT",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0-\r
                """ + "\u001a");
        ListLoad l = new SdnReader().read(dir);
        assertThat(l.entities()).extracting(Entity::id).containsExactly("ofac-sdn:1");
        assertThat(l.rejections()).extracting(r -> r.line() + " " + r.reason()).containsExactly(
                "2 expected 12 fields, found 4", "3 not a number: x3", "4 duplicate ent_num 1");
    }

    @Test
    void anEmptyFileIsUnusable(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("sdn.csv"), "\u001a");
        assertThatThrownBy(() -> new SdnReader().read(dir)).isInstanceOf(ListFormatException.class)
                .hasMessage("sdn.csv: the file is empty");
    }

    @Test
    void recognisesTheFolderAndDatedFilesOnly() throws Exception {
        SdnReader r = new SdnReader();
        assertThat(r.recognises(SharedData.file("ofac"))).isTrue();
        assertThat(r.recognises(SharedData.file("ofac/history/sdn-2024-02-23.csv"))).isTrue();
        assertThat(r.recognises(SharedData.file("ofac/add.csv"))).isFalse();
        assertThat(r.recognises(SharedData.file("csl/csl.csv"))).isFalse();
    }
}
