package org.chokepoint.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts ASCII-folded text into tokens at spaces and commas, and remembers where a single comma
 * stood, because "IVANOV, Ivan Petrovich" puts the surname first. Dots are already spaces, so
 * "L.L.C." arrives as "l l c": single letters stay apart here and are joined, where that helps,
 * into an acronym variant later. At most {@link #MAX_TOKENS} tokens of at most
 * {@link #MAX_TOKEN_LENGTH} characters are kept; both bounds are far above real names and keep
 * the joined tokens shorter than {@link UnicodeFolding#MAX_CHARS}, which normalising twice
 * relies on. Stateless and thread-safe.
 */
final class Tokenizer {
    static final int MAX_TOKENS = 32;
    static final int MAX_TOKEN_LENGTH = 48;

    /**
     * Tokens of one reading.
     *
     * @param tokens  non-empty strings of [a-z0-9]
     * @param commaAt index of the first token after the only comma, or -1 when there is no comma,
     *                more than one, or the comma has no token on one side
     */
    record Tokens(List<String> tokens, int commaAt) {}

    private Tokenizer() {}

    static Tokens tokenize(String ascii) {
        List<String> tokens = new ArrayList<>();
        int commas = 0;
        int commaAt = -1;
        int start = -1;
        for (int i = 0; i <= ascii.length() && tokens.size() < MAX_TOKENS; i++) {
            char c = i < ascii.length() ? ascii.charAt(i) : ' ';
            boolean word = c >= 'a' && c <= 'z' || c >= '0' && c <= '9';
            if (word && start < 0) start = i;
            if (!word && start >= 0) {
                tokens.add(ascii.substring(start, Math.min(i, start + MAX_TOKEN_LENGTH)));
                start = -1;
            }
            if (c == ',' && ++commas == 1) commaAt = tokens.size();
        }
        if (commas != 1 || commaAt <= 0 || commaAt >= tokens.size()) commaAt = -1;
        return new Tokens(List.copyOf(tokens), commaAt);
    }
}
