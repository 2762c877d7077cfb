package org.chokepoint.evaluation;

import com.ibm.icu.text.Transliterator;
import org.chokepoint.similarity.Levenshtein;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A deliberately plain normalisation, independent of the screening chain: ICU Any-Latin, ASCII, lower
 * case, words of three letters or more, without the commonest legal-form words. The benchmark uses it to
 * decide which pairs a name could decide at all, and the brute-force baseline uses it as its only
 * normalisation, so that neither is tuned by the system under test. Thread-safe.
 */
final class PlainTokens {
    private static final ThreadLocal<Transliterator> LATIN = ThreadLocal.withInitial(() -> Transliterator.getInstance("Any-Latin; Latin-ASCII; Lower"));
    private static final Set<String> STOP = Set.of("llc", "ooo", "jsc", "pjsc", "ojsc", "cjsc", "zao", "oao", "pao", "company", "limited", "ltd",
            "the", "and", "joint", "stock", "open", "closed", "public", "private", "obshchestvo", "aktsionernoe", "ogranichennoy",
            "ogranichennoi", "otvetstvennostyu", "otvetstvennostiu", "inc", "corp", "corporation", "gmbh", "fze", "fzco", "tov", "llp",
            "obshestvo", "aktsionernoye", "akcionernoe", "liability", "too", "group");

    private PlainTokens() {}

    /** Lower-case ASCII text with runs of anything else turned into single spaces. */
    static String text(String s) {
        if (s == null) return "";
        return LATIN.get().transliterate(s).replaceAll("[^a-z0-9]+", " ").strip();
    }

    static List<String> tokens(String s) {
        List<String> out = new ArrayList<>();
        for (String t : text(s).split(" ")) if (t.length() >= 3 && !STOP.contains(t)) out.add(t);
        return out;
    }

    /**
     * Whether a name could decide the pair: the words of one that have a close partner (edit similarity 0.7
     * or more) in the other make up at least half of the shorter name. "Atlantic Pride" and "LA PRIDE"
     * share a word but not a name; "Gidroagregat OOO" and "HYDROAGREGAT" do.
     */
    static boolean nameCouldDecide(List<String> a, List<String> b) {
        if (a.isEmpty() || b.isEmpty()) return false;
        List<String> shorter = a.size() <= b.size() ? a : b, longer = a.size() <= b.size() ? b : a;
        int shared = 0;
        for (String x : shorter) {
            for (String y : longer) {
                if (x.equals(y) || Levenshtein.similarity(x, y) >= 0.7) {
                    shared++;
                    break;
                }
            }
        }
        return 2 * shared >= shorter.size();
    }

}
