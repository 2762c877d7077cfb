package org.chokepoint.similarity;

import java.util.List;

/**
 * Two forms built on one East Slavic surname stem that name different people, though they differ by a letter or an
 * ending: a man's and a woman's form ("stepanov"/"stepanova", "rudensky"/"rudenskaya", "yarovoy"/"yarovaya"), a
 * surname and another surname made from it ("moroz"/"morozov", "belous"/"belousov", "antonov"/"antonovskii", the
 * given name "roman" and the surname "romanov"), and a woman's surname and a patronymic of one stem
 * ("borisova"/"borisovna"). Spelling similarity credits them as one word (one letter, or an ending that Russian
 * adjectives of places take), which is right for an organisation's name ("Lipetsk"/"Lipetskii") and wrong for a
 * person's: "Anastasia Stepanova" is not "STEPANOV A. A.", "MOROZ, Igor" not "MOROZOV, Igor". Used only when the
 * listed entity is a person. Pure; thread-safe.
 */
public final class SurnameForms {
    /**
     * The most a pair of such forms is credited with, between two names of persons: kin at most (one family, or one
     * name in a patronymic), below the hit threshold alone.
     */
    public static final double KIN = 0.6;

    /** A stem shorter than this is no surname stem ("ov" of "ova" is nothing). */
    private static final int MIN_STEM = 3;

    /** A man's surname ending and the woman's form of it, as romanisations write them. */
    private static final List<String[]> GENDER = List.of(
            new String[] {"ov", "ova"}, new String[] {"ev", "eva"}, new String[] {"yov", "yova"}, new String[] {"in", "ina"},
            new String[] {"yn", "yna"}, new String[] {"sky", "skaya"}, new String[] {"skiy", "skaya"}, new String[] {"skii", "skaya"},
            new String[] {"skyi", "skaya"}, new String[] {"ski", "skaya"}, new String[] {"sky", "skaia"}, new String[] {"skiy", "skaia"},
            new String[] {"skii", "skaia"}, new String[] {"ski", "ska"}, new String[] {"oy", "aya"}, new String[] {"iy", "aya"},
            new String[] {"yy", "aya"}, new String[] {"yi", "aya"}, new String[] {"ii", "aya"}, new String[] {"oi", "aia"},
            new String[] {"iy", "aia"}, new String[] {"ii", "aia"});

    /** Endings that make a surname of a word (a given name, a nickname, another surname): "moroz" + "ov". */
    private static final List<String> DERIVING = List.of(
            "ov", "ev", "ova", "eva", "in", "ina", "sky", "skiy", "skii", "ski", "skaya", "skaia", "ovsky", "ovskiy", "ovskii",
            "evsky", "evskiy", "evskii", "ovskaya", "evskaya", "enko", "uk", "yuk", "chuk");

    private SurnameForms() {}

    /** Whether {@code a} and {@code b} are two of the forms above (in either order); false for equal words. */
    public static boolean kin(String a, String b) {
        if (a.length() < MIN_STEM + 2 || b.length() < MIN_STEM + 2 || a.equals(b) || a.charAt(0) != b.charAt(0)) return false;
        String s = a.length() <= b.length() ? a : b, l = s == a ? b : a;
        int common = 0;
        while (common < s.length() && s.charAt(common) == l.charAt(common)) common++;
        if (common < MIN_STEM) return false;
        // A woman's surname and a patronymic of one stem: "borisova"/"borisovna", "vasilyeva"/"vasilyevna".
        if (l.length() == s.length() + 1 && (l.endsWith("ovna") || l.endsWith("evna")) && s.equals(l.substring(0, l.length() - 2) + "a")) return true;
        // One surname's man's and woman's forms, from the stem on.
        for (int stem = common; stem >= MIN_STEM; stem--) {
            String x = s.substring(stem), y = l.substring(stem);
            for (String[] g : GENDER) if ((x.equals(g[0]) && y.equals(g[1])) || (x.equals(g[1]) && y.equals(g[0]))) return true;
        }
        // Another surname made of the word: the shorter whole, then a surname ending.
        return common == s.length() && DERIVING.contains(l.substring(s.length()));
    }

    /** East Slavic surname endings, a man's and a woman's: a word ending so is read as a surname. */
    private static final List<String> SURNAME_ENDINGS = List.of(
            "ov", "ova", "ev", "eva", "yov", "yova", "in", "ina", "yn", "yna", "sky", "skiy", "skii", "skaya", "skaia", "enko");

    /**
     * Whether a word has the form of an East Slavic surname: a stem of {@value #MIN_STEM} letters or more and a surname's
     * ending (-ov, -ova, -ev, -in, -sky, -skaya, -enko ...). A firm named after a person ("ODK-Kuznetsov", "Yakovlev")
     * carries a name that thousands of people share.
     */
    public static boolean surname(String w) {
        for (String e : SURNAME_ENDINGS) if (w.length() >= e.length() + MIN_STEM && w.endsWith(e)) return true;
        return false;
    }
}
