package org.chokepoint.detect;

/**
 * A list snapshot the run screened against, for the summary: which source, which snapshot, published
 * and loaded when, how many entities.
 */
public record ListUsed(String source, long snapshot, String published, String loaded, int entities) {}
