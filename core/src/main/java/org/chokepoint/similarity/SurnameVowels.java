package org.chokepoint.similarity;

/**
 * Whether two romanisations of Russian surnames in -ov or -ev (-ova, -eva) can spell one Cyrillic surname, judged by their
 * vowels a, o and u. Every romanising scheme writes а, о and у alike (a, o, u; the French scheme's ou is folded to u by
 * {@link TransliterationKey#folded}); the schemes differ in е, ё, и, й, ы, я and ю only (e, ye, ie, yo, i, y, j, ia, ja, yu,
 * iu, ju). So two such surnames whose a, o and u differ are two surnames, however alike their consonants: "Kolesnikov" and
 * "Kalashnikov" (Колесников, Калашников), "Romanov" and "Rakhmanov" (Романов, Рахманов) share a {@link TransliterationKey}
 * that drops the vowels, which Arabic and Persian names need (o and u for one vowel: "Mohammad"/"Muhammad"). Only for the
 * Russian possessive endings, so Arabic and Persian words are never read this way. Pure.
 */
final class SurnameVowels {
    private SurnameVowels() {}

    /**
     * True when both folded words ({@link TransliterationKey#folded}) end in -ov, -ev, -ova or -eva and their a, o and u
     * differ: ё written yo, io or jo, or o after a hushing consonant ("Gorbachov" for Горбачёв) counts as e.
     */
    static boolean differ(String foldedA, String foldedB) {
        if (!possessive(foldedA) || !possessive(foldedB)) return false;
        return !signature(foldedA).equals(signature(foldedB));
    }

    private static boolean possessive(String w) {
        return w.endsWith("ov") || w.endsWith("ev") || w.endsWith("ova") || w.endsWith("eva");
    }

    /** The word's a, o and u in order, leaving out the o that writes ё. */
    static String signature(String w) {
        StringBuilder s = new StringBuilder(4);
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (c != 'a' && c != 'o' && c != 'u') continue;
            if (c == 'o' && i > 0 && "yijcsz".indexOf(w.charAt(i - 1)) >= 0) continue;
            s.append(c);
        }
        return s.toString();
    }
}
