package org.chokepoint.lists.diff;

import org.chokepoint.lists.ofac.SdnReader;
import org.chokepoint.model.Entity;
import org.chokepoint.model.IdentifierType;
import org.chokepoint.model.Identifier;
import org.chokepoint.model.NameKind;
import org.chokepoint.model.Schema;
import org.chokepoint.testkit.SharedData;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ListDiffTest {

    @Test
    void theTwentyThirdOfFebruary2024RoundAdded553Entries() throws Exception {
        var reader = new SdnReader();
        var before = reader.read(SharedData.file("ofac/history/sdn-2024-02-20.csv")).entities();
        var after = reader.read(SharedData.file("ofac/history/sdn-2024-02-23.csv")).entities();
        ListDiff d = ListDiff.compare(before, after);
        assertThat(d.added()).hasSize(553);
        assertThat(d.removed()).isEmpty();
        assertThat(d.added().stream().filter(e -> e.programs().equals(List.of("RUSSIA-EO14024")))).hasSize(551);
        assertThat(d.byProgram().get("RUSSIA-EO14024")[0]).isEqualTo(552); // one more has RUSSIA-EO14024 beside UKRAINE-EO13662
        assertThat(d.added()).extracting(Entity::id).contains("ofac-sdn:45708"); // SEZ Alabuga, the drone plant
        // BAZALT gained RUSSIA-EO14024 and its INN/OGRN in that round.
        EntityChange bazalt = d.changed().stream().filter(c -> c.entityId().equals("ofac-sdn:16862")).findFirst().orElseThrow();
        assertThat(bazalt.changes()).anySatisfy(f -> {
            assertThat(f.field()).isEqualTo("programs");
            assertThat(f.added()).containsExactly("RUSSIA-EO14024");
        });
        assertThat(bazalt.changes()).anySatisfy(f -> assertThat(f.added()).contains("inn 7719830028 (RU)"));
    }

    @Test
    void reportsEachChangedFieldAndNothingForEqualEntities() {
        Entity a = Entity.builder("custom:t", "1").schema(Schema.ORGANIZATION).name("ALPHA LLC", NameKind.PRIMARY).name("ALFA", NameKind.AKA)
                .program("P1").identifier(Identifier.of(IdentifierType.INN, "7702070139", "RU", null)).build();
        Entity b = Entity.builder("custom:t", "1").schema(Schema.ORGANIZATION).name("ALPHA LLC", NameKind.PRIMARY).name("ALFA", NameKind.FKA)
                .program("P1").program("P2").build();
        Entity c = Entity.builder("custom:t", "2").name("GAMMA", NameKind.PRIMARY).build();
        ListDiff d = ListDiff.compare(List.of(a), List.of(b, c));
        assertThat(d.added()).extracting(Entity::id).containsExactly("custom:t:2");
        assertThat(d.changed()).singleElement().satisfies(ch -> assertThat(ch.changes()).extracting(FieldChange::field)
                .containsExactly("aliases", "identifiers", "programs"));
        assertThat(ListDiff.compare(List.of(a), List.of(a)).changed()).isEmpty();
        assertThat(ListDiff.compare(List.of(a, c), List.of(a)).removed()).extracting(Entity::id).containsExactly("custom:t:2");
    }
}
