package org.chokepoint.similarity;

/**
 * One Arabic or Persian name in the romanisations that lists and declarations use: Arabic writes three short vowels
 * (a, i, u) that Persian pronounces a, e, o and that romanisations write a/e, i/e, u/o ("Muhsin"/"Mohsen",
 * "Husayn"/"Hossein", "Umar"/"Omar"); the diphthongs ay/ai are ey/ei in Persian; the letter ض (ḍ) and ذ ظ (dh, ẓ)
 * are d or dh in Arabic and z in Persian ("Rida"/"Reza", "Murtada"/"Morteza", "Kadhimi"/"Kazemi"); doubled
 * consonants (shadda) are written single or double ("Hussein"/"Husein", "Abbas"/"Abas", "Nasser"/"Naser"); ق is
 * q, k or gh. Two words are one name when, after folding those spellings, they have the same consonants and their
 * vowels agree: a with a, i with i, u with o or u, and e, the Persian short vowel, with a or i ("Mohsen", "Reza"),
 * all of a word's e against the other's vowels on one side ("Kemal" is Kamal, not Kamel). A different Arabic vowel is
 * a different name ("Hassan" and "Husayn" share their consonants; "Jose" is not "Jesse"). Pure and thread-safe.
 */
final class ArabicVowels {
    /** Shorter words are compared only as {@link TokenSimilarity} compares short words. */
    static final int MIN_LENGTH = 4;

    private ArabicVowels() {}

    /**
     * Whether two words are one Arabic or Persian name in two romanisations (see the class comment); false for equal
     * words and for words whose first letters are not {@linkplain #alikeInitials alike}.
     */
    static boolean sameName(String a, String b) {
        return sameName(a, b, null, null);
    }

    /**
     * {@link #sameName(String, String)} with the words' {@link #skeletonOf skeletons} when the caller has them (null:
     * made here): a caller comparing one word with many makes its skeleton once.
     */
    static boolean sameName(String a, String b, String skeletonA, String skeletonB) {
        if (a.length() < MIN_LENGTH || b.length() < MIN_LENGTH || !alikeInitials(a.charAt(0), b.charAt(0)) || a.equals(b)
                || Math.abs(a.length() - b.length()) > 3) return false;
        String x = skeletonA == null ? skeleton(a) : skeletonA, y = skeletonB == null ? skeleton(b) : skeletonB;
        if (x == null || y == null || x.isEmpty() || y.isEmpty() || x.length() != y.length()) return false;
        int consonants = 0, vowels = 0;
        boolean eFirst = false, eSecond = false;
        for (int i = 0; i < x.length(); i++) {
            char p = x.charAt(i), q = y.charAt(i);
            boolean vp = Character.isUpperCase(p), vq = Character.isUpperCase(q);
            if (vp != vq) return false;
            if (!vp) {
                if (p != q) return false;
                consonants++;
            } else if (p == q || (p == 'E' && q != 'U') || (q == 'E' && p != 'U')) {
                vowels++;
                if (p == 'E' && q != 'E') eFirst = true;
                if (q == 'E' && p != 'E') eSecond = true;
            } else {
                return false;
            }
        }
        // The Persian e on both sides against other vowels is two different names: "kemal" (kamal) is not "kamel" (kamil).
        if (eFirst && eSecond) return false;
        // Two vowels at least: a word of one vowel ("niip", "niipp") is more likely an acronym than a name.
        return consonants >= 2 && vowels >= 2;
    }

    /**
     * Letters that begin one Arabic or Persian name in different romanisations: u and o (Umar/Omar, Uthman/Osman: the
     * Arabic u that Persian and Turkish write o), and q, k, c and gh (Qasem/Kassem/Ghasem: ق). The skeletons must still
     * agree; this only says which words are worth comparing.
     */
    static final String[] INITIAL_CLASSES = {"ou", "qkcg"};

