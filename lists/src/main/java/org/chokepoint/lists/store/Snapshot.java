package org.chokepoint.lists.store;

import org.chokepoint.lists.SourceFile;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One stored load of one list.
 *
 * @param id          increasing snapshot number, unique across sources
 * @param source      the list source ("ofac-sdn")
 * @param origin      where it was loaded from (a path or URL)
 * @param loadedAt    when it was stored
 * @param published   publication date stated in the files, or null
 * @param files       files read, with SHA-256
 * @param entities    entity count
 * @param names       name count (primary names and aliases)
 * @param identifiers identifier count
 * @param ownerships  ownership relations
 * @param recordsRead records read from the files
 * @param rejected    records rejected
 * @param warnings    warnings of the load
 * @param current     whether this is the source's current snapshot
 * @param checkedAt   when the list was last read and found to hold this content: {@code loadedAt}, or a later
 *                    update that found the list unchanged and stored nothing new
 */
public record Snapshot(long id, String source, String origin, Instant loadedAt, LocalDate published, List<SourceFile> files,
                       int entities, int names, int identifiers, int ownerships, long recordsRead, int rejected,
                       List<String> warnings, boolean current, Instant checkedAt) {}
