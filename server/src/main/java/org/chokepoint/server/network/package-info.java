/**
 * The trade network of a {@code detect} run as the desk shows it: the graph export, communities, supply paths
 * and designation candidates written beside the findings (docs/network.md), read once and held in memory;
 * a party's neighbourhood cut to a size a browser can draw; and the flows of goods through hub countries.
 */
package org.chokepoint.server.network;
