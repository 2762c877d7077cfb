package org.chokepoint.similarity;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A word written in Arabic script (Arabic or Persian), read as the consonant skeleton that romanising it letter for
 * letter gives ("mlt" for ملت, "slymany" for سلیمانی, "qasm" for قاسم), against a word of a list written in Latin
 * letters ("MELLAT", "SOLEIMANI", "QASEM"). Arabic script writes no short vowels, so the Latin word is the skeleton
 * with vowels put in and each letter spelled as romanisations spell it:
 * <ul>
 *   <li>ق q, k, gh or g; خ kh, h or x; ش sh, ch or sch; ج j, dj or g; ث th, s or t; ذ ظ ض dh, z or d; غ gh or g;</li>
 *   <li>و w, v, o, u, ou or oo (a consonant in Persian, a long vowel in Arabic); ی ي y, i, ee, ei, e, ai or ey;
 *       ا a, aa or e, and at the start of a word any vowel (ایران Iran, ابراهیم Ebrahim); ع and ء are not written in the
 *       skeleton at all, which the vowels put in stand for (علی Ali);</li>
 *   <li>a final ه or ة (the silent h of Persian, the Arabic feminine ending, which one reading gives as h) h, t, a or e
 *       (سپه Sepah, شركة Sharika), and a final h with its vowel (طه Taha); a final ى (alef maqsura) a (مصطفى Mustafa);</li>
 *   <li>every consonant single or double (shadda is not written: ملت Mellat, محمد Mohammad);</li>
 *   <li>one or two short vowels (a, e, i, o, u) between two letters and before the first, none after the last but the
 *       mute e of French-style spellings after a final consonant (Djermane);</li>
 *   <li>the article ال inside a compound name al, el, ul, ol or il, and before a "sun" letter only its vowel, the letter
 *       doubled (Abdelkader, Abderrahmane, Noureddine).</li>
 * </ul>
 * The Latin letters are the ones {@link org.chokepoint.text} readings give after ASCII folding; digits match only
 * themselves. A skeleton of a few consonants reaches many Latin words ("mly" is Melli, but also Mali and Mila), so the
 * credit falls with the consonants: {@value #CREDIT} from {@value #FULL_CONSONANTS} consonants on, below an exact word
 * and below a transliteration key, {@value #SHORT} for fewer (below the hit threshold alone: such a word needs other
 * words of the name beside it), one consonant only against a Latin word of at most {@value #SHORT_LATIN} letters (علي
 * Ali: the ع the reading drops is a consonant too), and nothing without a consonant. Directional: the first word is the Arabic-script reading. Pure and
 * thread-safe.
 */
public final class ArabicSkeleton {
    /** Credit for a skeleton of {@value #FULL_CONSONANTS} consonants or more that spells the Latin word. */
    public static final double CREDIT = 0.88;
    /**
     * Credit for a skeleton of one or two consonants (one only against a Latin word of at most {@value #SHORT_LATIN}
     * letters): below {@code ScorerV1.DEFAULT_THRESHOLD}, so that such a word decides nothing alone.
     */
    public static final double SHORT = 0.75;
    static final int FULL_CONSONANTS = 3;
    static final int SHORT_LATIN = 4;
    /** Longer words are not compared (the normaliser cuts tokens at 48 characters; the reachable positions are bits of a long). */
    static final int MAX_LENGTH = 56;
    /** At most this many retrieval keys per skeleton. */
    static final int MAX_KEYS = 8;
    /** Retrieval keys have at least this many consonant classes: shorter ones are shared by far too many words. */
    static final int MIN_KEY = 3;

    private static final String VOWELS = "aeiou";

    private ArabicSkeleton() {}

    /**
     * How far a Latin word is the skeleton spelled out (see the class comment): {@link #CREDIT}, {@link #SHORT} or 0;
     * 1 for equal words. Null or empty words score 0.
     *
     * @param skeleton a reading of a word in Arabic script, lower-case ASCII letters and digits
     * @param latin    a word written in Latin letters, likewise
     */
    public static double similarity(String skeleton, String latin) {
        if (skeleton == null || latin == null || skeleton.isEmpty() || latin.isEmpty()) return 0.0;
        if (skeleton.equals(latin)) return 1.0;
        if (skeleton.length() > MAX_LENGTH || latin.length() > MAX_LENGTH) return 0.0;
        int consonants = consonants(skeleton, latin);
        if (consonants == 0 || (consonants == 1 && latin.length() > SHORT_LATIN)) return 0.0;
        // A Latin word much shorter than the skeleton cannot spell it: every letter of the skeleton is written.
        if (latin.length() < consonants) return 0.0;
        if (!spells(skeleton, latin, 2)) return 0.0;
        // A short skeleton whose letters spell every vowel of the Latin word, none put in but one before the first
        // letter (where ع or an alef stands): the script wrote the whole reading (علي Ali, موسى Musa), which leaves no
        // other word to read in it, as "mly" leaves Melli and Mali.
        return consonants >= FULL_CONSONANTS || spells(skeleton, latin, 0) ? CREDIT : SHORT;
    }

    /**
     * The consonants of a skeleton, a digraph (sh, kh, ...) counting one; و and ي at the start of a word count (they are
     * the consonants w/v and y there: يوسف Yusuf, وليد Walid); digits count as consonants.
     */
    static int consonants(String skeleton) {
        return consonants(skeleton, null);
    }

    /**
     * {@link #consonants(String)}, where a digraph of the skeleton that the Latin word does not write as one (ص and ح
     * of صحراوي, "shrawy", are the s and h of Sahrawi) counts two.
     */
    static int consonants(String skeleton, String latin) {
        int n = 0;
        for (int i = 0; i < skeleton.length(); i++) {
            char c = skeleton.charAt(i);
            if ("aeiou".indexOf(c) >= 0) continue;
            if ("wvy".indexOf(c) >= 0 && i > 0) continue;
            if (c == 'h' && i > 0 && "sktdgzc".indexOf(skeleton.charAt(i - 1)) >= 0) {
                // second letter of a digraph, unless the Latin word writes its two letters apart
                if (latin == null || latin.contains(skeleton.substring(i - 1, i + 1))) continue;
            }
            n++;
        }
        return n;
    }

    /** Whether the Latin word is the skeleton with its letters spelled as romanisations do and short vowels put in. */
    static boolean spells(String skeleton, String latin) {
        return spells(skeleton, latin, 2);
    }

    /** {@link #spells(String, String)} with at most {@code inside} short vowels put in between two letters of the skeleton. */
    private static boolean spells(String skeleton, String latin, int inside) {
        int n = skeleton.length(), m = latin.length();
        // reach[i]: the Latin positions reachable having spelled skeleton[0, i), as bits.
        long[] reach = new long[n + 1];
        reach[0] = gap(latin, 1L, 1);
        for (int i = 0; i < n; i++) {
            long from = reach[i];
            if (from == 0) continue;
            for (int len = 1; len <= 3 && i + len <= n; len++) {
                String[] spellings = spellings(skeleton, i, len, i == 0, i + len == n);
                if (spellings == null) continue;
                long to = 0;
                for (long bits = from; bits != 0; bits &= bits - 1) {
                    int j = Long.numberOfTrailingZeros(bits);
                    for (String s : spellings) if (latin.startsWith(s, j)) to |= 1L << (j + s.length());
                }
                if (to == 0) continue;
                reach[i + len] |= i + len == n ? to : gap(latin, to, inside);
            }
        }
        if ((reach[n] & (1L << m)) != 0) return true;
        // French-style romanisation (the Maghreb) writes a mute e after a final consonant: Djermane, Zidane, Eddine.
        return m >= 2 && latin.charAt(m - 1) == 'e' && VOWELS.indexOf(latin.charAt(m - 2)) < 0 && (reach[n] & (1L << (m - 1))) != 0;
    }

    /** The positions reachable from {@code at} by putting in up to {@code max} short vowels. */
    private static long gap(String latin, long at, int max) {
        long out = at, frontier = at;
        for (int k = 0; k < max; k++) {
            long next = 0;
            for (long bits = frontier; bits != 0; bits &= bits - 1) {
                int j = Long.numberOfTrailingZeros(bits);
                if (j < latin.length() && VOWELS.indexOf(latin.charAt(j)) >= 0) next |= 1L << (j + 1);
            }
            out |= next;
            frontier = next;
        }
        return out;
    }

    private static final String[] ANY_VOWEL = {"a", "aa", "e", "i", "o", "u", "ee", "ei", "ai", "ou"};

    /**
     * How romanisations spell one letter (or a two-letter reading such as "sh", or the article "al") of a skeleton,
     * {@code word[i, i + len)}; null for letters that are no one letter. {@code first}/{@code last}: whether it starts or
     * ends the word.
     */
    private static String[] spellings(String word, int i, int len, boolean first, boolean last) {
        char c = word.charAt(i);
        if (len == 3) return !first && c == 'a' && word.charAt(i + 1) == 'l' && word.charAt(i + 2) == 'l' ? ALLAH : null;
        if (len == 2 && c == 'a' && word.charAt(i + 1) == 'l') {
            // The article inside a compound name (عبد القادر Abdelkader, نور الدين Noureddine): al, el, ul, ol; before a
            // "sun" letter (t, th, d, dh, r, z, s, sh, l, n) its l takes that letter's sound (Abderrahmane, Eddine).
            if (first) return null;
            return i + 2 < word.length() && SUN.indexOf(word.charAt(i + 2)) >= 0 ? ARTICLE_SUN : ARTICLE;
        }
        if (len == 2) return word.charAt(i + 1) == 'h' && c < 128 ? DIGRAPHS[c] : null;
        if (c == 'h' && last) return FINAL_H;
        if (c == 'y' && last) return FINAL_Y;
        if (c == 'a' && first) return ANY_VOWEL;
        return c < 128 && SINGLE[c] != null ? SINGLE[c] : new String[] {String.valueOf(c)};
    }

    /** The article of الله (Allah) joined to the word before it takes that word's vowel: Abdullah, Abdollah, Hizballah. */
    private static final String[] ALLAH = {"all", "ull", "oll", "ell"};
    private static final String SUN = "tdrzsln";
    private static final String[] ARTICLE = {"al", "el", "ul", "ol", "il"};
    private static final String[] ARTICLE_SUN = {"al", "el", "ul", "ol", "il", "a", "e", "u", "o", "i"};
    /** A final ه or ة (read as h): the h written, or the vowel it ends on. */
    private static final String[] FINAL_H = {"h", "a", "e", "t", "ha"};
    /** A final ي or ى (alef maqsura, which the readings give as y): i, or a (Mustafa, Musa, Yahya, Huda). */
    private static final String[] FINAL_Y = {"y", "i", "ee", "ei", "e", "ai", "ey", "ay", "ie", "yy", "iy", "ii", "a", "ia", "iya", "ya"};
    /** By first letter: the spellings of the two-letter readings sh, kh, gh, th, dh, zh, ch. */
    private static final String[][] DIGRAPHS = new String[128][];
    /** By letter: its spellings, in the order romanisations use them most. */
    private static final String[][] SINGLE = new String[128][];

    static {
        DIGRAPHS['s'] = new String[] {"sh", "ch", "sch"};
        DIGRAPHS['k'] = new String[] {"kh", "h", "x", "ch", "k"};
        DIGRAPHS['g'] = new String[] {"gh", "g", "q", "gg"};
        DIGRAPHS['t'] = new String[] {"th", "s", "t", "ss", "tt"};
        DIGRAPHS['d'] = new String[] {"dh", "z", "d", "th", "zz", "dd"};
        DIGRAPHS['z'] = new String[] {"zh", "j", "z"};
        DIGRAPHS['c'] = new String[] {"ch", "tch", "tsch"};
        SINGLE['b'] = new String[] {"b", "bb"};
        SINGLE['p'] = new String[] {"p", "pp"};
        // ة at the end is "t" in one reading and "h" in the other (the BGN one): the "h" reading takes its vowel.
        SINGLE['t'] = new String[] {"t", "tt"};
        SINGLE['j'] = new String[] {"j", "dj", "g", "dzh", "jj", "zh"};
        SINGLE['h'] = new String[] {"h", "hh"};
        SINGLE['d'] = new String[] {"d", "dd", "dh", "z"};
        SINGLE['r'] = new String[] {"r", "rr"};
        SINGLE['z'] = new String[] {"z", "zz", "dh", "d", "s"};
        SINGLE['s'] = new String[] {"s", "ss", "th", "c"};
        SINGLE['f'] = new String[] {"f", "ff", "ph"};
        SINGLE['q'] = new String[] {"q", "k", "gh", "g", "qq", "kk", "c"};
        SINGLE['k'] = new String[] {"k", "kk", "c", "ck", "q"};
        SINGLE['g'] = new String[] {"g", "gg", "gh", "j"};
        SINGLE['l'] = new String[] {"l", "ll"};
        SINGLE['m'] = new String[] {"m", "mm"};
        SINGLE['n'] = new String[] {"n", "nn"};
        SINGLE['c'] = new String[] {"c", "ch", "k"};
        SINGLE['x'] = new String[] {"x", "kh"};
        SINGLE['w'] = new String[] {"w", "v", "o", "u", "ou", "oo", "ow", "ww", "vv"};
        SINGLE['v'] = SINGLE['w'];
        SINGLE['y'] = new String[] {"y", "i", "ee", "ei", "e", "ai", "ey", "ay", "ie", "yy", "iy", "ii"};
        SINGLE['a'] = new String[] {"a", "aa", "e"};
        SINGLE['i'] = new String[] {"i", "e", "y", "ee", "ey", "ei"};
        SINGLE['u'] = new String[] {"u", "o", "ou", "oo", "w"};
        SINGLE['o'] = new String[] {"o", "u", "ou"};
        SINGLE['e'] = new String[] {"e", "i", "a"};
    }

    /**
     * The first letters of the Latin words a skeleton can reach, as bits {@code 1L << (c & 63)} (the bits the
     * screening memo tests words' first letters with): its first letter's spellings, and every vowel, since a vowel
     * may be put in before it (ع is not written). 0 for an empty word.
     */
    public static long firstLetterBits(String skeleton) {
        if (skeleton == null || skeleton.isEmpty()) return 0;
        long bits = 0;
        for (char v : VOWELS.toCharArray()) bits |= 1L << (v & 63);
        for (int len = 1; len <= 2 && len <= skeleton.length(); len++) {
            String[] spellings = spellings(skeleton, 0, len, true, len == skeleton.length());
            if (spellings == null) continue;
            for (String s : spellings) if (!s.isEmpty()) bits |= 1L << (s.charAt(0) & 63);
        }
        return bits;
    }

    /**
     * The retrieval key of a Latin word: its consonants in order, folded into the classes that spellings of one Arabic
     * letter share (q, k, g, gh, c as K; sh, ch, sch as X; d, dh as D; t, th as T; j, dj, zh as J; b, p as B; f, ph as
     * F), vowels, w, v and y left out, doubled classes once; null when fewer than {@value #MIN_KEY} classes remain.
     */
    public static String key(String latin) {
        if (latin == null || latin.length() < MIN_KEY || latin.length() > MAX_LENGTH) return null;
        String k = classes(latin);
        return k == null || k.length() < MIN_KEY ? null : k;
    }

    /** {@link #key} without the minimum: the classes of a Latin spelling; null when it holds a letter no class has. */
    public static String classes(String latin) {
        StringBuilder out = new StringBuilder(latin.length());
        int n = latin.length();
        for (int i = 0; i < n; i++) {
            char c = latin.charAt(i);
            char next = i + 1 < n ? latin.charAt(i + 1) : ' ';
            char cls;
            if (c == 's' && next == 'c' && i + 2 < n && latin.charAt(i + 2) == 'h') { cls = 'X'; i += 2; }
            else if (next == 'h' && "sckgptdz".indexOf(c) >= 0) {
                cls = switch (c) {
                    case 's', 'c' -> 'X';
                    case 'k', 'g' -> 'K';
                    case 'p' -> 'F';
                    case 't' -> 'T';
                    case 'd' -> 'D';
                    default -> 'J'; // zh
                };
                i++;
            } else if (c == 'd' && next == 'j') { cls = 'J'; i++; }
            else {
                cls = switch (c) {
                    case 'a', 'e', 'i', 'o', 'u', 'w', 'v', 'y' -> 0;
                    case 'h' -> 'H';
                    case 'b', 'p' -> 'B';
                    case 't' -> 'T';
                    case 'd' -> 'D';
                    case 'z' -> 'Z';
                    case 's' -> 'S';
                    case 'q', 'k', 'g', 'c', 'x' -> 'K';
                    case 'j' -> 'J';
                    case 'f' -> 'F';
                    case 'l' -> 'L';
                    case 'm' -> 'M';
                    case 'n' -> 'N';
                    case 'r' -> 'R';
                    default -> c >= '0' && c <= '9' ? c : (char) 1;
                };
                if (cls == 1) return null;
            }
            if (cls == 0) continue;
            if (out.length() > 0 && out.charAt(out.length() - 1) == cls) continue;
            out.append(cls);
        }
        return out.toString();
    }

    /**
     * The retrieval keys ({@link #key}) of the Latin words a skeleton spells: for each of its letters the classes of
     * its spellings, in combination, at most {@value #MAX_KEYS}, the spelling romanisations use most first; empty when
     * the skeleton has fewer than {@value #MIN_KEY} consonants.
     */
    public static Set<String> keys(String skeleton) {
        if (skeleton == null || consonants(skeleton) < MIN_KEY) return Set.of();
        return keys(skeleton, MIN_KEY);
    }

    /**
     * The consonant classes ({@link #classes}) of the Latin words a skeleton spells, as {@link #keys} without their
     * minimum length: "bn" (بن) gives {@code BN}, the classes of "ben", "bin" and "ibn". For weighing a skeleton as
     * the words it spells. Empty for null or an over-long word.
     */
    public static Set<String> classKeys(String skeleton) {
        if (skeleton == null || skeleton.isEmpty()) return Set.of();
        return keys(skeleton, 1);
    }

    private static Set<String> keys(String skeleton, int min) {
        if (skeleton.length() > MAX_LENGTH) return Set.of();
        List<String> partial = new ArrayList<>();
        partial.add("");
        int n = skeleton.length();
        for (int i = 0; i < n; ) {
            // Digraphs as one letter, as the skeleton reads them most often.
            int len = i + 1 < n && spellings(skeleton, i, 2, i == 0, i + 2 == n) != null ? 2 : 1;
            Set<String> classes = new LinkedHashSet<>();
            for (String s : spellings(skeleton, i, len, i == 0, i + len == n)) {
                String c = classes(s);
                if (c != null) classes.add(c);
            }
            List<String> next = new ArrayList<>();
            // The most usual spelling of each letter comes first, so the combinations kept are the likeliest.
            for (String p : partial) for (String c : classes) if (next.size() < 4 * MAX_KEYS) next.add(p + c);
            partial = next;
            i += len;
        }
        Set<String> out = new LinkedHashSet<>();
        for (String p : partial) {
            StringBuilder k = new StringBuilder(p.length());
            for (int i = 0; i < p.length(); i++) if (k.isEmpty() || k.charAt(k.length() - 1) != p.charAt(i)) k.append(p.charAt(i));
            if (k.length() >= min) out.add(k.toString());
            if (out.size() >= MAX_KEYS) break;
        }
        return out;
    }
}
