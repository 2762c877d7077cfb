package org.chokepoint.lists.store;

import org.chokepoint.lists.ListLoad;
import org.chokepoint.lists.Rejection;
import org.chokepoint.lists.SourceFile;
import org.chokepoint.model.Address;
import org.chokepoint.model.Entity;
import org.chokepoint.model.Identifier;
import org.chokepoint.model.IdentifierType;
import org.chokepoint.model.NameKind;
import org.chokepoint.model.Ownership;
import org.chokepoint.model.Schema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SnapshotStoreTest {
    @TempDir
    Path dir;

    static Entity entity(String id, String name) {
        return Entity.builder("custom:test", id).list("Test list").schema(Schema.ORGANIZATION).name(name, NameKind.PRIMARY)
                .name(name + " LLC", NameKind.AKA).name("Гидроагрегат", NameKind.WEAK_AKA)
                .identifier(Identifier.of(IdentifierType.INN, "7702070139", "RU", "Tax ID No."))
                .address(new Address("1 Main St", "Moscow", "101000", null, "RU", "Russia"))
                .program("RUSSIA-EO14024").designated(LocalDate.of(2024, 2, 23)).remarks("r").sourceUrl("https://x").raw("raw,line").build();
    }

    static ListLoad load(int n, String prefix) {
        List<Entity> es = new ArrayList<>();
        for (int i = 0; i < n; i++) es.add(entity(prefix + i, "NAME " + prefix + i));
        return new ListLoad("custom:test", es, List.of(new Ownership("custom:test:o1", "custom:test:" + prefix + "0", "custom:test:" + prefix + "1", 50.0, "shareholder")),
                List.of(new Rejection("f.csv", 3, null, "bad")), List.of("a warning"), List.of(new SourceFile("f.csv", 10, "ab".repeat(32))),
                LocalDate.of(2026, 1, 2), n + 1);
    }

    @Test
    void storesAndReadsBackEveryFieldAcrossReopen() throws Exception {
        Snapshot s;
        try (SnapshotStore store = SnapshotStore.open(dir)) {
            s = store.save(load(3, "a"), "test", 0.5);
        }
        try (SnapshotStore store = SnapshotStore.open(dir)) {
            assertThat(store.current("custom:test")).get().satisfies(c -> {
                assertThat(c.id()).isEqualTo(s.id());
                assertThat(c.entities()).isEqualTo(3);
                assertThat(c.names()).isEqualTo(9);
                assertThat(c.identifiers()).isEqualTo(3);
                assertThat(c.ownerships()).isEqualTo(1);
                assertThat(c.rejected()).isEqualTo(1);
                assertThat(c.published()).isEqualTo(LocalDate.of(2026, 1, 2));
                assertThat(c.files()).containsExactly(new SourceFile("f.csv", 10, "ab".repeat(32)));
                assertThat(c.warnings()).containsExactly("a warning");
            });
            assertThat(store.entities(s.id())).containsExactly(entity("a0", "NAME a0"), entity("a1", "NAME a1"), entity("a2", "NAME a2"));
            assertThat(store.currentOwnerships()).containsExactly(new Ownership("custom:test:o1", "custom:test:a0", "custom:test:a1", 50.0, "shareholder"));
            assertThat(store.rejections(s.id())).containsExactly(new Rejection("f.csv", 3, null, "bad"));
        }
    }

    @Test
    void aListReadAgainUnchangedStoresNothingNewAndRecordsTheCheck() throws Exception {
        try (SnapshotStore store = SnapshotStore.open(dir)) {
            SnapshotStore.Saved first = store.saveIfChanged(load(3, "a"), "one", 0.5);
            assertThat(first.unchanged()).isFalse();
            assertThat(first.snapshot().checkedAt()).isEqualTo(first.snapshot().loadedAt());
            Thread.sleep(5);
            // The same content from another folder and under another file name is the same list.
            ListLoad again = load(3, "a");
            again = new ListLoad(again.source(), again.entities(), again.ownerships(), again.rejections(), again.warnings(),
                    List.of(new SourceFile("renamed.csv", 10, "ab".repeat(32))), again.published(), again.recordsRead());
            SnapshotStore.Saved second = store.saveIfChanged(again, "two", 0.5);
            assertThat(second.unchanged()).isTrue();
            assertThat(second.snapshot().id()).isEqualTo(first.snapshot().id());
            assertThat(second.snapshot().loadedAt()).isEqualTo(first.snapshot().loadedAt());
            assertThat(second.snapshot().checkedAt()).isAfter(first.snapshot().checkedAt());
            assertThat(store.snapshots("custom:test")).hasSize(1);
        }
        // The check time survives a reopen, and the unconditional save still stores a snapshot of the same content.
        try (SnapshotStore store = SnapshotStore.open(dir)) {
            Snapshot current = store.current("custom:test").orElseThrow();
            assertThat(current.checkedAt()).isAfter(current.loadedAt());
            assertThat(store.save(load(3, "a"), "three", 0.5).id()).isGreaterThan(current.id());
            assertThat(store.snapshots("custom:test")).hasSize(2);
        }
    }

    @Test
    void anyDifferenceInWhatIsStoredMakesANewSnapshot() throws Exception {
        try (SnapshotStore store = SnapshotStore.open(dir)) {
            long base = store.saveIfChanged(load(3, "a"), "base", 0.5).snapshot().id();
            ListLoad l = load(3, "a");
            List<Entity> renamed = new ArrayList<>(l.entities());
            renamed.set(1, entity("a1", "NAME a1 RENAMED"));
            List<ListLoad> variants = List.of(
                    new ListLoad(l.source(), renamed, l.ownerships(), l.rejections(), l.warnings(), l.files(), l.published(), l.recordsRead()),
                    new ListLoad(l.source(), l.entities(), List.of(), l.rejections(), l.warnings(), l.files(), l.published(), l.recordsRead()),
                    new ListLoad(l.source(), l.entities(), l.ownerships(), List.of(new Rejection("f.csv", 4, null, "bad")), l.warnings(), l.files(),
                            l.published(), l.recordsRead()),
                    new ListLoad(l.source(), l.entities(), l.ownerships(), l.rejections(), List.of("another warning"), l.files(), l.published(), l.recordsRead()),
                    new ListLoad(l.source(), l.entities(), l.ownerships(), l.rejections(), l.warnings(), l.files(), LocalDate.of(2026, 1, 3), l.recordsRead()),
                    new ListLoad(l.source(), l.entities().reversed(), l.ownerships(), l.rejections(), l.warnings(), l.files(), l.published(), l.recordsRead()));
            long previous = base;
            for (ListLoad v : variants) {
                // Each variant is compared with the current snapshot, which is the variant before it: back to the base first.
                store.saveIfChanged(load(3, "a"), "base again", 0.5);
                SnapshotStore.Saved saved = store.saveIfChanged(v, "variant", 0.5);
                assertThat(saved.unchanged()).as(v.toString()).isFalse();
                assertThat(saved.snapshot().id()).isGreaterThan(previous);
                previous = saved.snapshot().id();
            }
        }
    }

    @Test
    void aSnapshotStoredBeforeFingerprintsWereKeptIsNeverTakenForUnchanged() throws Exception {
        try (SnapshotStore store = SnapshotStore.open(dir)) {
            store.saveIfChanged(load(3, "a"), "old", 0.5);
            try (var s = store.connection().createStatement()) {
                s.execute("UPDATE snapshots SET content = NULL, checked_at = NULL");
            }
            Snapshot old = store.current("custom:test").orElseThrow();
            assertThat(old.checkedAt()).isEqualTo(old.loadedAt());
            assertThat(store.saveIfChanged(load(3, "a"), "new", 0.5).unchanged()).isFalse();
            assertThat(store.saveIfChanged(load(3, "a"), "newer", 0.5).unchanged()).isTrue();
        }
    }

    @Test
    void aNewSnapshotBecomesCurrentAndTheOldOneStaysInHistory() throws Exception {
        try (SnapshotStore store = SnapshotStore.open(dir)) {
            Snapshot first = store.save(load(4, "a"), "one", 0.5);
            Snapshot second = store.save(load(3, "a"), "two", 0.5);
            assertThat(store.current("custom:test")).get().extracting(Snapshot::id).isEqualTo(second.id());
            assertThat(store.snapshots("custom:test")).extracting(Snapshot::id, Snapshot::current)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(second.id(), true), org.assertj.core.groups.Tuple.tuple(first.id(), false));
            assertThat(store.history("custom:test:a3")).extracting(v -> v.snapshot().id()).containsExactly(first.id());
            assertThat(store.history("custom:test:a0")).hasSize(2);
            assertThat(store.currentEntities()).hasSize(3);
        }
    }

    @Test
    void currentEntitiesUnparsedAreTheCurrentEntitiesWithTheirIdsKnownBeforeParsing() throws Exception {
        try (SnapshotStore store = SnapshotStore.open(dir)) {
            store.save(load(4, "a"), "one", 0.5);
            store.save(load(3, "a"), "two", 0.5);
            StoredEntities unparsed = store.currentEntitiesUnparsed();
            List<org.chokepoint.model.Entity> parsed = store.currentEntities();
            assertThat(unparsed.ids()).containsExactlyElementsOf(parsed.stream().map(org.chokepoint.model.Entity::id).toList());
            assertThat(unparsed.id(2)).isEqualTo(parsed.get(2).id());
            assertThat(unparsed).containsExactlyElementsOf(parsed);
            assertThat(unparsed.get(1)).isSameAs(unparsed.get(1));
            StoredEntities onDemand = store.currentEntitiesOnDemand();
            assertThat(onDemand.ids()).containsExactlyElementsOf(unparsed.ids());
            assertThat(onDemand.get(2)).isEqualTo(parsed.get(2));
            assertThat(onDemand).containsExactlyElementsOf(parsed);
            assertThat(onDemand.get(0)).isSameAs(onDemand.get(0));
        }
    }

    @Test
    void aLoadMuchSmallerThanTheCurrentOneIsRefusedAndTheCurrentStays() throws Exception {
        try (SnapshotStore store = SnapshotStore.open(dir)) {
            Snapshot first = store.save(load(10, "a"), "one", 0.5);
            assertThatThrownBy(() -> store.save(load(4, "a"), "truncated", 0.5)).isInstanceOf(StoreException.class)
                    .hasMessageContaining("fewer than 50% of the current snapshot's 10").hasMessageContaining("current snapshot stays");
            assertThat(store.current("custom:test")).get().extracting(Snapshot::id).isEqualTo(first.id());
            assertThat(store.allSnapshots()).hasSize(1);
            assertThat(store.save(load(4, "a"), "allowed", 0).current()).isTrue();
        }
    }

    @Test
    void anEmptyLoadIsRefused() throws Exception {
        try (SnapshotStore store = SnapshotStore.open(dir)) {
            ListLoad empty = new ListLoad("custom:test", List.of(), List.of(), List.of(), List.of(), List.of(), null, 0);
            assertThatThrownBy(() -> store.save(empty, "x", 0.5)).isInstanceOf(StoreException.class).hasMessageContaining("no entities");
            assertThat(store.allSnapshots()).isEmpty();
        }
    }
}
