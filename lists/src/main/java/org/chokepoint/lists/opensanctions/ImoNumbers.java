package org.chokepoint.lists.opensanctions;

import org.chokepoint.model.Identifier;
import org.chokepoint.model.IdentifierType;
import org.chokepoint.model.Schema;

/**
 * IMO numbers as OpenSanctions publishes them: on vessels the ship number, on companies the IMO
 * company number (the registered owner or manager). The company number has no check digit, so the
 * ship check says nothing about it: in the Ukraine War and Sanctions export about one company number
 * in ten passes it, as chance predicts. Company numbers are therefore labelled as such and marked
 * valid (a type without a check), so that screening neither trusts nor distrusts them for a check
 * they never had.
 */
final class ImoNumbers {
    private ImoNumbers() {}

    static final String COMPANY_LABEL = "IMO company number";

    static Identifier of(String raw, Schema schema, String label) {
        if (schema == Schema.VESSEL || schema == Schema.UNKNOWN) return Identifier.of(IdentifierType.IMO, raw, null, label);
        String value = IdentifierType.IMO.canonical(raw);
        return new Identifier(IdentifierType.IMO, value, null, COMPANY_LABEL, !value.isEmpty());
    }
}
