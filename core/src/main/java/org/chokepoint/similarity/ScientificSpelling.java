package org.chokepoint.similarity;

/**
 * One Russian word written in the scientific transliteration without diacritics, the informal "j and x" scheme of
 * invoices and of typists who take the Latin letter that looks like the Cyrillic one (х x, й j, я ja, ю ju, ц c, щ sch),
 * or with c for ц as Polish, Czech and ISO 9 write it, against the English-style spelling the lists print: "Pjatyx" is
 * "Pyatykh", "Mixajlovskaja" "Mikhaylovskaya", "Xusnullin" "Khusnullin", "Kobec" "Kobets". The normaliser reads a whole
 * name in that scheme only when it says it is Russian (a Russian legal form), which a person's name never does; here
 * one word is read so when the other word writes the sound the English way (kh or h for х, ts for ц), so that English
 * x for кс ("Alexander", "Maxim"), pinyin x ("Xiamen") and c for k ("Victor") are never read otherwise against words that
 * do not. Pure; thread-safe.
 */
final class ScientificSpelling {
    /** Credit for one word in the two schemes: as much as a shared transliteration key. */
    static final double SIMILARITY = TransliterationKey.SIMILARITY;
    /** Shorter words are not read: a few letters in another scheme meet other words by chance. */
    static final int MIN_LETTERS = 4;
    /**
     * Below this many letters the word read must be the other word itself: read in another scheme and spelled otherwise
     * too is two steps from it, too far for a short word ("Smec" read "smets" is not the "smats" of "SMAZ").
     */
    static final int EXACT_BELOW = 7;

    private ScientificSpelling() {}

    /**
     * The similarity of two words, exactly one of which writes x (anywhere) or c for ц (not in ch, ck), while the other writes
     * the English kh or h, or ts: the marked word read in the scheme ({@link #english}) against the other as spellings,
     * at most {@value #SIMILARITY} (below {@value #EXACT_BELOW} letters only when the reading is the other word); 0
     * otherwise, and when the two do not then start with one letter.
     */
    static double of(String a, String b, java.util.function.ToDoubleBiFunction<String, String> spelling) {
        if (a.length() < MIN_LETTERS || b.length() < MIN_LETTERS) return 0.0;
        // One pass over each word for both letters: this runs for every pair of words compared, nearly all of which have
        // neither, and four searches of the two words (x and c in each) cost several times that.
        int la = marks(a), lb = marks(b);
        boolean xa = (la & X) != 0, xb = (lb & X) != 0, ca = (la & C) != 0 && softC(a), cb = (lb & C) != 0 && softC(b);
        if (xa == xb && ca == cb) return 0.0;
        String marked, other;
        if ((xa && !xb && b.indexOf('h') >= 0) || (ca && !cb && b.contains("ts"))) {
            marked = a;
            other = b;
        } else if ((xb && !xa && a.indexOf('h') >= 0) || (cb && !ca && a.contains("ts"))) {
            marked = b;
            other = a;
        } else {
            return 0.0;
        }
        String read = english(marked);
        if (read.charAt(0) != other.charAt(0)) return 0.0;
        if (Math.min(read.length(), other.length()) < EXACT_BELOW) return read.equals(other) ? SIMILARITY : 0.0;
        return Math.min(SIMILARITY, spelling.applyAsDouble(read, other));
    }

    /**
     * Whether {@link #of} may read the word in the scheme or against a word so read: it writes x, or c after its first
     * letter. {@link #of} gives 0 for two words neither of which does, so a caller comparing one word with many tests
     * each word once rather than each pair ({@link TokenSimilarity#writesSchemeLetters}).
     */
    static boolean writesSchemeLetters(String w) {
        return w.indexOf('x') >= 0 || w.indexOf('c', 1) >= 0;
    }

    private static final int X = 1, C = 2;

    /** {@link #X} when the word has an x, {@link #C} when it has a c after its first letter (which {@link #softC} may read). */
    private static int marks(String w) {
        int out = w.charAt(0) == 'x' ? X : 0;
        for (int i = 1, n = w.length(); i < n; i++) {
            char c = w.charAt(i);
            if (c == 'x') out |= X;
            else if (c == 'c') out |= C;
        }
        return out;
    }

    /** Whether a word writes c for ц: a c after its first letter that is not part of ch or ck. */
    private static boolean softC(String w) {
        // By indexOf, which the JVM runs over many letters at once: this runs for every pair of words compared, most of which
        // have no c at all, and a loop over the letters was a few percent of screening.
        for (int i = w.indexOf('c', 1), n = w.length(); i >= 0; i = w.indexOf('c', i + 1)) {
            char next = i + 1 < n ? w.charAt(i + 1) : ' ';
            if (next != 'h' && next != 'k') return true;
        }
        return false;
    }

    /**
     * Whether a word that starts with {@code first} may be read by {@link #of} against words starting with x, or (x) with
     * k and h: the letters a word so read may start with, for {@link TokenSimilarity#alikeFirstLetters(String)}.
     */
    static String alikeFirstLetters(char first) {
        return first == 'x' ? "kh" : first == 'k' || first == 'h' ? "x" : "";
    }

    /**
     * The word's letters of the scheme in the English-style spelling: x kh (also first, "Xusnullin"), and after the first
     * letter j y, c ts (not in ch, ck), sch shch. A first j is kept: an initial iotated vowel is read as such
     * ({@link TokenSimilarity#alikeFirstLetters(String)}).
     */
    static String english(String t) {
        StringBuilder out = new StringBuilder(t.length() + 4);
        char first = t.charAt(0);
        if (first == 'x') out.append("kh");
        else out.append(first);
        for (int i = 1; i < t.length(); i++) {
            char c = t.charAt(i);
            if (t.startsWith("sch", i)) { out.append("shch"); i += 2; continue; }
            if (t.startsWith("ch", i) || t.startsWith("sh", i) || t.startsWith("zh", i) || t.startsWith("ck", i)) { out.append(t, i, i + 2); i++; continue; }
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
