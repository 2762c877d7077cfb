package org.chokepoint.detect.flags;

import org.chokepoint.detect.party.NameFacts;
import org.chokepoint.detect.watchlist.ListedHit;
import org.chokepoint.trade.goods.GoodsClass;
import org.chokepoint.trade.record.Shipment;

/**
 * Everything a {@link RecordRule} may look at: the declaration line, its goods, what the parties' names
 * say about them, and whether its carrier or manufacturer is listed (null when not).
 */
public record RecordFacts(Shipment shipment, GoodsClass goods, NameFacts exporter, NameFacts importer,
                          ListedHit carrier, ListedHit manufacturer) {}
