package org.chokepoint.trade.generate;

import java.util.List;

/** The kinds of planted evasion party, each with the patterns it can show. */
enum Archetype {
    /** A company in a transshipment hub that buys CHPL goods and sends them on to Russia or Belarus. */
    HUB(List.of(Pattern.TRANSSHIPMENT_HUB, Pattern.NEW_PARTY, Pattern.SPLIT_SHIPMENTS, Pattern.DESCRIPTION_MISMATCH,
            Pattern.UNIT_VALUE_OUTLIER, Pattern.LISTED_CARRIER, Pattern.BUSINESS_MISMATCH, Pattern.FORWARDER_CONSIGNEE, Pattern.EMBARGOED_ARMS)),
    /** A Russian or Belarusian front company that imports CHPL goods for a listed end user. */
    FRONT(List.of(Pattern.SHARED_IDENTIFIER, Pattern.SHARED_ADDRESS, Pattern.NEW_PARTY, Pattern.SPLIT_SHIPMENTS, Pattern.DESCRIPTION_MISMATCH,
            Pattern.UNIT_VALUE_OUTLIER, Pattern.BUSINESS_MISMATCH, Pattern.FORWARDER_CONSIGNEE, Pattern.LISTED_CARRIER)),
    /** A supplier in a producer country that sold CHPL goods to Russia before 2022 and to a hub company after. */
    REROUTER(List.of(Pattern.REROUTING, Pattern.SPLIT_SHIPMENTS, Pattern.DESCRIPTION_MISMATCH, Pattern.UNIT_VALUE_OUTLIER)),
    /** A supplier of arms, munitions or drones from North Korea or Iran, or a hub firm dispatching them. */
    ARMS(List.of(Pattern.EMBARGOED_ARMS, Pattern.LISTED_CARRIER, Pattern.DESCRIPTION_MISMATCH));

    final List<Pattern> allowed;

    Archetype(List<Pattern> allowed) {
        this.allowed = allowed;
    }

    /** The pattern every party of this kind shows, or null when it shows any of its patterns. */
    Pattern core() {
        return switch (this) {
            case HUB -> Pattern.TRANSSHIPMENT_HUB;
            case REROUTER -> Pattern.REROUTING;
            case ARMS -> Pattern.EMBARGOED_ARMS;
            case FRONT -> null;
        };
    }
}
