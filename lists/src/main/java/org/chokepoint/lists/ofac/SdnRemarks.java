package org.chokepoint.lists.ofac;

import org.chokepoint.country.Countries;
import org.chokepoint.model.Identifier;
import org.chokepoint.model.IdentifierType;
import org.chokepoint.model.NameKind;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Takes identifiers, aliases and countries out of the free text of an SDN remarks field, which reads
 * like {@code "Tax ID No. 7702070139 (Russia); Registration ID 1027739609391 (Russia); a.k.a. 'BNC'."}.
 * Clauses are separated by "; "; each known label is followed by the value and, optionally, the issuing
 * country in parentheses. Pure and thread-safe.
 *
 * <p>Why the check digits matter here: OFAC writes "Registration Number" and "Registration ID" for the
 * Russian OGRN and for many other registers alike; a number is typed OGRN only when its check digit holds
 * (and INN likewise for "Tax ID No."), otherwise it stays a generic registration or tax number.
 */
final class SdnRemarks {
    private SdnRemarks() {}

    /** What the remarks yield. */
    record Parsed(List<Identifier> identifiers, List<Alias> aliases, List<String> countries) {}

    record Alias(String name, NameKind kind) {}

    /** Labels as OFAC prints them, longest first where one is a prefix of another. */
    private static final String[][] LABELS = {
        {"Tax ID No.", "TAX"},
        {"Registration ID", "REG"},
        {"Registration Number", "REG"},
        {"Business Registration Number", "REG"},
        {"Business Registration Document #", "REG"},
        {"Commercial Registry Number", "REG"},
        {"Company Number", "REG"},
        {"Economic Register Number (CRE)", "REG"},
        {"Economic Register Number", "REG"},
        {"Unified Social Credit Code (USCC)", "REG"},
        {"Chamber of Commerce Number", "REG"},
        {"Trade License No.", "REG"},
        {"Folio Mercantil No.", "REG"},
        {"Certificate of Incorporation Number", "REG"},
        {"Enterprise Number", "REG"},
        {"Government Gazette Number", "OKPO"},
        {"Legal Entity Number", "LEI"},
        {"Vessel Registration Identification IMO", "IMO"},
        {"Identification Number IMO", "IMO"},
        {"IMO", "IMO"},
        {"Passport", "PASSPORT"},
        {"Diplomatic Passport", "PASSPORT"},
        {"National ID No.", "NATIONAL_ID"},
        {"Cedula No.", "NATIONAL_ID"},
        {"C.U.R.P.", "NATIONAL_ID"},
        {"C.U.I.T.", "TAX"},
        {"R.F.C.", "TAX"},
        {"NIT #", "TAX"},
        {"RUC #", "TAX"},
        {"SSN", "NATIONAL_ID"},
        {"SWIFT/BIC", "SWIFT"},
    };

    private static final Pattern ALIAS = Pattern.compile("^(a\\.k\\.a\\.|f\\.k\\.a\\.|n\\.k\\.a\\.)\\s*'(.+)'$");
    private static final Pattern TRAILING_COUNTRY = Pattern.compile("^(.*?)\\s*\\(([^()]+)\\)\\s*$");
    private static final Pattern NATIONALITY = Pattern.compile("^(?:alt\\. )?(?:nationality|citizen|Nationality of Registration) (.+)$");
    private static final Pattern VESSEL_FLAG_LIKE = Pattern.compile("^(?:alt\\. )?(?:Vessel Flag|Aircraft Operator|Company Domicile|Location) (.+)$");

    static Parsed parse(String remarks) {
        List<Identifier> ids = new ArrayList<>();
        List<Alias> aliases = new ArrayList<>();
        List<String> countries = new ArrayList<>();
        if (remarks == null || remarks.isBlank()) return new Parsed(ids, aliases, countries);
        String text = remarks.strip();
        if (text.endsWith(".")) text = text.substring(0, text.length() - 1);
        for (String clause : text.split(";\\s+")) {
            String c = clause.strip();
            Matcher a = ALIAS.matcher(c);
            if (a.matches()) {
                aliases.add(new Alias(a.group(2).strip(), NameKind.parse(a.group(1))));
                continue;
            }
            Matcher n = NATIONALITY.matcher(c);
            if (n.matches()) {
                String iso = Countries.toIso2(n.group(1));
                if (iso != null) countries.add(iso);
                continue;
            }
            Matcher f = VESSEL_FLAG_LIKE.matcher(c);
            if (f.matches()) {
                String iso = Countries.toIso2(f.group(1));
                if (iso != null) countries.add(iso);
                continue;
            }
            Identifier id = identifier(c);
            if (id != null) ids.add(id);
        }
        return new Parsed(ids, aliases, countries);
    }

    /** One clause as an identifier, or null when it carries no known label. */
    static Identifier identifier(String clause) {
        String c = clause.startsWith("alt. ") ? clause.substring(5) : clause;
        String[] best = null;
        for (String[] label : LABELS) {
            if (c.startsWith(label[0] + " ") && (best == null || label[0].length() > best[0].length())) best = label;
        }
        if (best == null) return null;
        String rest = c.substring(best[0].length()).strip();
        String countryWord = null;
        Matcher m = TRAILING_COUNTRY.matcher(rest);
        if (m.matches()) {
            rest = m.group(1).strip();
            countryWord = m.group(2);
        }
        if (rest.isEmpty()) return null;
        // OFAC appends dates and places to passports ("Passport 123 (Russia) expires 2025"): keep the first word group.
        String value = rest.split(",| expires| issued")[0].strip();
        String country = Countries.toIso2(countryWord);
        IdentifierType type = switch (best[1]) {
            case "TAX" -> typed(IdentifierType.INN, IdentifierType.TAX, value, country);
            case "REG" -> typed(IdentifierType.OGRN, IdentifierType.REGISTRATION, value, country);
            case "OKPO" -> "RU".equals(country) || country == null ? IdentifierType.OKPO : IdentifierType.REGISTRATION;
            default -> IdentifierType.valueOf(best[1]);
        };
        return Identifier.of(type, value, country, best[0]);
    }

    /** The Russian register when the digits pass its check (and the country is Russia or unstated), else the generic type. */
    private static IdentifierType typed(IdentifierType russian, IdentifierType generic, String value, String country) {
        if (country != null && !country.equals("RU")) return generic;
        String digits = value.replaceAll("[\\s-]", "");
        if (!digits.chars().allMatch(Character::isDigit)) return generic;
        return russian.isValid(digits) ? russian : generic;
    }
}
