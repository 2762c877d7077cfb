package org.chokepoint.trade.generate;

/**
 * A carrier as declared.
 *
 * @param mode  transport mode of formats.md §1 ("sea", "air", "road", "rail", "post")
 * @param name  airline, shipping line, vessel or haulier name
 * @param imo   the vessel's IMO number (7 digits), or "" when not a vessel
 */
record Carrier(String mode, String name, String imo) {}
