/**
 * Aggregate trade flows: monthly trade totals by reporter and partner (Eurostat Comext extracts), and
 * the surge of exports to a partner across a break month such as February 2022, with a chart of the
 * series. Aggregates show where trade moved; the shipment records show who moved it.
 */
package org.chokepoint.trade.flows;
