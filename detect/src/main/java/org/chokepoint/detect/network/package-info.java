/**
 * The trade network of a detector run: the supply graph built from the work database's {@code trade} table
 * and the ranked parties, written as graph exports (GraphML, GEXF, Cytoscape.js JSON), communities of
 * parties that trade together around listed or flagged members, supplier paths to every listed end user,
 * and unlisted parties ranked as designation candidates. Entry point: {@link
 * org.chokepoint.detect.network.TradeNetwork#write}. See {@code docs/network.md}, section "From records to
 * the network: {@code chokepoint network}".
 */
package org.chokepoint.detect.network;
