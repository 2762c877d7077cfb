package org.chokepoint.network.resolve;

import org.chokepoint.identifier.IdentifierText;
import org.chokepoint.model.Identifier;
import org.chokepoint.model.IdentifierType;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * An identifier declared in a trade record, keyed by the register it belongs to, so that two numbers of
 * one register can be told equal (same party) or conflicting (one company has one INN).
 *
 * <p>Russian registers (INN, OGRN, OKPO) and the other typed ones (IMO, LEI, SWIFT) count only when their
 * check digits pass: a mistyped number neither merges nor conflicts. A bare number in a party of another
 * country is that country's own register (a Turkish VKN passes the INN check one time in ten by chance),
 * keyed by country and shape ("national:TR:10d"), since nothing else tells which register it is.
 *
 * @param register the register ("inn", "ogrn", "national:CN:18x", ...)
 * @param value    the canonical value
 */
record DeclaredIdentifier(String register, String value) {
    private static final Set<String> RUSSIAN_REGISTER_COUNTRIES = Set.of("RU", "BY", "KZ", "");

    /** The canonical key, "inn:7702070139". */
    String key() {
        return register + ":" + value;
    }

    // Written out, with a record's hash: the generated ones are method handles, which the quick compiler detect runs with
    // does not inline, and pairs of mentions compare identifiers hundreds of thousands of times.
    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof DeclaredIdentifier d && java.util.Objects.equals(register, d.register) && java.util.Objects.equals(value, d.value);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hashCode(register) * 31 + java.util.Objects.hashCode(value);
    }

    /** Whether two identifiers of one register disagree. */
    boolean conflictsWith(DeclaredIdentifier other) {
        return register.equals(other.register) && !value.equals(other.value);
    }

    /** The identifiers in a declared text (several may be separated by ';'); invalid ones are dropped. Never throws. */
    static List<DeclaredIdentifier> parse(String text, String country) {
        List<DeclaredIdentifier> out = new ArrayList<>();
        if (text == null || text.isBlank()) return out;
        for (Identifier id : IdentifierText.parse(text)) {
            DeclaredIdentifier d = of(id, country);
            if (d != null && !out.contains(d)) out.add(d);
        }
        return out;
    }

    private static DeclaredIdentifier of(Identifier id, String country) {
        if (id.value().isEmpty()) return null;
        boolean labelled = id.label() != null;
        return switch (id.type()) {
            case INN, OGRN, OKPO -> {
                if (!id.valid()) yield null;
                // A bare number typed as an INN only by its check digits, in a non-Russian party, is more
                // likely that country's own tax number.
                if (!labelled && !RUSSIAN_REGISTER_COUNTRIES.contains(country)) yield national(id.value(), country);
                yield new DeclaredIdentifier(id.type().label(), id.value());
            }
            case IMO, LEI -> id.valid() ? new DeclaredIdentifier(id.type().label(), id.value()) : null;
            case SWIFT -> new DeclaredIdentifier("swift", id.value().length() >= 8 ? id.value().substring(0, 8) : id.value());
            case PASSPORT, NATIONAL_ID -> new DeclaredIdentifier(id.type().label() + ":" + country, id.value());
            default -> national(IdentifierType.OTHER.canonical(id.value()).replaceAll("[^0-9A-Z]", ""), country);
        };
    }

    private static DeclaredIdentifier national(String value, String country) {
        if (value.length() < 5) return null; // "1", "N/A", "000": placeholders, not identifiers
        String shape = value.chars().allMatch(Character::isDigit) ? "d" : "x";
        return new DeclaredIdentifier(String.format(Locale.ROOT, "national:%s:%d%s", country, value.length(), shape), value);
    }
}
