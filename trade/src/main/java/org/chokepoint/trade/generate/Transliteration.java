package org.chokepoint.trade.generate;

/**
 * Russian Cyrillic to Latin as clerks write it: BGN/PCGN-like ({@code х → kh}, {@code й → y}) or a
 * looser popular spelling ({@code х → h}, {@code й → i}, {@code я → ia}, {@code ц → c}), so that one
 * company's name comes out of different declarations in different Latin spellings. Pure and thread-safe.
 */
final class Transliteration {
    private static final String CYR = "абвгдеёжзийклмнопрстуфхцчшщъыьэюя";
    private static final String[] BGN = {"a", "b", "v", "g", "d", "e", "yo", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p",
            "r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya"};
    private static final String[] LOOSE = {"a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "i", "k", "l", "m", "n", "o", "p",
            "r", "s", "t", "u", "f", "h", "c", "ch", "sh", "sch", "", "y", "", "e", "iu", "ia"};

    private Transliteration() {}

    static String bgn(String s) {
        return apply(s, BGN);
    }

    static String loose(String s) {
        return apply(s, LOOSE);
    }

    private static String apply(String s, String[] table) {
        StringBuilder b = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            char lower = Character.toLowerCase(c);
            int k = CYR.indexOf(lower);
            if (k < 0) {
                b.append(c == '«' || c == '»' ? '"' : c);
                continue;
            }
            String t = table[k];
            if (t.isEmpty()) continue;
            if (c != lower) {
                boolean nextUpper = i + 1 < s.length() && Character.isUpperCase(s.charAt(i + 1));
                t = nextUpper ? t.toUpperCase() : Character.toUpperCase(t.charAt(0)) + t.substring(1);
            }
            b.append(t);
        }
        return b.toString();
    }
}
