package org.chokepoint.lists.csl;

import org.chokepoint.country.Countries;
import org.chokepoint.model.Address;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One CSL address, published as free text ("31 Jinrong Street, Xicheng District, Beijing, 100033, CN").
 * Only the country is parsed out: street, city and postal code are in no fixed order across the
 * thirteen source lists, so they stay together in {@link Address#street()} as published.
 */
final class CslAddresses {
    private CslAddresses() {}

    /**
     * The Denied Persons List writes most US addresses without a country ("ANTHONY, NM, 88201").
     * A state code followed by a ZIP code is unambiguous, so those are taken as US addresses.
     */
    private static final Pattern US_STATE_ZIP = Pattern.compile(",\\s*([A-Z]{2}),\\s*\\d{5}(?:-\\d{4})?$");
    private static final Set<String> US_STATES = Set.of(
            "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "DC", "FL", "GA", "HI", "ID", "IL", "IN", "IA", "KS",
            "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY", "NC",
            "ND", "OH", "OK", "OR", "PA", "PR", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY");

    /** The address, its trailing country (ISO code or name) recognised where possible; null for blank text. */
    static Address parse(String text) {
        if (text == null || text.isBlank()) return null;
        String s = text.strip();
        int comma = s.lastIndexOf(',');
        String last = comma < 0 ? s : s.substring(comma + 1).strip();
        String iso = Countries.toIso2(last);
        if (iso != null) {
            String rest = comma < 0 ? null : s.substring(0, comma).strip();
            return new Address(rest == null || rest.isEmpty() ? null : rest, null, null, null, iso, last);
        }
        Matcher m = US_STATE_ZIP.matcher(s);
        if (m.find() && US_STATES.contains(m.group(1))) return new Address(s, null, null, null, "US", null);
        return new Address(s, null, null, null, null, null);
    }
}
