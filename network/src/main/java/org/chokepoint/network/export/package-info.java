/**
 * Writers of the {@link org.chokepoint.network.graph.SupplyGraph} in the formats graph tools read:
 * GraphML (yEd, Gephi, NetworkX), GEXF (Gephi) and Cytoscape.js JSON. Pure functions to a {@link
 * java.io.Writer}, the same bytes for the same graph. See {@code docs/network.md}, section "Exports".
 */
package org.chokepoint.network.export;
