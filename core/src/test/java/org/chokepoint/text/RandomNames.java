package org.chokepoint.text;

import java.util.Random;

/**
 * Random text for property tests: names in many scripts, with noise, broken UTF-16 and symbols. Public
 * so that the property tests of other packages (similarity, screening) draw from the same inputs.
 */
public final class RandomNames {
    /** Code point ranges to draw from, with weights by repetition. */
    private static final int[][] RANGES = {
            {'a', 'z'}, {'A', 'Z'}, {'a', 'z'}, {'0', '9'}, {0x00C0, 0x024F}, // Latin with diacritics
            {0x0400, 0x04FF}, {0x0410, 0x044F}, {0x0410, 0x044F},             // Cyrillic
            {0x4E00, 0x9FFF}, {0xAC00, 0xD7A3}, {0x0600, 0x06FF}, {0x0621, 0x064A},
            {0x3040, 0x30FF}, {0x0370, 0x03FF}, {0x05D0, 0x05EA}, {0x0E00, 0x0E7F},
            {0x0300, 0x036F},                                                 // combining marks
            {0x2000, 0x206F}, {0x20A0, 0x20CF}, {0xFF01, 0xFF5E},             // punctuation, currency, full width
            {0xD800, 0xDFFF},                                                 // lone surrogates
            {0x1F300, 0x1F6FF}, {0x20000, 0x2A6DF}, {0x0000, 0x001F},          // emoji, CJK extension B, controls
            {' ', ' '}, {' ', ' '}, {',', ','}, {'.', '.'}, {'-', '-'}, {'\'', '\''},
    };

    private final Random random;

    public RandomNames(long seed) {
        this.random = new Random(seed);
    }

    /** A string of at most {@code maxLength} code points (lone surrogates among them), mostly runs of one script. */
    public String next(int maxLength) {
        int length = random.nextInt(maxLength + 1);
        StringBuilder out = new StringBuilder(length);
        int[] range = RANGES[random.nextInt(RANGES.length)];
        for (int i = 0; i < length; i++) {
            if (random.nextInt(4) == 0) range = RANGES[random.nextInt(RANGES.length)]; // mostly runs of one script
            int cp = range[0] + random.nextInt(range[1] - range[0] + 1);
            if (cp >= 0xD800 && cp <= 0xDFFF) out.append((char) cp);
            else out.appendCodePoint(cp);
        }
        return out.toString();
    }
}
