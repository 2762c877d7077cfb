package org.chokepoint.trade.generate;

import java.util.Locale;

/**
 * The evasion patterns the generator plants. Their ids are the red-flag rule ids the detector documents
 * ({@code docs/red-flags.md}), so that truth and findings speak of the same things.
 */
enum Pattern {
    TRANSSHIPMENT_HUB, SHARED_IDENTIFIER, SHARED_ADDRESS, NEW_PARTY, SPLIT_SHIPMENTS, DESCRIPTION_MISMATCH,
    UNIT_VALUE_OUTLIER, FORWARDER_CONSIGNEE, BUSINESS_MISMATCH, LISTED_CARRIER, EMBARGOED_ARMS, REROUTING;

    /** The stable id: {@code transshipment_hub}, ... */
    String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
