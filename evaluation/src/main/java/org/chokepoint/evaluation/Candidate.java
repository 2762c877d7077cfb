package org.chokepoint.evaluation;

/** A scored answer of a matcher: a target entity id and its score in [0, 1]. */
public record Candidate(String entityId, double score) {}
