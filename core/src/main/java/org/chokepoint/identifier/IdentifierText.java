package org.chokepoint.identifier;

import org.chokepoint.model.Identifier;
import org.chokepoint.model.IdentifierType;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Identifiers written as text, the way people and lists write them: "INN 7702070139; IMO 9253325",
 * "OGRN: 1027739609391", a bare "7702070139". One parser serves the custom lists, the list readers and
 * screening queries ({@code --identifier "INN 7702070139"}), so a number typed by a user is read the
 * same way as the list that holds it. Thread-safe, pure; never throws.
 */
public final class IdentifierText {
    private IdentifierText() {}

    /** Type words a value may be prefixed with (lower case) and the register each names. */
    private static final Map<String, IdentifierType> WORDS = Map.ofEntries(
            Map.entry("inn", IdentifierType.INN), Map.entry("ogrnip", IdentifierType.OGRN),
            Map.entry("ogrn", IdentifierType.OGRN), Map.entry("imo", IdentifierType.IMO),
            Map.entry("lei", IdentifierType.LEI), Map.entry("okpo", IdentifierType.OKPO),
            Map.entry("passport", IdentifierType.PASSPORT), Map.entry("swift", IdentifierType.SWIFT),
            Map.entry("bic", IdentifierType.SWIFT), Map.entry("swift/bic", IdentifierType.SWIFT),
            Map.entry("tax", IdentifierType.TAX), Map.entry("tin", IdentifierType.TAX),
            Map.entry("registration", IdentifierType.REGISTRATION),
            Map.entry("national id", IdentifierType.NATIONAL_ID),
            Map.entry("other", IdentifierType.OTHER));

    private static final String SEPARATORS = "[\\s:#№.=\\-–—]";

    /**
     * A known type word, filler words ("Tax ID No."), then separators (space, ':', '#', '№', '.', '=',
     * dashes) or directly a digit, then the value. "IMO9253325" and "INN:7702070139" are common enough
     * to accept without a space.
     */
    private static final Pattern PREFIXED = Pattern.compile(
            "(?iu)^(swift/bic|national[ _]id|registration|passport|ogrnip|ogrn|okpo|swift|inn|imo|lei|bic|tax|tin|other)"
                    + "(?:" + SEPARATORS + "+(?:id|no|number|code|nr|num)\\b)*"
                    + "(?:" + SEPARATORS + "+|(?=\\d))(.+)$");

    private static final Set<IdentifierType> GENERIC =
            EnumSet.of(IdentifierType.TAX, IdentifierType.REGISTRATION, IdentifierType.OTHER);

    /*
     * The patterns of String.split, replaceAll and matches, compiled once: those methods compile their pattern on every call
     * (all but a one-character split), and detect parses every party's declared identifiers (some 2% of screening parties on
     * the quick compiler). The same patterns, so the same results.
     */
    private static final Pattern PARTS = Pattern.compile("[;\\n\\r]+");
    private static final Pattern SPACE = Pattern.compile("\\s");
    private static final Pattern SEPARATOR_SPACE = Pattern.compile("\\p{Z}");
    private static final Pattern IMO_DIGITS = Pattern.compile("[:.\\-]?\\d{7}");
    private static final Pattern INN_DIGITS = Pattern.compile("\\d{10}|\\d{12}");
    private static final Pattern OGRN_DIGITS = Pattern.compile("\\d{13}|\\d{15}");

    private static final Pattern DIGIT_RUN = Pattern.compile("\\d+");
    private static final Pattern IMO_RUN = Pattern.compile("(?i)\\bIMO[\\s:.-]*(\\d{7})\\b");
    private static final Pattern LEI_RUN = Pattern.compile("(?<![0-9A-Z])[0-9A-Z]{18}\\d{2}(?![0-9A-Z])");

