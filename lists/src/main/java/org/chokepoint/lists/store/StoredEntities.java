package org.chokepoint.lists.store;

import org.chokepoint.model.Entity;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.RandomAccess;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * Entities as the store holds them, each parsed from its stored document only when asked for: a command that reads its
 * screening index from disk and screens one name reads a few dozen of the 30,000 listed entities, and parsing them all
 * took longer than reading the index. Their ids are known without parsing. An unmodifiable list; thread-safe (two
 * threads asking for the same entity at once may both parse it, and get equal entities).
 */
public final class StoredEntities extends AbstractList<Entity> implements RandomAccess {
    private final String[] ids;
    private final String[] docs;
    private final AtomicReferenceArray<Entity> parsed;

    StoredEntities(String[] ids, String[] docs) {
        if (ids.length != docs.length) throw new IllegalArgumentException(ids.length + " ids but " + docs.length + " documents");
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
            e = EntityJson.fromJson(docs[i]);
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
