package org.chokepoint.detect.flags;

import org.chokepoint.detect.watchlist.ListedHit;
import org.chokepoint.detect.watchlist.ListedIndex;
import org.chokepoint.model.Entity;

import java.util.Map;

/**
 * {@code shared_identifier}: the party declares an identifier (INN, OGRN, IMO, LEI, registration or tax
 * number) that a listed entity holds, while its name does not match that entity: a front using a listed
 * firm's tax number, or a listed firm under a new name. A checksum-valid number that matches is stronger
 * evidence than any name similarity.
 */
public final class SharedIdentifierRule implements PartyRule {
    public static final String ID = "shared_identifier";

    @Override
    public RuleInfo info() {
        return new RuleInfo(ID, "Identifier shared with a listed entity",
                "The party declares an identifier (INN, OGRN, IMO, LEI, registration or tax number) held by a listed entity whose name it does not match.",
                "Fronts reuse listed companies' registration and tax numbers, and listed companies re-register under new names with the same numbers.",
                "../shared/docs/domain.md 'Identifiers hide in free text'; OFAC SDN remarks", Map.of());
    }

    @Override
    public PartyFlag check(PartyFacts p, ListedIndex lists) {
        for (String id : p.identifiers()) {
            for (Entity e : lists.byIdentifier(id, p.country())) {
                boolean named = p.hits().stream().map(ListedHit::entityId).anyMatch(e.id()::equals);
                if (named) continue;
                return new PartyFlag(p.party(), ID, 0.7, p.records(), p.recordCount(),
                        "Declares identifier " + id + ", which listed " + e.name() + " (" + e.id() + ", " + e.list() + ") holds.");
            }
        }
        return null;
    }
}
