package org.chokepoint.text;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Writes the phrases that say a firm's line of business ("Dış Ticaret", "San. ve Tic.", "İthalat İhracat", "General
 * Trading") in one spelling, from {@code trade-phrases.tsv}: "Dış Tic." and "Dış Ticaret" are one phrase, written as
 * the one word "disticaret", which {@link TokenWeights} counts as generic, while "Dis" alone stays a name word ("Dis
 * Logistics"). The phrases are not dropped: "X General Trading" and "X" differ a little, not nothing. Also tells
 * whether a word is a word of such a phrase ({@link #businessWord}), so that {@link LegalForms} sees a form before such a
 * phrase as the first of two forms ("X Ltd. Dış Ticaret Ltd. Şti.", "X SA General Trading L.L.C."). Immutable and
 * thread-safe.
 */
final class TradePhrases {
    private final PhraseMap phrases = new PhraseMap();
    /** The words of the phrases as written here, the ones {@link #canonical} writes. */
    private final Set<String> words = new HashSet<>();

    private TradePhrases() {}

    /** Reads {@code trade-phrases.tsv}: the phrase as written, then its other spellings separated by "|". */
    static TradePhrases load(Function<String, List<List<String>>> readings) {
        TradePhrases out = new TradePhrases();
        for (String[] row : DataFile.rows("trade-phrases.tsv")) {
            if (row.length > 2) throw new IllegalStateException("trade-phrases.tsv: expected 1 or 2 columns: " + String.join(" ", row));
            List<List<String>> canonical = readings.apply(row[0]);
            if (canonical.size() != 1) throw new IllegalStateException("trade-phrases.tsv: not one reading: " + row[0]);
            String written = String.join(" ", canonical.getFirst());
            out.words.addAll(canonical.getFirst());
            out.phrases.put(canonical.getFirst(), written);
            if (row.length < 2) continue;
            for (String variant : DataFile.alternatives(row[1])) {
                for (List<String> phrase : readings.apply(variant)) out.phrases.put(phrase, written);
            }
        }
        return out;
    }

    /** The tokens with every phrase in the spelling of the data file, the longest first; the same list when none changes. */
    List<String> canonical(List<String> tokens) {
        List<String> out = null;
        for (int i = 0; i < tokens.size(); ) {
            int n = phrases.longestAt(tokens, i);
            if (n == 0) {
                if (out != null) out.add(tokens.get(i));
                i++;
                continue;
            }
            List<String> written = List.of(phrases.get(tokens.subList(i, i + n)).split(" "));
            if (out == null && !written.equals(tokens.subList(i, i + n))) out = new ArrayList<>(tokens.subList(0, i));
            if (out != null) out.addAll(written);
            i += n;
        }
        return out == null ? tokens : List.copyOf(out);
    }

    /** Whether a token (after {@link #canonical}) is a word of a line-of-business phrase: "disticaret", "trading". */
    boolean businessWord(String token) {
        return words.contains(token);
    }
}
