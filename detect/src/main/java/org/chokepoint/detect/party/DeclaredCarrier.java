package org.chokepoint.detect.party;

import org.chokepoint.detect.watchlist.ListedHit;
import org.chokepoint.text.NameNormalizer;
import org.chokepoint.text.NormalizedName;

import java.util.List;

/**
 * Whether a listed entity that a declared carrier's name matched is that carrier. An airline or shipping line is
 * named by its distinctive word ("Mahan", "Iran Air", "Rossiya"); the rest of its name says what it does ("air",
 * "cargo", "airlines", "shipping") or where it is from. A screening score alone let such words carry the match:
 * "Korean Air Cargo" met the listed AIR FREIGHT LTD and "Turkish Cargo" the listed Russian Cargo Oy at 0.87-0.88,
 * and every consignment flown by two of the world's largest cargo airlines was flagged as carried by a listed one.
 * So the names must agree word for word as a trade party's must to be taken as the listed entity
 * ({@link ListedEvidence#nameGap}): no word of the carrier's own that names something, the listed name's distinctive
 * words present, not one shared word with different words beside it on both sides. And the places they name must agree
 * ({@link CarrierPlaces}): a flag carrier is named for its country or city ("Air Astana" is not IRAN AIR). A vessel
 * found by its IMO number is decided by the number and not checked here. Pure and thread-safe.
 */
public final class DeclaredCarrier {
    private DeclaredCarrier() {}

    /** True when {@code hit}, a name match of the declared {@code carrier}, names the same carrier. Null either: false. */
    public static boolean named(String carrier, ListedHit hit) {
        if (carrier == null || carrier.isBlank() || hit == null) return false;
        NormalizedName declared = NameNormalizer.standard().normalize(carrier);
        if (ListedEvidence.nameGap(List.of(declared), hit.matchedName()) != null) return false;
        return !CarrierPlaces.differ(CarrierPlaces.of(declared.tokens()),
                CarrierPlaces.of(NameNormalizer.standard().normalize(hit.matchedName()).tokens()));
    }
}