    /**
     * Parses identifiers separated by ';' or line breaks. Each part is either a type word and a value
     * ("INN 7702070139", "passport AB 123456", "IMO9253325") or a bare value typed by its shape
     * ({@link #recognise}), else {@link IdentifierType#OTHER}. A type word the user gave is kept even
     * when the check digits fail (the identifier is then marked invalid): the user said what it is.
     * The label is the type word as written, or null for a bare value. Blank text gives an empty list.
     */
    public static List<Identifier> parse(String text) {
        List<Identifier> out = new ArrayList<>();
        if (text == null) return out;
        for (String part : PARTS.split(text)) {
            String p = clean(part);
            if (p.isEmpty()) continue;
            Identifier id;
            Matcher m = PREFIXED.matcher(p);
            if (m.matches() && !clean(m.group(2)).isEmpty()) {
                String word = m.group(1);
                String value = clean(m.group(2));
                IdentifierType type = WORDS.get(word.toLowerCase(Locale.ROOT).replace('_', ' '));
                // "TIN 7702070139" or "registration 1027739609391": the generic word does not say
                // which register, the check digits do.
                Identifier typed = GENERIC.contains(type) ? recognise(value, null, word) : null;
                id = typed != null ? typed : Identifier.of(type, value, null, word);
            } else {
                id = recognise(p, null, null);
                if (id == null) id = Identifier.of(IdentifierType.OTHER, p, null, null);
            }
            if (!id.value().isEmpty() && !out.contains(id)) out.add(id);
        }
        return out;
    }

    /**
     * Types a bare value by its shape and check digits: "IMO" and 7 digits is an IMO number; 10 or 12
     * digits with valid INN check digits an INN; 13 or 15 digits with a valid OGRN check digit an OGRN;
     * 20 characters passing the ISO 17442 check an LEI. Spaces are ignored. Returns null for anything
     * else, so that the caller chooses the fallback (OTHER, REGISTRATION, NATIONAL_ID...).
     *
     * <p>A 10-digit number passes the INN check by chance one time in ten, so callers reading numbers
     * of unknown origin should weigh that; 12, 13 and 15 digits pass by chance far more rarely.
     */
    public static Identifier recognise(String value, String country, String label) {
        if (value == null) return null;
        String v = SPACE.matcher(clean(value)).replaceAll("");
        if (v.regionMatches(true, 0, "IMO", 0, 3) && IMO_DIGITS.matcher(v.substring(3)).matches())
            return Identifier.of(IdentifierType.IMO, v, country, label);
        if (INN_DIGITS.matcher(v).matches() && CheckDigits.validInn(v)) return Identifier.of(IdentifierType.INN, v, country, label);
        if (OGRN_DIGITS.matcher(v).matches() && CheckDigits.validOgrn(v)) return Identifier.of(IdentifierType.OGRN, v, country, label);
        String upper = v.toUpperCase(Locale.ROOT);
        if (CheckDigits.validLei(upper)) return Identifier.of(IdentifierType.LEI, upper, country, label);
        return null;
    }

    /**
     * Finds the numbers in free text that identify themselves by their shape and check digits, as in
     * "Russia INN – 6167128827 Russia OGRN – 1156196039152 Russia KPP – 616601001": the INN and OGRN
     * (digit runs, see {@link #recognise}), "IMO" numbers and LEIs. Numbers of other registers are left
     * alone (the KPP above), since nothing in the text tells their register reliably.
     */
    public static List<Identifier> find(String text, String country, String label) {
        List<Identifier> out = new ArrayList<>();
        if (text == null || text.isBlank()) return out;
        Matcher imo = IMO_RUN.matcher(text);
        while (imo.find()) add(out, Identifier.of(IdentifierType.IMO, imo.group(1), country, label));
        Matcher digits = DIGIT_RUN.matcher(text);
        while (digits.find()) {
            String run = digits.group();
            if (run.length() >= 10 && run.length() <= 15) add(out, recognise(run, country, label));
        }
        Matcher lei = LEI_RUN.matcher(text.toUpperCase(Locale.ROOT));
        while (lei.find()) if (CheckDigits.validLei(lei.group())) add(out, Identifier.of(IdentifierType.LEI, lei.group(), country, label));
        return out;
    }

    private static void add(List<Identifier> out, Identifier id) {
        if (id != null && !id.value().isEmpty() && !out.contains(id)) out.add(id);
    }

    /**
     * The value without surrounding blanks, no-break spaces included (the UK tables end values with
     * U+00A0, which {@link String#strip} keeps), and without the apostrophe spreadsheets put in front
     * of numbers to keep their leading zeros ("'00754833"), which some lists carry into their exports.
     */
    public static String clean(String s) {
        if (s == null) return "";
        String v = SEPARATOR_SPACE.matcher(s).replaceAll(" ").strip();
        while (v.startsWith("'")) v = v.substring(1).strip();
        return v;
    }
}
