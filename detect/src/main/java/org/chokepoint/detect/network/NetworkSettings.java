package org.chokepoint.detect.network;

import java.util.EnumSet;
import java.util.Set;

/**
 * What the trade network writes and how far it searches. Immutable.
 *
 * @param formats          graph exports written, in declaration order (may be empty: communities, paths and candidates are always written)
 * @param pathHops         longest supplier chain searched back from a listed end user, in sales, at least 1
 * @param pathsPerEndUser  supplier chains kept per listed end user, at least 1
 * @param candidateHops    trade hops to a listed party within which an unlisted party is a designation candidate, at least 1
 * @param exportNodeLimit  a graph with more nodes than this is exported only around listed and flagged parties, at least 1
 * @param exportEdgeLimit  likewise for edges, at least 1
 * @param sharedGroupLimit an identifier or address declared by more parties than this links none of them (a
 *                         registered agent's address is not a relation), at least 2
 * @param communityMembers members written per community in communities.json (all are counted), at least 1
 */
public record NetworkSettings(Set<GraphFormat> formats, int pathHops, int pathsPerEndUser, int candidateHops,
                              int exportNodeLimit, int exportEdgeLimit, int sharedGroupLimit, int communityMembers) {
    /** All formats; chains of up to 3 sales (producer, hub, end user and one more intermediary), 10 per end user; candidates within 3 hops; exports up to 5,000 nodes and 50,000 edges. */
    public static final NetworkSettings DEFAULTS = new NetworkSettings(EnumSet.allOf(GraphFormat.class), 3, 10, 3, 5_000, 50_000, 20, 200);

    public NetworkSettings {
        formats = java.util.Collections.unmodifiableSet(formats.isEmpty() ? EnumSet.noneOf(GraphFormat.class) : EnumSet.copyOf(formats));
        if (pathHops < 1 || pathsPerEndUser < 1 || candidateHops < 1 || exportNodeLimit < 1 || exportEdgeLimit < 1 || communityMembers < 1)
            throw new IllegalArgumentException("network settings must be at least 1");
        if (sharedGroupLimit < 2) throw new IllegalArgumentException("sharedGroupLimit must be at least 2, got " + sharedGroupLimit);
    }
}
