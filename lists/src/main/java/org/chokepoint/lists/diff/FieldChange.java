package org.chokepoint.lists.diff;

import java.util.List;

/**
 * One field of an entity that changed between two versions.
 *
 * @param field   "name", "aliases", "identifiers", "programs", "addresses", "countries", "schema", "remarks"
 * @param removed values present before and gone now
 * @param added   values new in the later version
 */
public record FieldChange(String field, List<String> removed, List<String> added) {}
