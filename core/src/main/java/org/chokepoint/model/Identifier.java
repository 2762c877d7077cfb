package org.chokepoint.model;

import java.util.Objects;

/**
 * A typed identifier of a listed entity.
 *
 * @param type    what register the number belongs to
 * @param value   the number in canonical form (spaces and punctuation removed where the type has digits)
 * @param country ISO 3166-1 alpha-2 of the issuing country, or null when the list does not say
 * @param label   the list's own label ("Tax ID No.", "Registration Number", "business_registration_numbers"...)
 * @param valid   whether a check digit confirms the number (true also for types without check digits)
 */
public record Identifier(IdentifierType type, String value, String country, String label, boolean valid) {
    public Identifier {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(value, "value");
    }

    /** Builds an identifier in canonical form, validating its check digits where the type has them. */
    public static Identifier of(IdentifierType type, String raw, String country, String label) {
        String value = type.canonical(raw);
        return new Identifier(type, value, country, label, type.isValid(value));
    }

    @Override
    public String toString() {
        return type.label() + " " + value + (country != null ? " (" + country + ")" : "");
    }
}
