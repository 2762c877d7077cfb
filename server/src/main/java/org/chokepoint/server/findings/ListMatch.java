package org.chokepoint.server.findings;

/**
 * A party's match against a listed entity, as {@code detect} reported it (formats.md §2).
 *
 * @param list     the list's name
 * @param entityId the listed entity's id ({@code <source>:<native id>})
 * @param name     the listed name
 * @param score    in [0, 1]
 */
public record ListMatch(String list, String entityId, String name, double score) {}
