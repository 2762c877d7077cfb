package org.chokepoint.lists;

/** A file a snapshot was loaded from: name, size and SHA-256, so a user can tell exactly what was read. */
public record SourceFile(String name, long bytes, String sha256) {}
