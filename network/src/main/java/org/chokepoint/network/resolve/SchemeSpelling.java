package org.chokepoint.network.resolve;

/**
 * The spelling that the romanisation schemes of one Cyrillic word share. A Russian, Kazakh, Kyrgyz, Uzbek or
 * Mongolian firm is declared in Latin letters by whoever fills the form, each by another scheme: "Юг" is Yug (BGN/PCGN),
 * Iug (the Russian passport scheme since 2013) or Jug (ISO 9 without diacritics, German and Slavic practice); "Трейд" is
 * Treyd, Treid or Trejd; "Центр" Tsentr, Tzentr or Centr; "Техно" Tekhno or, as Mongolian Latin writes х, Tehno;
 * "Материалы" Materialy or Materiali. Screening's word similarity reads these only from six letters
 * ({@link org.chokepoint.similarity.TransliterationKey}), where chance meetings are rare among every listed name; within
 * one country's declarations two firms whose names differ only by the scheme are far less likely than one firm written
 * twice. Pure.
 *
 * <p>What is folded, each to one letter of its own: ю (yu, iu, ju), я (ya, ia, ja), ё (yo, io, jo), ц (ts, tz, cz, c),
 * ч (tch, ch), ш and щ (shch, sch, sh), ж (zh), х (kh, h), дж (dzh, dj), в (v, w); й after a vowel and before a consonant
 * or the end (y, j, i: Treyd, Treid, Trejd; Altay, Altai, Altaj), and a last y or i after a consonant (ы or и: Materialy,
 * Materiali). Not folded: a lone j (й, ж and дж all write it), e against ye (е), x (х in "XXK", ks in "Impex").
 */
final class SchemeSpelling {
    private SchemeSpelling() {}

    /** Words shorter than this are compared as written: two letters leave too little to tell a scheme from a word. */
    static final int MIN_LENGTH = 3;

    /** Letter groups, longest first where one begins another, and the letter each folds to. */
    private static final String[][] GROUPS = {
        {"shch", "S"}, {"dzh", "G"}, {"sch", "S"}, {"tch", "Q"},
        {"yu", "U"}, {"iu", "U"}, {"ju", "U"}, {"ya", "A"}, {"ia", "A"}, {"ja", "A"}, {"yo", "O"}, {"io", "O"}, {"jo", "O"},
        {"ts", "C"}, {"tz", "C"}, {"cz", "C"}, {"ch", "Q"}, {"sh", "S"}, {"zh", "Z"}, {"kh", "H"}, {"dj", "G"},
        {"c", "C"}, {"h", "H"}, {"w", "v"},
    };

    /** Whether two different words are one Cyrillic word romanised by two schemes. */
    static boolean same(String x, String y) {
        if (x.length() < MIN_LENGTH || y.length() < MIN_LENGTH || x.equals(y)) return false;
        return remembered(x).equals(remembered(y));
    }

    /**
     * Folded forms of recent words: a resolution compares each word with many others (74,000 spellings at a million
     * records), and folding allocated anew at each comparison. Bounded: started over rather than grown without end.
     */
    private static final java.util.concurrent.ConcurrentHashMap<String, String> FOLDED = new java.util.concurrent.ConcurrentHashMap<>();
    private static final int REMEMBERED = 200_000;

    private static String remembered(String w) {
        String f = FOLDED.get(w);
        if (f != null) return f;
        f = folded(w);
        if (FOLDED.size() >= REMEMBERED) FOLDED.clear();
        FOLDED.put(w, f);
        return f;
    }

    /** The word with the scheme-dependent groups folded ({@link SchemeSpelling}). Package-private for tests. */
    static String folded(String w) {
        StringBuilder out = new StringBuilder(w.length());
        int i = 0;
        while (i < w.length()) {
            char c = w.charAt(i);
            if ((c == 'y' || c == 'j' || c == 'i') && shortI(w, i, out)) {
                out.append('I');
                i++;
                continue;
            }
            String[] group = groupAt(w, i);
            if (group != null) {
                out.append(group[1]);
                i += group[0].length();
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    /**
     * Whether the y, j or i at {@code i} writes й after a vowel (before a consonant or the end: "treyd", "altaj"), or a
     * last ы or и after a consonant ("materialy"). Before a vowel it begins a group (ю, я, ё) or is a vowel itself.
     */
    private static boolean shortI(String w, int i, StringBuilder before) {
        if (before.isEmpty()) return false;
        boolean last = i == w.length() - 1;
        if (!last && vowel(w.charAt(i + 1))) return false;
        char previous = before.charAt(before.length() - 1);
        return vowel(previous) || last && Character.isLowerCase(previous) && previous != 'y' && previous != 'j';
    }

    private static boolean vowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y' || c == 'U' || c == 'A' || c == 'O' || c == 'I';
    }

    private static String[] groupAt(String w, int i) {
        for (String[] g : GROUPS) if (w.startsWith(g[0], i)) return g;
        return null;
    }
}
