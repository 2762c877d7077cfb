package org.chokepoint.text;

import java.util.ArrayList;
import java.util.List;

/**
 * A name whose words repeat: given twice in one entry with two legal forms ("CJSC VAD Aktsionernoe Obshchestvo VAD",
 * whose forms the chain takes out, leaving "vad vad"), or with a word typed twice ("Kazan State State Powder Plant").
 * The other list writes the name once, and every repeated word stays unmatched against it, so the chain adds a
 * variant with each word of three letters or more kept only where it first stands. Shorter words repeat by right
 * (initials: "A. A. Ivanov"). Stateless and thread-safe.
 */
final class RepeatedWords {
    private RepeatedWords() {}

    /** Words shorter than this may repeat: initials, numbers of one or two digits. */
    private static final int MIN_LENGTH = 3;

    /** The tokens with later repeats of a word left out, or null when no word repeats. */
    static List<String> once(List<String> tokens) {
        int n = tokens.size();
        List<String> out = null;
        for (int i = 1; i < n; i++) {
            String t = tokens.get(i);
            boolean repeat = t.length() >= MIN_LENGTH && tokens.subList(0, i).contains(t);
            if (repeat && out == null) out = new ArrayList<>(tokens.subList(0, i));
            else if (!repeat && out != null) out.add(t);
        }
        return out == null || out.isEmpty() ? null : out;
    }
}
