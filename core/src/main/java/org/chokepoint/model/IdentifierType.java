package org.chokepoint.model;

import org.chokepoint.identifier.CheckDigits;

import java.util.Locale;

/** Registers whose numbers lists publish. Types with check digits validate them. */
public enum IdentifierType {
    /** Russian taxpayer number: 10 digits (organisations) or 12 (individuals), with check digits. */
    INN(true),
    /** Russian primary state registration number: 13 digits (organisations) or 15 (sole traders), with a check digit. */
    OGRN(true),
    /** Russian statistical code (OFAC labels it "Government Gazette Number"). */
    OKPO(true),
    /** Ship identification number: "IMO" and 7 digits, the last one a check digit. */
    IMO(true),
    /** Legal Entity Identifier, 20 characters, ISO 17442 mod-97 check. */
    LEI(false),
    /** Other company registration numbers (UK companies house, Chinese USCC, ...). */
    REGISTRATION(false),
    /** Tax numbers other than the Russian INN. */
    TAX(false),
    PASSPORT(false),
    NATIONAL_ID(false),
    /** SWIFT/BIC code of a bank. */
    SWIFT(false),
    OTHER(false);

    private final boolean digitsOnly;

    IdentifierType(boolean digitsOnly) {
        this.digitsOnly = digitsOnly;
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /* The patterns of canonical(), compiled once rather than by replaceAll on every call: the same results. */
    private static final java.util.regex.Pattern IMO_PREFIX = java.util.regex.Pattern.compile("(?i)^imo[\\s:.-]*");
    private static final java.util.regex.Pattern NOT_DIGIT = java.util.regex.Pattern.compile("[^0-9]");
    private static final java.util.regex.Pattern SPACE_OR_DASH = java.util.regex.Pattern.compile("[\\s-]");

    /** Canonical form: digits only for numeric registers, upper case without spaces for the rest. */
    public String canonical(String raw) {
        if (raw == null) return "";
        String s = raw.strip();
        if (this == IMO) s = IMO_PREFIX.matcher(s).replaceFirst("");
        if (digitsOnly) return NOT_DIGIT.matcher(s).replaceAll("");
        return SPACE_OR_DASH.matcher(s).replaceAll("").toUpperCase(Locale.ROOT);
    }

    /** Whether the canonical value passes this type's check; types without a check return true when non-empty. */
    public boolean isValid(String canonical) {
        if (canonical == null || canonical.isEmpty()) return false;
        return switch (this) {
            case INN -> CheckDigits.validInn(canonical);
            case OGRN -> CheckDigits.validOgrn(canonical);
            case OKPO -> CheckDigits.validOkpo(canonical);
            case IMO -> CheckDigits.validImo(canonical);
            case LEI -> CheckDigits.validLei(canonical);
            default -> true;
        };
    }

    public static IdentifierType parse(String word) {
        if (word == null) return OTHER;
        try {
            return valueOf(word.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return OTHER;
        }
    }
}
