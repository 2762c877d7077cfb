package org.chokepoint.detect.watchlist;

import org.chokepoint.lists.ListLoad;
import org.chokepoint.lists.opensanctions.FtmReader;
import org.chokepoint.lists.store.SnapshotStore;
import org.chokepoint.model.Entity;
import org.chokepoint.model.Ownership;
import org.chokepoint.model.Schema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Ownership as the lists carry it: a FollowTheMoney file (a sanctioned holding, two companies OpenSanctions marks
 * {@code "target": false}, Ownership entities) read by the list reader, stored and read back from the snapshot
 * store, as {@code detect} does.
 */
class OwnershipFromListsTest {
    @TempDir
    Path data;

    @Test
    void storedFollowTheMoneyOwnershipBlocksTheSubsidiaryAndMakesItScreenable() throws Exception {
        Path file = Path.of(getClass().getResource("ownership.ftm.json").toURI());
        ListLoad load = new FtmReader().read(file);
        List<Entity> entities;
        List<Ownership> relations;
        try (SnapshotStore store = SnapshotStore.open(data)) {
            store.save(load, file.toString(), 0);
            entities = store.currentEntities();
            relations = store.currentOwnerships();
        }
        assertThat(relations).hasSize(3);
        assertThat(entities).filteredOn(OwnershipBlocks::listed).extracting(Entity::id).containsExactly("opensanctions:NK-parent");
        OwnershipBlocks blocks = OwnershipBlocks.compute(entities, relations);
        assertThat(blocks.ofacFindings()).extracting(f -> f.entityId()).containsExactly("opensanctions:NK-middle", "opensanctions:NK-sub");
        assertThat(blocks.explain("opensanctions:NK-sub")).contains("owned 55% by KRASNAYA ZVEZDA INVEST (opensanctions:NK-middle, not itself listed), "
                + "which is owned 60% by ALMAZ HOLDING CORPORATION (opensanctions:NK-parent, test_ownership, listed)");

        ListedIndex index = ListedIndex.build(entities, blocks, 0.8);
        assertThat(index.entityCount()).as("the 25%-owned company is not screened").isEqualTo(3);
        assertThat(index.screen("ООО Прибор Техника", "RU", null, Schema.UNKNOWN, 3)).first()
                .satisfies(h -> assertThat(h.entityId()).isEqualTo("opensanctions:NK-sub"));
        assertThat(index.screen("OOO Elektron Servis", "RU", null, Schema.UNKNOWN, 3)).isEmpty();
    }
}
