package org.chokepoint.lists.store;

import org.chokepoint.model.Entity;

/** An entity as it stood in one snapshot. */
public record EntityVersion(Snapshot snapshot, Entity entity) {}
