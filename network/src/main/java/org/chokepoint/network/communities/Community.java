package org.chokepoint.network.communities;

import java.util.List;

/**
 * Parties that trade more among themselves than with the rest.
 *
 * @param id               rank by size, from 0
 * @param members          node keys, sorted
 * @param internalValueUsd value of the trade between members
 * @param listedMembers    the listed members, sorted: a community around a listed end user is a candidate
 *                         evasion network
 */
public record Community(int id, List<String> members, double internalValueUsd, List<String> listedMembers) {
    public Community {
        members = List.copyOf(members);
        listedMembers = List.copyOf(listedMembers);
    }
}
