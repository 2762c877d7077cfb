package org.chokepoint.trade.flows;

import java.util.List;

/**
 * The monthly series of one reporter and flow, one per partner.
 *
 * @param reporter the reporter as the source names it
 * @param flow     EXPORT or IMPORT, from the reporter's side
 * @param partners the series, in the order partners first appear in the file
 * @param notes    what was done to the data on the way (duplicates dropped), for the reader of the figures
 */
public record TradeFlows(String reporter, String flow, List<PartnerSeries> partners, List<String> notes) {
    public TradeFlows {
        partners = List.copyOf(partners);
        notes = List.copyOf(notes);
    }
}
