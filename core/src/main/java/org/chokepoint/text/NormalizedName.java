package org.chokepoint.text;

import com.ibm.icu.lang.UScript;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A name after the normalisation chain ({@link NameNormalizer}). All tokens are non-empty strings
 * of lower-case ASCII letters and digits.
 *
 * @param original   the input as given ("" for null)
 * @param script     the dominant script of the input ("Latin", "Cyrillic", "Han", ... or "Common")
 * @param legalForms canonical codes of the legal forms found at the start or end ("LLC", "JSC",
 *                   "CO_LTD", ...), in order of discovery; a weak feature, not part of the tokens
 * @param tokens     the name words in the primary romanisation, legal forms removed and
 *                   abbreviations expanded; empty only when the input has no letters or digits
 * @param variants   other token lists worth comparing, most useful first, each different from
 *                   {@code tokens}: other romanisations, "SURNAME, Given" reordered, initials
 *                   joined, organisation words translated into English
 * @param acronym    first letters of the words for names in alphabetic scripts ("npo"), else ""
 * @param translated the organisation words translated into English ("zavod" as "plant"), also among the
 *                   variants; empty when translation changes nothing. Kept apart because a match that
 *                   only holds in translation rests on common English words and deserves less trust
 * @param acronyms   the acronyms a Russian organisation of this name is known by, as token lists ("144 btrz" for
 *                   "144 Armoured Repair Plant", "rpz" for "Ramensky Instrument Engineering Plant"); not among
 *                   the variants, because an agreement through them needs support (see the screening scorer);
 *                   empty for most names, and always for names that are not organisation names
 */
public record NormalizedName(String original, String script, List<String> legalForms, List<String> tokens,
                             List<List<String>> variants, String acronym, List<String> translated, List<List<String>> acronyms) {
    public NormalizedName {
        original = Objects.requireNonNullElse(original, "");
        script = Objects.requireNonNullElse(script, "Common");
        legalForms = List.copyOf(legalForms);
        tokens = List.copyOf(tokens);
        variants = variants.stream().map(List::copyOf).toList();
        acronym = Objects.requireNonNullElse(acronym, "");
        translated = translated == null || translated.equals(tokens) ? List.of() : List.copyOf(translated);
        acronyms = acronyms == null ? List.of() : acronyms.stream().map(List::copyOf).toList();
    }

    public NormalizedName(String original, String script, List<String> legalForms, List<String> tokens,
                          List<List<String>> variants, String acronym, List<String> translated) {
        this(original, script, legalForms, tokens, variants, acronym, translated, List.of());
    }

    public NormalizedName(String original, String script, List<String> legalForms, List<String> tokens,
                          List<List<String>> variants, String acronym) {
        this(original, script, legalForms, tokens, variants, acronym, List.of(), List.of());
    }

    /** The tokens written together ("gazprombank" for "GAZPROM BANK" and for "GAZPROMBANK"). */
    public String concatenated() {
        return String.join("", tokens);
    }

    /** The tokens followed by every variant: what a comparator or an index should consider. */
    public List<List<String>> tokenLists() {
        List<List<String>> all = new ArrayList<>(variants.size() + 1);
        all.add(tokens);
        all.addAll(variants);
        return List.copyOf(all);
    }

    /**
     * Whether the name was written in an alphabet romanised letter for letter (Latin, Cyrillic, Greek): its Latin
     * letters are the ones written. Syllabic and consonant scripts (Chinese, Korean, Arabic) give romanisations of
     * whole syllables or skeletons, whose short spellings meet short Latin names by chance.
     */
    public boolean alphabetic() {
        return alphabetic(script);
    }

    /**
     * Whether the name was written in Arabic script (Arabic, Persian, Urdu): its words are then consonant skeletons
     * ("mlt" for ملت), since the script writes no short vowels, and a comparator may read them as such against vowelled
     * Latin spellings ({@code org.chokepoint.similarity.ArabicSkeleton}). Words of a Latin part of a mixed name whose
     * dominant script is Arabic count too; translated words ({@link #translated}) are English, not skeletons.
     */
    public boolean abjad() {
        return UScript.getCodeFromName(script) == UScript.ARABIC;
    }

    /** {@link #alphabetic()} for a script name as {@link #script} holds it. */
    static boolean alphabetic(String script) {
        int code = UScript.getCodeFromName(script);
        return code == UScript.LATIN || code == UScript.CYRILLIC || code == UScript.GREEK;
    }

    /** True when the input had nothing to match on. */
    public boolean isEmpty() {
        return tokens.isEmpty();
    }
}
