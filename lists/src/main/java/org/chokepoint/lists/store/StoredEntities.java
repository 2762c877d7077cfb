package org.chokepoint.lists.store;

import org.chokepoint.model.Entity;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.RandomAccess;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.IntFunction;

/**
 * Entities as the store holds them, each parsed from its stored document only when asked for: a command that reads its
 * screening index from disk and screens one name reads a few dozen of the 30,000 listed entities, and parsing them all
 * took longer than reading the index. Their ids are known without parsing. The documents are either all read up front
 * ({@link SnapshotStore#currentEntitiesUnparsed}) or each read from the store when its entity is first asked for
 * ({@link SnapshotStore#currentEntitiesOnDemand}: the store must stay open meanwhile). An unmodifiable list;
 * thread-safe (two threads asking for the same entity at once may both parse it, and get equal entities).
 */
public final class StoredEntities extends AbstractList<Entity> implements RandomAccess {
    private final String[] ids;
    private final IntFunction<String> docs;
    private final AtomicReferenceArray<Entity> parsed;

    StoredEntities(String[] ids, String[] docs) {
        this(ids, i -> docs[i]);
        if (ids.length != docs.length) throw new IllegalArgumentException(ids.length + " ids but " + docs.length + " documents");
    }

    /** @param docs the stored document of entity {@code i}; called at most once per entity unless two threads race */
    StoredEntities(String[] ids, IntFunction<String> docs) {
        this.ids = ids;
        this.docs = docs;
        this.parsed = new AtomicReferenceArray<>(ids.length);
    }

    /** The id of entity {@code i}, without parsing it. */
    public String id(int i) {
        return ids[i];
    }

    /** Every entity's id, in order, without parsing them; unmodifiable. */
    public List<String> ids() {
        return java.util.Collections.unmodifiableList(Arrays.asList(ids));
    }

    @Override
    public Entity get(int i) {
        Entity e = parsed.get(i);
        if (e == null) {
            e = EntityJson.fromJson(docs.apply(i));
            if (!e.id().equals(ids[i])) throw new IllegalStateException("stored entity " + ids[i] + " has id " + e.id() + " in its document");
            parsed.compareAndSet(i, null, e);
        }
        return e;
    }

    @Override
    public int size() {
        return ids.length;
    }
}
