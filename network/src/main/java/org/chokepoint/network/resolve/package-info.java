/**
 * Party resolution: the distinct ways trade records write a party ({@link
 * org.chokepoint.network.resolve.PartyMention}) clustered into resolved parties, with the screening
 * engine's normalisation and token similarity so that trade parties and listed entities are compared
 * the same way. Blocking by country and rare words, a pairwise decision with its evidence, then
 * clustering under constraints: conflicting identifiers never share a cluster, not even through a
 * chain of merges. Entry point: {@link org.chokepoint.network.resolve.PartyResolver}. See {@code
 * docs/network.md}, section "Party resolution".
 */
package org.chokepoint.network.resolve;
