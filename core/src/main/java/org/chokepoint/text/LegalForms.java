package org.chokepoint.text;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Recognises legal forms ("ООО", "L.L.C.", "Co., Ltd.", "有限公司", "A.Ş.", "FZE") at the start or
 * end of a name, and those that are no ordinary word ("joint stock company", "OOO", "FGUP") also
 * between two words inside it, and takes them out of the name tokens: they say little about which entity is
 * meant (thousands of companies are an "OOO"), so a comparator should use them as a weak feature
 * of their own, never as name words. Forms come from {@code legal-forms.tsv}, written in any
 * script and spelling and normalised by the same chain as names, so "общество с ограниченной
 * ответственностью" matches every romanisation the chain produces. If a name consists only of
 * legal forms, its tokens are kept (a name is never emptied). Immutable and thread-safe.
 */
final class LegalForms {
    /** Tokens without legal forms, and the canonical codes found (e.g. "LLC"), in order of discovery. */
    record Stripped(List<String> tokens, List<String> codes) {}

    private final PhraseMap atStart = new PhraseMap();
    private final PhraseMap atEnd = new PhraseMap();
    /** Forms recognised anywhere in a name: ones that are no ordinary word in any language lists use. */
    private final PhraseMap inside = new PhraseMap();
    /** Forms of two words or more at the start or end, with one typing error in a long word ("limited liability cumpany"). */
    private final MistypedPhrases mistypedAtStart = new MistypedPhrases();
    private final MistypedPhrases mistypedAtEnd = new MistypedPhrases();
    /** One-word forms at the end, long enough that one typing error leaves them no other word ("limitde", "compnay"). */
    private final MistypedWords mistypedWordsAtEnd = new MistypedWords();
    /** The words of forms of {@value #FORM_WORD_LETTERS} letters or more ("aktsionernoe", "limited"): words {@link SplitWords} may join. */
    private final Set<String> formWords = new java.util.HashSet<>();
    private static final int FORM_WORD_LETTERS = 5;
    /** Words of a line-of-business phrase ({@link TradePhrases#businessWord}): "trading", "disticaret". */
    private final java.util.function.Predicate<String> business;

    private LegalForms(java.util.function.Predicate<String> business) {
        this.business = business;
    }

