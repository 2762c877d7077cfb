package org.chokepoint.detect.watchlist;

import org.chokepoint.model.Entity;
import org.chokepoint.model.NameKind;
import org.chokepoint.model.Ownership;
import org.chokepoint.model.Schema;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class OwnershipBlocksTest {
    /** A company a list carries only as a relation of a listed one (OpenSanctions "target": false, no sanction). */
    static Entity related(String id, String name) {
        return Entity.builder("test", id).list("Test List").schema(Schema.ORGANIZATION).name(name, NameKind.PRIMARY)
                .raw("{\"id\": \"" + id + "\", \"schema\": \"Company\", \"target\": false}").build();
    }

    static Entity listed(String id, String name) {
        return Entity.builder("test", id).list("Test List").schema(Schema.ORGANIZATION).name(name, NameKind.PRIMARY).program("RUSSIA-EO14024").build();
    }

    static Ownership own(String id, String owner, String asset, Double pct, String role) {
        return new Ownership("rel:" + id, "test:" + owner, "test:" + asset, pct, role);
    }

    private final Entity parent = listed("1", "ALMAZ HOLDING CORPORATION");
    private final Entity middle = related("2", "KRASNAYA ZVEZDA INVEST");
    private final Entity sub = related("3", "PRIBOR TEKHNIKA");
    private final Entity quarter = related("4", "ELEKTRON SERVIS");
    private final Entity ringA = related("5", "KOLTSO ODIN");
    private final Entity ringB = related("6", "KOLTSO DVA");
    private final Entity directed = related("7", "SOVET DIREKTOROV");
    private final List<Entity> entities = List.of(parent, middle, sub, quarter, ringA, ringB, directed);
    private final List<Ownership> relations = List.of(
            own("a", "1", "2", 60.0, "shareholder"), own("b", "2", "3", 55.0, "shareholder"),
            own("c", "1", "4", 25.0, "shareholder"),
            own("d", "5", "6", 70.0, null), own("e", "6", "5", 70.0, null),
            own("f", "3", "5", 20.0, null),
            own("g", "1", "7", null, "director"));

    @Test
    void listedMeansNamedByAList() {
        assertThat(OwnershipBlocks.listed(parent)).isTrue();
        assertThat(OwnershipBlocks.listed(middle)).isFalse();
        Entity targetTrue = Entity.builder("test", "9").name("X", NameKind.PRIMARY).raw("{\"target\": true}").build();
        Entity csv = Entity.builder("test", "10").name("Y", NameKind.PRIMARY).raw("10,\"Y\",-0-").build();
        assertThat(OwnershipBlocks.listed(targetTrue)).isTrue();
        assertThat(OwnershipBlocks.listed(csv)).isTrue();
    }

    @Test
    void twoLayersBlockTheSubsidiaryAndTheExplanationGivesThePath() {
        OwnershipBlocks b = OwnershipBlocks.compute(entities, relations);
        assertThat(b.ofacFindings()).extracting(f -> f.entityId()).containsExactly("test:2", "test:3");
        assertThat(b.ofac("test:3").path()).containsExactly("test:1", "test:2", "test:3");
        assertThat(b.path("test:3")).extracting(OwnershipBlocks.Step::percent).containsExactly(60.0, 55.0);
        assertThat(b.explain("test:3")).isEqualTo("Blocked under OFAC's 50% rule and the EU ownership and control rule: owned 55% by "
                + "KRASNAYA ZVEZDA INVEST (test:2, not itself listed), which is owned 60% by ALMAZ HOLDING CORPORATION (test:1, Test List, listed).");
    }

    @Test
    void aQuarterIsNotEnoughAndACycleWithoutListedOwnersTerminatesUnblocked() {
        OwnershipBlocks b = OwnershipBlocks.compute(entities, relations);
        assertThat(b.blocked("test:4")).isFalse();
        assertThat(b.blocked("test:5")).isFalse();
        assertThat(b.blocked("test:6")).isFalse();
        assertThat(b.explain("test:4")).isNull();
        assertThat(b.screenable(entities)).extracting(Entity::id).containsExactly("test:1", "test:2", "test:3", "test:7");
    }

    @Test
    void controlBlocksUnderTheEuRuleOnly() {
        OwnershipBlocks b = OwnershipBlocks.compute(entities, relations);
        assertThat(b.ofac("test:7")).isNull();
        assertThat(b.eu("test:7")).isNotNull();
        assertThat(b.explain("test:7")).startsWith("Blocked under the EU ownership and control rule (not OFAC's")
                .contains("controlled by ALMAZ HOLDING CORPORATION");
    }

    @Test
    void aCycleReachedFromAListedOwnerBlocksAroundIt() {
        // The blocked subsidiary buys 40% more of the ring: 20 + 40 = 60% of KOLTSO ODIN, which holds 70% of KOLTSO DVA.
        List<Ownership> more = new java.util.ArrayList<>(relations);
        more.add(own("h", "3", "5", 40.0, null));
        OwnershipBlocks b = OwnershipBlocks.compute(entities, more);
        assertThat(b.ofac("test:5").path()).containsExactly("test:1", "test:2", "test:3", "test:5");
        assertThat(b.ofac("test:6").path()).containsExactly("test:1", "test:2", "test:3", "test:5", "test:6");
        assertThat(b.explain("test:5")).contains("owned 60% by PRIBOR TEKHNIKA");
    }

    @Test
    void ownersOutsideTheListsAreIntermediatesAndAggregatesAreSpelledOut() {
        List<Ownership> rel = List.of(new Ownership("u1", "test:1", "user:shell", 100.0, null),
                new Ownership("u2", "user:shell", "test:4", 30.0, null), own("c", "1", "4", 25.0, null));
        OwnershipBlocks b = OwnershipBlocks.compute(entities, rel);
        assertThat(b.blocked("test:4")).isTrue();
        assertThat(b.blockedOutsideLists()).containsExactly("user:shell");
        assertThat(b.idsOutsideLists()).containsExactly("user:shell");
        assertThat(b.explain("test:4")).contains("owned 25% by ALMAZ HOLDING CORPORATION")
                .contains("blocked owners hold 55% in aggregate (ALMAZ HOLDING CORPORATION 25%, user:shell 30%)");
    }
}
