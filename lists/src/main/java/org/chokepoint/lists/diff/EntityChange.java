package org.chokepoint.lists.diff;

import org.chokepoint.model.Entity;

import java.util.List;

/** An entity present in both versions whose listed facts differ. */
public record EntityChange(Entity before, Entity after, List<FieldChange> changes) {
    public String entityId() {
        return after.id();
    }
}
