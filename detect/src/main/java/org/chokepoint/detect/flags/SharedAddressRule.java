package org.chokepoint.detect.flags;

import org.chokepoint.detect.watchlist.AddressIndex;
import org.chokepoint.detect.watchlist.ListedHit;
import org.chokepoint.detect.watchlist.ListedIndex;

import java.util.Map;

/**
 * {@code shared_address}: the party's declared address is the address of a listed entity it does not
 * match by name (see {@link AddressIndex} for what counts as the same address).
 */
public final class SharedAddressRule implements PartyRule {
    public static final String ID = "shared_address";

    @Override
    public RuleInfo info() {
        return new RuleInfo(ID, "Address shared with a listed entity",
                "The party's declared address shares its house or office number and most distinctive words with the address of a listed entity it does not match by name.",
                "Fronts are registered at the offices of the listed firms they serve; an address shared with a listed party is a FinCEN-BIS red flag.",
                "FinCEN-BIS joint alerts; ../shared/docs/domain.md red flag 7",
                Map.of("min_shared_words", Integer.toString(3), "min_cover", "0.7"));
    }

    @Override
    public PartyFlag check(PartyFacts p, ListedIndex lists) {
        for (String address : p.addresses()) {
            for (AddressIndex.AddressHit h : lists.atAddress(address, p.country())) {
                boolean named = p.hits().stream().map(ListedHit::entityId).anyMatch(h.entity().id()::equals);
                if (named) continue;
                return new PartyFlag(p.party(), ID, 0.5, p.records(), p.recordCount(),
                        "Declared address '" + address + "' is the address of listed " + h.entity().name() + " (" + h.entity().id() + "): '" + h.listedAddress() + "'.");
            }
        }
        return null;
    }
}
