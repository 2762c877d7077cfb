package org.chokepoint.lists.custom;

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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CustomListReaderTest {

    @Test
    void theDefaultColumns(@TempDir Path dir) throws Exception {
        Path f = Files.writeString(dir.resolve("denied.csv"), """
                id,name,aliases,type,country,identifiers,address,program,remarks,extra
                C-1,OOO Vector,Vektor LLC; ООО «Вектор»,organization,Russia;KZ,INN 7702070139; OGRN 1027739609391,"Moscow, Tverskaya 1",DENIED;AUDIT-2024,"Refused 2024-03, see case 17",ignored
                C-2,ROSALIN,,vessel,,IMO 9253325,,,,
                """);
        ListLoad l = new CustomListReader("denied").read(f);
        assertThat(l.source()).isEqualTo("custom:denied");
        assertThat(l.rejections()).isEmpty();
        assertThat(l.warnings()).isEmpty();
        assertThat(l.recordsRead()).isEqualTo(2);
        assertThat(l.published()).isNull();
        Entity e = l.entities().get(0);
        assertThat(e.id()).isEqualTo("custom:denied:C-1");
        assertThat(e.nativeId()).isEqualTo("C-1");
        assertThat(e.list()).isEqualTo("denied");
        assertThat(e.schema()).isEqualTo(Schema.ORGANIZATION);
        assertThat(e.names()).containsExactly(new EntityName("OOO Vector", NameKind.PRIMARY), new EntityName("Vektor LLC", NameKind.AKA),
                new EntityName("ООО «Вектор»", NameKind.AKA));
        assertThat(e.countries()).containsExactly("RU", "KZ");
        assertThat(e.identifiers()).containsExactly(new Identifier(IdentifierType.INN, "7702070139", null, "INN", true),
                new Identifier(IdentifierType.OGRN, "1027739609391", null, "OGRN", true));
        assertThat(e.addresses()).containsExactly(new Address("Moscow, Tverskaya 1", null, null, null, null, null));
        assertThat(e.programs()).containsExactly("DENIED", "AUDIT-2024");
        assertThat(e.remarks()).isEqualTo("Refused 2024-03, see case 17");
        assertThat(e.designated()).isNull();
        assertThat(e.raw()).startsWith("C-1,OOO Vector,");
        Entity v = l.entities().get(1);
        assertThat(v.schema()).isEqualTo(Schema.VESSEL);
        assertThat(v.identifiers()).containsExactly(new Identifier(IdentifierType.IMO, "9253325", null, "IMO", true));
    }

    @Test
    void aMappedFileWithBadRows(@TempDir Path dir) throws Exception {
        Path f = Files.writeString(dir.resolve("customers.csv"), """
                Cust_No,Customer_Name,Kind,Land,Ids
                100,Alpha GmbH,company,DE,passport X1234567
                ,No Id Ltd,company,GB,
                101,,company,GB,
                100,Alpha again,company,DE,
                102,"Multi
                Line Ltd",spaceship,Narnia,OKPO 07509379; whatever 42
                """);
        ColumnMapping m = ColumnMapping.parse("id=cust_no,name=customer_name,type=kind,country=land,identifiers=ids");
        ListLoad l = new CustomListReader("customers", m).read(f);
        assertThat(l.entities()).extracting(Entity::nativeId).containsExactly("100", "102");
        assertThat(l.rejections()).containsExactly(
                new Rejection("customers.csv", 3, "cust_no", "no id"),
                new Rejection("customers.csv", 4, "customer_name", "no name for id 101"),
                new Rejection("customers.csv", 5, "cust_no", "duplicate id 100 (first on line 2)"));
        Entity multi = l.entities().get(1);
        assertThat(multi.name()).isEqualTo("Multi\nLine Ltd");
        assertThat(multi.schema()).isEqualTo(Schema.UNKNOWN);
        assertThat(multi.countries()).isEmpty();
        assertThat(multi.identifiers()).extracting(Identifier::type).containsExactly(IdentifierType.OKPO, IdentifierType.OTHER);
        assertThat(l.warnings()).containsExactly(
                "1 rows with a type that is not person, organization, vessel or aircraft: kept as unknown",
                "1 countries not recognised: not used",
                "first not understood: type 'spaceship' on line 6");
        assertThat(l.entities().get(0).identifiers()).containsExactly(new Identifier(IdentifierType.PASSPORT, "X1234567", null, "passport", true));
    }

    @Test
    void aMissingRequiredColumnNamesTheFileAndTheColumn(@TempDir Path dir) throws Exception {
        Path f = Files.writeString(dir.resolve("customers.csv"), "cust_no,full_name\n1,A\n");
        ColumnMapping m = ColumnMapping.parse("id=cust_no,name=customer_name");
        assertThatThrownBy(() -> new CustomListReader("customers", m).read(f)).isInstanceOf(ListFormatException.class)
                .hasMessageContaining("customers.csv").hasMessageContaining("'customer_name'").hasMessageContaining("(the name)")
                .hasMessageContaining("cust_no, full_name");
    }

    @Test
    void aMappedOptionalColumnThatIsMissingIsWarnedAbout(@TempDir Path dir) throws Exception {
        Path f = Files.writeString(dir.resolve("x.csv"), "id,name\n1,A\n");
        ListLoad l = new CustomListReader("x", ColumnMapping.parse("aliases=alt_names")).read(f);
        assertThat(l.entities()).hasSize(1);
        assertThat(l.warnings()).containsExactly("column 'alt_names' (the aliases) is not in the header: not read");
    }

    @Test
    void listNames() {
        assertThat(new CustomListReader("internal_denied-2").source()).isEqualTo("custom:internal_denied-2");
        for (String bad : new String[] {"", "Denied", "-x", "a b", "a:b", "ä"}) {
            assertThatThrownBy(() -> new CustomListReader(bad)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("custom list name");
        }
        assertThatThrownBy(() -> new CustomListReader(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void recognisesOnlyCustomCsvFiles(@TempDir Path dir) throws Exception {
        CustomListReader r = new CustomListReader("x");
        assertThat(r.recognises(Files.writeString(dir.resolve("denied.custom.csv"), "id,name\n"))).isTrue();
        assertThat(r.recognises(Files.writeString(dir.resolve("denied.csv"), "id,name\n"))).isFalse();
        assertThat(r.recognises(dir)).isFalse();
    }
}
