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

    private LegalForms() {}

    /**
     * Reads {@code legal-forms.tsv}: code, where ("start", "end", "both", or "any": also inside a name),
     * forms separated by "|".
     */
    static LegalForms load(Function<String, List<List<String>>> readings) {
        LegalForms forms = new LegalForms();
        for (String[] row : DataFile.rows("legal-forms.tsv")) {
            if (row.length != 3) throw new IllegalStateException("legal-forms.tsv: expected 3 columns: " + String.join(" ", row));
            boolean any = row[1].equals("any");
            boolean start = any || row[1].equals("start") || row[1].equals("both");
            boolean end = any || row[1].equals("end") || row[1].equals("both");
            if (!start && !end) throw new IllegalStateException("legal-forms.tsv: bad position " + row[1]);
            for (String form : DataFile.alternatives(row[2])) {
                for (List<String> phrase : readings.apply(form)) {
                    if (start) forms.atStart.put(phrase, row[0]);
                    if (end) forms.atEnd.put(phrase, row[0]);
                    if (start) forms.mistypedAtStart.put(phrase, row[0]);
                    if (end) forms.mistypedAtEnd.put(phrase, row[0]);
                    // A one- or two-letter form ("ао" read as "ao") inside a name is as likely a part of a person's name.
                    if (any && (phrase.size() > 1 || phrase.getFirst().length() > 2)) forms.inside.put(phrase, row[0]);
                }
            }
        }
        return forms;
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
            int n = atStart.longestAt(rest, 0);
            if (n > 0) {
                codes.add(atStart.get(rest.subList(0, n)));
                from += n;
                found = true;
                continue;
            }
            n = atEnd.longestEndingAt(rest, rest.size());
            if (n > 0) {
                codes.add(atEnd.get(rest.subList(rest.size() - n, rest.size())));
                to -= n;
                found = true;
            }
            // A form of several words typed with one error in a long word ("LIMITED LIABILITY CUMPANY X", "X PUBLIC JOINT
            // STOCK COMAPNY"): still a form, at the start or end as forms stand, and only with a name word left beside it.
            if (!found) {
                MistypedPhrases.Found typo = mistypedAtStart.longestAt(rest, 0);
                if (typo != null && typo.length() < rest.size()) {
                    codes.add(typo.value());
                    from += typo.length();
                    found = true;
                    continue;
                }
                typo = mistypedAtEnd.longestEndingAt(rest, rest.size());
                if (typo != null && typo.length() < rest.size()) {
                    codes.add(typo.value());
                    to -= typo.length();
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
        if (from < to) kept = stripInside(kept, codes);
        return new Stripped(List.copyOf(kept), new ArrayList<>(codes));
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
