package org.chokepoint.similarity;

/**
 * One Russian word written in the scientific transliteration without diacritics, the informal "j and x" scheme of
 * invoices and of typists who take the Latin letter that looks like the Cyrillic one (х x, й j, я ja, ю ju, ц c, щ sch),
 * against the English-style spelling the lists print: "Pjatyx" is "Pyatykh", "Mixajlovskaja" "Mikhaylovskaya",
 * "Vedjaxin" "Vedyakhin". The normaliser reads a whole name in that scheme only when it says it is Russian (a Russian
 * legal form), which a person's name never does; here one word is read so when the other word writes х as kh or h, so
 * that English x for кс ("Alexander", "Maxim") and pinyin x ("Xiamen") are never read otherwise against words that do not.
 * Pure; thread-safe.
 */
final class ScientificSpelling {
    /** Credit for one word in the two schemes: as much as a shared transliteration key. */
    static final double SIMILARITY = TransliterationKey.SIMILARITY;
    /** Shorter words are not read: a few letters in another scheme meet other words by chance. */
    static final int MIN_LETTERS = 4;

    private ScientificSpelling() {}

    /**
     * The similarity of two words with one first letter, exactly one of which writes x after its first letter while the
     * other writes kh or h: the x word read in the scheme ({@link #english}) against the other as spellings, at most
     * {@value #SIMILARITY}; 0 otherwise.
     */
    static double of(String a, String b, java.util.function.ToDoubleBiFunction<String, String> spelling) {
        if (a.length() < MIN_LETTERS || b.length() < MIN_LETTERS || a.charAt(0) != b.charAt(0)) return 0.0;
        boolean xa = a.indexOf('x', 1) >= 0, xb = b.indexOf('x', 1) >= 0;
        if (xa == xb) return 0.0;
        String x = xa ? a : b, other = xa ? b : a;
        if (other.indexOf('h', 1) < 0) return 0.0;
        String read = english(x);
        if (read.charAt(0) != other.charAt(0)) return 0.0;
        return Math.min(SIMILARITY, spelling.applyAsDouble(read, other));
    }

    /**
     * The word's letters of the scheme in the English-style spelling after its first letter: x kh, j y, c ts (not in
     * ch), sch shch. The first letter is kept, so the two words still start alike.
     */
    static String english(String t) {
        StringBuilder out = new StringBuilder(t.length() + 4).append(t.charAt(0));
        for (int i = 1; i < t.length(); i++) {
            char c = t.charAt(i);
            if (t.startsWith("sch", i)) { out.append("shch"); i += 2; continue; }
            if (t.startsWith("ch", i) || t.startsWith("sh", i) || t.startsWith("zh", i)) { out.append(t, i, i + 2); i++; continue; }
            switch (c) {
                case 'x' -> out.append("kh");
                case 'c' -> out.append("ts");
                case 'j' -> out.append('y');
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
