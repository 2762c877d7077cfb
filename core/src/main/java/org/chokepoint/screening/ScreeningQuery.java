package org.chokepoint.screening;

import org.chokepoint.identifier.IdentifierText;
import org.chokepoint.model.Identifier;
import org.chokepoint.model.Schema;

import java.util.List;

/**
 * What to screen: a name in any script, with what else is known of the party.
 *
 * @param name        the party's name as given
 * @param country     ISO alpha-2 of the party, or null
 * @param schema      person, organization, vessel, aircraft, or null/UNKNOWN when not known
 * @param identifiers identifiers the party declared (INN, OGRN, IMO, ...)
 * @param limit       at most this many matches, best first
 * @param minScore    matches below this score are left out
 */
public record ScreeningQuery(String name, String country, Schema schema, List<Identifier> identifiers, int limit, double minScore) {
    public ScreeningQuery {
        name = name == null ? "" : name;
        schema = schema == null ? Schema.UNKNOWN : schema;
        identifiers = identifiers == null ? List.of() : List.copyOf(identifiers);
        if (limit <= 0) throw new IllegalArgumentException("limit must be positive");
        if (minScore < 0 || minScore > 1) throw new IllegalArgumentException("min score must be in [0, 1]");
    }

    /** Why a batch row is refused when it gives nothing to match on: answered with no matches, it would read as "screened, clear". */
    public static final String NOTHING_TO_SCREEN = "no name and no identifier: nothing to screen";

    /**
     * Whether the query gives nothing a list could be matched on: no letter or digit in the name and no identifier
     * read from the identifier text. A batch rejects such a row rather than report it without matches, which a
     * compliance team would take for a party screened and cleared.
     */
    public boolean screensNothing() {
        return identifiers.isEmpty() && name.codePoints().noneMatch(Character::isLetterOrDigit);
    }

    /** A name-only query with the default limit and threshold. */
    public static ScreeningQuery of(String name) {
        return new ScreeningQuery(name, null, null, List.of(), 5, ScorerV1.DEFAULT_THRESHOLD);
    }

    /** A query as a batch row gives it: identifier as free text ("INN 7702070139; IMO 9253325"). */
    public static ScreeningQuery of(String name, String country, String type, String identifierText, int limit, double minScore) {
        return new ScreeningQuery(name, country == null || country.isBlank() ? null : country.strip().toUpperCase(),
                type == null || type.isBlank() ? Schema.UNKNOWN : Schema.parse(type),
                identifierText == null || identifierText.isBlank() ? List.of() : IdentifierText.parse(identifierText), limit, minScore);
    }
}
