package org.chokepoint.detect.watchlist;

import org.chokepoint.model.Entity;
import org.chokepoint.model.Identifier;
import org.chokepoint.model.IdentifierType;
import org.chokepoint.model.NameKind;
import org.chokepoint.model.Schema;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A declared number finds its listed holder when a party of the declaring country could hold it. */
class ListedIdentifierTest {
    private static final Entity LAVINA = Entity.builder("test", "1").list("Test List").schema(Schema.ORGANIZATION)
            .name("OOO LAVINA PULS", NameKind.PRIMARY).country("RU")
            .identifier(Identifier.of(IdentifierType.INN, "7704374171", "RU", "Tax ID No."))
            .identifier(Identifier.of(IdentifierType.OKPO, "04897659", "RU", "Government Gazette Number")).build();
    private static final Entity VESSEL = Entity.builder("test", "2").list("Test List").schema(Schema.VESSEL)
            .name("GRACE OCEAN", NameKind.PRIMARY).identifier(Identifier.of(IdentifierType.IMO, "9252967", "PA", "IMO")).build();
    private static final ListedIndex LISTS = ListedIndex.build(List.of(LAVINA, VESSEL));

    @Test
    void aShortNationalNumberCountsOnlyForAPartyOfItsCountry() {
        // Eight digits: a Hong Kong business registration number is a Russian OKPO code as often as the spaces overlap.
        assertThat(LISTS.byIdentifier("04897659", "HK")).isEmpty();
        assertThat(LISTS.byIdentifier("04897659", "RU")).containsExactly(LAVINA);
        assertThat(LISTS.byIdentifier("04897659", null)).containsExactly(LAVINA);
        assertThat(LISTS.byIdentifier("04897659")).containsExactly(LAVINA);
    }

    @Test
    void aLongNumberOrAWorldwideOneCountsWhereverThePartyIs() {
        // A front abroad declaring a listed firm's INN: ten digits do not meet by chance.
        assertThat(LISTS.byIdentifier("INN 7704374171", "AE")).containsExactly(LAVINA);
        assertThat(LISTS.byIdentifier("IMO 9252967", "HK")).containsExactly(VESSEL);
    }
}