    /**
     * Reads {@code legal-forms.tsv}: code, where ("start", "end", "both", or "any": also inside a name),
     * forms separated by "|". {@code business} tells the words of a line-of-business phrase ("general trading").
     */
    static LegalForms load(Function<String, List<List<String>>> readings, java.util.function.Predicate<String> business) {
        LegalForms forms = new LegalForms(business);
        for (String[] row : DataFile.rows("legal-forms.tsv")) {
            if (row.length != 3) throw new IllegalStateException("legal-forms.tsv: expected 3 columns: " + String.join(" ", row));
            boolean any = row[1].equals("any");
            boolean start = any || row[1].equals("start") || row[1].equals("both");
            boolean end = any || row[1].equals("end") || row[1].equals("both");
            if (!start && !end) throw new IllegalStateException("legal-forms.tsv: bad position " + row[1]);
            for (String form : DataFile.alternatives(row[2])) {
                // A form in Arabic script reads as a consonant skeleton, where one letter more or less is another word, not
                // a typing error: الشيخ (al shykh, the sheikh) is not الشركة (al shrkh, the company).
                boolean abjad = form.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC);
                for (List<String> phrase : readings.apply(form)) {
                    if (start) forms.atStart.put(phrase, row[0]);
                    if (end) forms.atEnd.put(phrase, row[0]);
                    if (start && !abjad) forms.mistypedAtStart.put(phrase, row[0]);
                    if (end && !abjad) forms.mistypedAtEnd.put(phrase, row[0]);
                    if (end && !abjad && phrase.size() == 1) forms.mistypedWordsAtEnd.put(phrase.getFirst(), row[0]);
                    for (String word : phrase) if (word.length() >= FORM_WORD_LETTERS) forms.formWords.add(word);
                    // A one- or two-letter form ("ао" read as "ao") inside a name is as likely a part of a person's name.
                    if (any && (phrase.size() > 1 || phrase.getFirst().length() > 2)) forms.inside.put(phrase, row[0]);
                }
            }
        }
        return forms;
    }

    /** Whether a token is a word of a legal form of {@value #FORM_WORD_LETTERS} letters or more ("obshchestvo", "company"). */
    boolean formWord(String token) {
        return formWords.contains(token);
    }

    /** Whether the tokens are nothing but legal forms ("co ltd" after the comma of "Huawei Technologies Co., Ltd."). */
    boolean onlyLegalForms(List<String> tokens) {
        Stripped stripped = strip(tokens);
        return !stripped.codes().isEmpty() && stripped.tokens().size() == tokens.size();
    }

    Stripped strip(List<String> tokens) {
        int from = 0;
        int to = tokens.size();
        Set<String> codes = new LinkedHashSet<>();
        boolean found = true;
        while (found && from < to) {
            found = false;
            List<String> rest = tokens.subList(from, to);
            // A form of several words typed with one error in a long word ("LIMITED LIABILITY CUMPANY X", "X PUBLIC JOINT
            // STOCK COMAPNY"): still a form, at the start or end as forms stand, and only with a name word left beside it. It
            // wins over a shorter form written exactly inside it ("X LIMITDE LIABILITY COMPANY" is not "company" alone).
            int n = atStart.longestAt(rest, 0);
            MistypedPhrases.Found typo = mistypedAtStart.longestAt(rest, 0);
            if (typo != null && typo.length() > n && typo.length() < rest.size()) {
                codes.add(typo.value());
                from += typo.length();
                found = true;
                continue;
            }
            if (n > 0) {
                codes.add(atStart.get(rest.subList(0, n)));
                from += n;
                found = true;
                continue;
            }
            n = atEnd.longestEndingAt(rest, rest.size());
            typo = mistypedAtEnd.longestEndingAt(rest, rest.size());
            if (typo != null && typo.length() > n && typo.length() < rest.size()) {
                codes.add(typo.value());
                to -= typo.length();
                found = true;
            } else if (n > 0) {
                codes.add(atEnd.get(rest.subList(rest.size() - n, rest.size())));
                to -= n;
                found = true;
            }
            // A long one-word form typed with one error at the end ("TAERIO LIMITDE", "TURIRA COMPACY"), after a name word:
            // "LIMITED LIABILITY CUMPANY" is nothing but a form, and stays the name.
            if (!found && rest.size() > 1 && !formWords.contains(rest.get(rest.size() - 2))) {
                String code = mistypedWordsAtEnd.get(rest.getLast());
                if (code != null) {
                    codes.add(code);
                    to--;
                    found = true;
                }
            }
            // A form then the city of the seat ("Sava Import d.o.o. Beograd", "Nord Trade LLC Dubai"): both go, the city
            // saying where the company is, not which one. Only after a form, so "Moscow Machine Plant" keeps its city.
            if (!found && rest.size() > 2 && org.chokepoint.country.Cities.isCity(rest.getLast())) {
                n = atEnd.longestEndingAt(rest, rest.size() - 1);
                if (n > 0 && rest.size() - 1 - n > 0) {
                    codes.add(atEnd.get(rest.subList(rest.size() - 1 - n, rest.size() - 1)));
                    to -= n + 1;
                    found = true;
                }
            }
            // The seat as a Russian address writes it, after the town marker: "ООО ФОРУМ, г. Ижевск", "AO Element g. Moskva",
            // "ООО «Альфа», г. Санкт-Петербург". The marker says that a place follows; the place is the seat, no name word.
            if (!found) {
                n = townAtEnd(rest);
                if (n > 0) {
                    to -= n;
                    found = true;
                }
            }
        }
        List<String> kept = from < to ? tokens.subList(from, to) : tokens;
        if (from < to && to < tokens.size()) kept = formsBeforeBusiness(kept, codes);
        if (from < to) kept = stripInside(kept, codes);
        return new Stripped(List.copyOf(kept), new ArrayList<>(codes));
    }

    /**
     * A form, then a line-of-business phrase, then the form already taken off the end: "X Ltd. Dış Ticaret Ltd. Şti.", "X SA
     * General Trading L.L.C.", "X Incorporated General Trading DMCC". A firm's record adds the phrase and a second form of
     * its own (a branch or a trading arm in Turkey or the Gulf); the first form says as little as the last, so it goes too,
     * while the phrase stays a name's (generic) words. Only with a name word left before the first form.
     */
    private List<String> formsBeforeBusiness(List<String> tokens, Set<String> codes) {
        int phrase = tokens.size();
        while (phrase > 0 && business.test(tokens.get(phrase - 1))) phrase--;
        if (phrase == tokens.size()) return tokens;
        int start = phrase;
        for (int n; start > 1 && (n = atEnd.longestEndingAt(tokens, start)) > 0 && start - n >= 1; start -= n) {
            codes.add(atEnd.get(tokens.subList(start - n, start)));
        }
        if (start == phrase) return tokens;
        List<String> out = new ArrayList<>(tokens.subList(0, start));
        out.addAll(tokens.subList(phrase, tokens.size()));
        return out;
    }

    /** Russian town markers as the chain romanises them: "г." (gorod), "гор.", "город". */
    private static final Set<String> TOWN_MARKERS = Set.of("g", "gor", "gorod");

    /**
     * The number of tokens at the end that are a town marker and a city of {@link org.chokepoint.country.Cities} (one to
     * three words: "g sankt peterburg"), with at least one token before them; 0 when there are none.
     */
    static int townAtEnd(List<String> tokens) {
        for (int words = 1; words <= 3; words++) {
            int marker = tokens.size() - words - 1;
            if (marker < 1) return 0;
            if (TOWN_MARKERS.contains(tokens.get(marker))
                    && org.chokepoint.country.Cities.isCityWords(tokens.subList(marker + 1, tokens.size()))) {
                return words + 1;
            }
        }
        return 0;
    }

    /**
     * Forms inside a name ("ROSTOV HELICOPTER PRODUCTION COMPLEX JOINT STOCK COMPANY ROSTVERTOL", "X, OOO, Y"):
     * taken out when words remain on both sides of them, since a form between two parts of a name is not a name word.
     */
    private List<String> stripInside(List<String> tokens, Set<String> codes) {
        List<String> out = null;
        for (int i = 1; i < tokens.size() - 1; ) {
            int n = inside.longestAt(tokens, i);
            if (n > 0 && i + n < tokens.size()) {
                if (out == null) out = new ArrayList<>(tokens.subList(0, i));
                codes.add(inside.get(tokens.subList(i, i + n)));
                i += n;
                continue;
            }
            if (out != null) out.add(tokens.get(i));
            i++;
        }
        if (out == null) return tokens;
        out.add(tokens.getLast());
        return out;
    }
}
