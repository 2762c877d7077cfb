package org.chokepoint.network.graph;

import java.util.List;
import java.util.Objects;

/**
 * A resolved trade party as a node.
 *
 * @param id            the resolved party id ({@link org.chokepoint.network.resolve.ResolvedParty#id()})
 * @param name          canonical name
 * @param country       ISO 3166-1 alpha-2
 * @param listed        whether screening matched it to a listed entity
 * @param listEntityIds the listed entities it matched ("ofac-sdn:12345"), empty when none
 * @param risk          the risk in [0, 1] given by the caller (0 when not ranked yet)
 */
public record PartyNode(int id, String name, String country, boolean listed, List<String> listEntityIds, double risk) {
    public PartyNode {
        name = Objects.requireNonNullElse(name, "");
        country = Objects.requireNonNullElse(country, "");
        listEntityIds = List.copyOf(listEntityIds);
        if (!(risk >= 0 && risk <= 1)) throw new IllegalArgumentException("party " + id + ": risk must be in [0, 1], got " + risk);
    }

    /** The node key in the graph: "p" and the id. */
    public String key() {
        return key(id);
    }

    public static String key(int partyId) {
        return "p" + partyId;
    }
}
