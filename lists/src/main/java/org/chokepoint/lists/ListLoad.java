package org.chokepoint.lists;

import org.chokepoint.model.Entity;
import org.chokepoint.model.Ownership;

import java.time.LocalDate;
import java.util.List;

/**
 * The result of reading one list: its entities, what was rejected and why, and the files read.
 *
 * @param source     the source id ("ofac-sdn")
 * @param entities   the entities, in file order, ids unique
 * @param ownerships ownership relations the list publishes (FollowTheMoney Ownership entities), else empty
 * @param rejections rows read but not stored
 * @param warnings   things a user should know that lose no data (e.g. orphan alias rows counted)
 * @param files      files read, with checksums
 * @param published  the publication date the files state, or null when they state none
 * @param recordsRead how many records (rows, XML elements, JSON lines) were read in all
 */
public record ListLoad(String source, List<Entity> entities, List<Ownership> ownerships, List<Rejection> rejections, List<String> warnings,
                       List<SourceFile> files, LocalDate published, long recordsRead) {
    public ListLoad {
        entities = List.copyOf(entities);
        ownerships = ownerships == null ? List.of() : List.copyOf(ownerships);
        rejections = List.copyOf(rejections);
        warnings = List.copyOf(warnings);
        files = List.copyOf(files);
    }

    public long nameCount() {
        return entities.stream().mapToLong(e -> e.names().size()).sum();
    }

    public long identifierCount() {
        return entities.stream().mapToLong(e -> e.identifiers().size()).sum();
    }
}
