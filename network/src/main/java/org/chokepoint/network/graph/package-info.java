/**
 * The supply graph: resolved trade parties and listed entities as nodes; trade, shared-identifier,
 * shared-address, ownership and list-match relations as edges ({@link org.chokepoint.network.graph.SupplyGraph}).
 * Answers how far each party is from listed parties along the flow of goods, how much value it sends
 * their way, and which supplier paths lead to each listed end user. Input types are this module's own,
 * so the module does not depend on {@code trade}. See {@code docs/network.md}, section "Trade graph".
 */
package org.chokepoint.network.graph;