    /**
     * By ASCII letter: one bit for each of the {@link #INITIAL_CLASSES} it is in (the first 64), so that two letters are
     * alike when their bits meet: this test runs for most pairs of words a query compares.
     */
    private static final long[] INITIAL_CLASS_BITS = new long[128];

    static {
        for (int i = 0; i < Math.min(64, INITIAL_CLASSES.length); i++) {
            for (char c : INITIAL_CLASSES[i].toCharArray()) if (c < 128) INITIAL_CLASS_BITS[c] |= 1L << i;
        }
    }

    /** Whether two words starting with these letters may be one name ({@link #INITIAL_CLASSES}). */
    static boolean alikeInitials(char x, char y) {
        if (x == y) return true;
        if (x < 128 && y < 128 && INITIAL_CLASSES.length <= 64) return (INITIAL_CLASS_BITS[x] & INITIAL_CLASS_BITS[y]) != 0;
        for (String c : INITIAL_CLASSES) if (c.indexOf(x) >= 0 && c.indexOf(y) >= 0) return true;
        return false;
    }

    /**
     * What {@link #sameName(String, String, String, String)} takes for a word: its {@link #skeleton}, or "" when the word
     * has none (letters no such name has) or is too short to be compared. Never null.
     */
    static String skeletonOf(String w) {
        if (w.length() < MIN_LENGTH) return "";
        String s = skeleton(w);
        return s == null ? "" : s;
    }

    /**
     * The word with its spellings folded: consonants in lower case, vowels as A, I, U or E (upper case), one letter per
     * sound; null when the word has letters no such name has.
     */
    static String skeleton(String w) {
        StringBuilder out = new StringBuilder(w.length());
        int n = w.length();
        // A final -eh or -ah is the silent h of Persian and Arabic feminine endings ("Zadeh"/"Zade", "Fatemeh").
        if (n > 3 && w.charAt(n - 1) == 'h' && (w.charAt(n - 2) == 'e' || w.charAt(n - 2) == 'a')) n--;
        for (int i = 0; i < n; i++) {
            char c = w.charAt(i);
            char next = i + 1 < n ? w.charAt(i + 1) : ' ';
            String s;
            switch (c) {
                case 'a' -> s = next == 'i' || next == 'y' ? "Ay" : "A";
                case 'e' -> s = next == 'i' || next == 'y' ? "Ey" : next == 'e' ? "I" : "E";
                case 'i' -> s = "I";
                case 'o' -> s = "U";
                case 'u' -> s = "U";
                case 'y' -> s = "y";
                case 'd' -> s = next == 'h' ? "z" : i == 0 ? "d" : "z";
                case 't' -> s = next == 'h' && i > 0 ? "s" : "t";
                case 'g' -> s = next == 'h' ? "k" : "g";
                case 's' -> s = next == 'h' ? "S" : "s";
                case 'k' -> s = next == 'h' ? "x" : "k";
                case 'z' -> s = next == 'h' ? "j" : "z";
                case 'q', 'c' -> s = "k";
                case 'w' -> s = "v";
                default -> {
                    if (c < 'a' || c > 'z') return null;
                    s = String.valueOf(c);
                }
            }
            // Two-letter spellings take their second letter with them: "sh", "kh", "dh", "th", "gh", "zh", "ay", "ei",
            // "ou", "oo", "ee".
            boolean pair = (s.equals("Ay") || s.equals("Ey")) || (next == 'h' && "dtgskz".indexOf(c) >= 0 && !(c == 't' && i == 0))
                    || (c == 'o' && (next == 'u' || next == 'o')) || (c == 'e' && next == 'e');
            if (pair) i++;
            // Doubled letters (shadda) written once or twice; a vowel written twice is one long vowel.
            char first = s.charAt(0);
            if (out.length() > 0 && out.charAt(out.length() - 1) == first && s.length() == 1) continue;
            out.append(s);
        }
        return out.toString();
    }
}
