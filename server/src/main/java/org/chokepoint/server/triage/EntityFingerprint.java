package org.chokepoint.server.triage;

import org.chokepoint.lists.store.EntityJson;
import org.chokepoint.model.Entity;
import org.chokepoint.server.auth.Secrets;

/**
 * A fingerprint of a listed entity's record: SHA-256 of its stored JSON without the raw source text
 * (names, aliases, identifiers, programs, addresses, countries, dates, remarks). Two snapshots give the
 * same fingerprint exactly when the record says the same things, so decision memory survives a reload of
 * an unchanged list and lapses when the record changes. Thread-safe.
 */
public final class EntityFingerprint {
    /** The fingerprint of an entity no current list holds. */
    public static final String ABSENT = "absent";

    private EntityFingerprint() {}

    public static String of(Entity e) {
        return e == null ? ABSENT : Secrets.digest(EntityJson.toNode(e, false).toString());
    }
}
