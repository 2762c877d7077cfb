package org.chokepoint.server.network;

/**
 * A node of the exported trade graph.
 *
 * @param key       the graph's key ("p12" for a party, the entity id for a listed entity)
 * @param listedEntity true for a list record, false for a trade party
 * @param label     the name
 * @param country   ISO alpha-2, or null
 * @param listed    a listed entity, or a party that is listed or matches one
 * @param risk      in [0, 1]
 * @param partyId   the party's id in parties.jsonl, or null (list records; a party the index does not name)
 * @param community the rank of its community in communities.json, or 0 for none reported
 */
public record NetNode(String key, boolean listedEntity, String label, String country, boolean listed, double risk, String partyId, int community) {}
