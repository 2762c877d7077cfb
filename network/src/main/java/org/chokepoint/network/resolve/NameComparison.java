package org.chokepoint.network.resolve;

import org.chokepoint.similarity.Levenshtein;
import org.chokepoint.similarity.TokenAlignment;
import org.chokepoint.similarity.TransliterationKey;
import org.chokepoint.text.TokenWeights;

import java.util.List;

/**
 * How two party names compare: the best {@link TokenAlignment} over their spellings, and which words of
 * each side found no counterpart on the other. The score alone cannot tell "Al Noor Trading" from "Al Noor
 * Electronics" (both rest on the rare word "noor"); the words left over can.
 *
 * @param score       the alignment score in [0, 1]
 * @param strongLeft  the words without counterpart that are not generic, on either side
 * @param leftFirst   whether the first name has words without counterpart
 * @param leftSecond  whether the second name has words without counterpart
 * @param best        the spellings that compared best, null when either name is empty
 * @param leftAlike   whether a word left over on one side still resembles one left over on the other
 *                    ({@link #alike}): two errors in one word ("tried" / "treyd"), an abbreviation of a
 *                    misspelt word ("elec" / "electrronic"). Too loose to merge on, enough to doubt that
 *                    the two are different firms
 * @param acronym     whether one name is a single word that is the other's Russian acronym ("КРЭТ" for "Концерн
 *                    Радиоэлектронные технологии"): how Russian firms are known, but three or four letters that
 *                    another firm's name may give too, so a merge on it needs an identifier or an address besides
 * @param tradesApart whether each name keeps words of its own and these are all lines of business, different on the two
 *                    sides ({@link #lineOfBusiness}: "Zlatibor Import" / "Zlatibor Service", "Demirtaş Makina" /
 *                    "Demirtaş Elektronik"): the firms of one family by what each does, as two seat cities are two firms
 */
record NameComparison(double score, int strongLeft, boolean leftFirst, boolean leftSecond, Best best, boolean leftAlike, boolean acronym,
                      boolean tradesApart) {
    NameComparison(double score, int strongLeft, boolean leftFirst, boolean leftSecond, Best best, boolean leftAlike) {
        this(score, strongLeft, leftFirst, leftSecond, best, leftAlike, false, false);
    }

    NameComparison(double score, int strongLeft, boolean leftFirst, boolean leftSecond, Best best, boolean leftAlike, boolean acronym) {
        this(score, strongLeft, leftFirst, leftSecond, best, leftAlike, acronym, false);
    }

    /** The spellings that compared best and their token similarities, kept to explain a merge. */
    record Best(List<String> first, List<String> second, double[] sims) {}

    /** Similarity credited to two long words one typing error apart, which screening does not accept. */
    static final double TYPO = 0.9;
    /** Similarity credited to an abbreviation and the business word it shortens ("elec" / "electronics"). */
    static final double ABBREVIATION = 0.85;
    /** Similarity credited to two short words one dropped, doubled or swapped letter apart ("zubr" / "zur"). */
    static final double SHORT_TYPO = 0.85;
    /** Spellings that leave no word over and align this well end the search for better ones. */
    static final double CLEAN_ENOUGH = 0.95;
    /** Words at least this long may differ by any one typing error, first letter included. */
    static final int TYPO_MIN_LENGTH = 5;
    /** Shorter words may differ by a letter dropped, doubled or swapped, not replaced, from this length. */
    static final int SHORT_TYPO_MIN_LENGTH = 3;
    /** What firms do, which clerks abbreviate: {@code business-words.txt}. */
    private static final java.util.Set<String> BUSINESS_WORDS = Words.load("business-words.txt");

    /**
     * Screening's token similarity, plus what a clerk's hand does to a word and screening does not accept,
     * because within one country a slip is likelier than a second company one letter apart:
     * <ul>
     *   <li>one typing error (a letter replaced, dropped, added, or two neighbours swapped, the first letter
     *       included) in a word of {@value #TYPO_MIN_LENGTH} letters or more: {@value #TYPO};</li>
     *   <li>an abbreviation of a business word, also misspelt: the short word's letters in the long one in
     *       order, from its first ("elec" / "electronics", "fwd" / "forwarding", "tech" / "technoogies"), at
     *       least two letters shorter: {@value #ABBREVIATION};</li>
     *   <li>in shorter words, a letter dropped, doubled or swapped with the same first letter ("zubr" / "zur",
     *       "chhun" / "chun"), never replaced ("kam" / "kim" are two names): {@value #SHORT_TYPO}.</li>
     * </ul>
     * Before those, one Cyrillic word romanised by two schemes ({@link SchemeSpelling}: "iug" / "yug", "tzentr" /
     * "centr"), at any length from three letters: as screening credits one transliteration key.
     */
    static final TokenAlignment.Pairwise SIMILARITY = (x, y) -> {
        double s = TokenAlignment.SIMILARITY.of(x, y);
        if (s > 0) return s;
        if (SchemeSpelling.same(x, y)) return TransliterationKey.SIMILARITY;
        int shorter = Math.min(x.length(), y.length());
        if (shorter >= TYPO_MIN_LENGTH && (Levenshtein.oneEditApart(x, y) || Levenshtein.adjacentSwap(x, y))) return TYPO;
        if (abbreviates(x, y) || abbreviates(y, x)) return ABBREVIATION;
        if (inflected(x, y) || inflected(y, x)) return TYPO;
        if (shorter >= SHORT_TYPO_MIN_LENGTH && x.charAt(0) == y.charAt(0)
                && (Levenshtein.adjacentSwap(x, y) || x.length() != y.length() && Math.max(x.length(), y.length()) >= 4 && Levenshtein.oneEditApart(x, y))) return SHORT_TYPO;
        return 0;
    };

    /**
     * Russian adjective endings, as the chain romanises them: a name written in Russian makes a noun of the other
     * rendering an adjective ("Transportnogo mashinostroeniya" / "Transport Machine Building", "Kompozitnyi" /
     * "Kompozit").
     */
    private static final java.util.Set<String> ADJECTIVE_ENDINGS = java.util.Set.of("nyi", "nyy", "nyj", "nii", "ny", "naya", "noe", "noye",
            "nogo", "noy", "noi", "nykh", "nyh", "nym", "nye", "nyye", "skiy", "skii", "skij", "sky", "skaya", "skoe", "skoye", "skogo",
            "skoy", "skoi", "skikh", "ogo", "oye", "aya", "iy", "yy", "yi", "yj");
    /** The noun of an adjective ({@link #inflected}) is this long at least. */
    static final int INFLECTED_MIN_LENGTH = 5;

    /** Whether the long word is the short one with a Russian adjective ending ("transportnogo" / "transport"). */
    static boolean inflected(String l, String s) {
        return s.length() >= INFLECTED_MIN_LENGTH && l.length() > s.length() + 1 && l.startsWith(s)
                && ADJECTIVE_ENDINGS.contains(l.substring(s.length()));
    }

    /**
     * Region words, generic to screening (thousands of listed names carry them) but not left out by a clerk: a firm
     * whose name adds one is another firm, a branch or a namesake ("Gulf Star Trading" / "Star Trading", "Lucky Asia
     * Technology" / "Lucky Technology"), where a dropped "General" or "Trading" is the same firm.
     */
    private static final java.util.Set<String> REGION_WORDS = java.util.Set.of("gulf", "asia", "asian", "europe", "european", "eurasia",
            "eurasian", "africa", "african", "arab", "arabia", "emirates", "crimea");

    /** Whether a word left without counterpart tells two firms apart: not generic, or a region word. */
    private static boolean distinctive(String word, SpellingWeights weights) {
        return !weights.generic(word) || REGION_WORDS.contains(word);
    }

    /**
     * Whether word i of x is a business word just before one that a word of y abbreviates: a phrase
     * abbreviated as one word ("Fwd." for "Freight Forwarding") keeps letters of its last word only. The
     * word after is not excused: "Durand Elec." is not "Durand Electronic Components".
     */
    static boolean inAbbreviatedPhrase(List<String> x, int i, List<String> y) {
        if (i + 1 >= x.size() || !BUSINESS_WORDS.contains(x.get(i))) return false;
        String next = x.get(i + 1);
        for (String u : y) if (!u.equals(next) && abbreviates(u, next)) return true;
        return false;
    }

    /** Whether x is y with one of its letters doubled ("lltd" / "ltd"). */
    static boolean doubled(String x, String y) {
        if (x.length() != y.length() + 1) return false;
        int i = 0;
        while (i < y.length() && x.charAt(i) == y.charAt(i)) i++;
        return i > 0 && x.charAt(i) == x.charAt(i - 1) && x.regionMatches(i + 1, y, i, y.length() - i);
    }

    /** Whether the short word abbreviates the long business word: its letters in order, from the first. */
    static boolean abbreviates(String s, String l) {
        if (s.length() < SHORT_TYPO_MIN_LENGTH || l.length() < s.length() + 2) return false;
        return lettersInOrder(s, l) && businessWord(l);
    }

    /** Whether the letters of s come in l in the same order, l's first letter being s's first. */
    private static boolean lettersInOrder(String s, String l) {
        if (s.isEmpty() || l.isEmpty() || s.charAt(0) != l.charAt(0)) return false;
        int j = 1;
        for (int i = 1; i < s.length(); i++) {
            while (j < l.length() && l.charAt(j) != s.charAt(i)) j++;
            if (j++ >= l.length()) return false;
        }
        return true;
    }

    /** A business word or generic word, or one typing error from a business word ("technoogies"). */
    static boolean businessWord(String w) {
        if (BUSINESS_WORDS.contains(w) || TokenWeights.isGeneric(w)) return true;
        if (w.length() < TYPO_MIN_LENGTH) return false;
        // The walk over every business word is remembered per word: the same words meet in pair after pair of names.
        return MISSPELT_BUSINESS.test(w);
    }

    /** Words already tested as misspelt business words ({@link #businessWord}). */
    private static final RememberedWordTest MISSPELT_BUSINESS = new RememberedWordTest(w -> {
        for (String b : BUSINESS_WORDS) {
            if (b.charAt(0) == w.charAt(0) && (Levenshtein.oneEditApart(w, b) || Levenshtein.adjacentSwap(w, b))) return true;
        }
        return false;
    });

    /**
     * Across scripts, also two words of five letters or more with one {@link TransliterationKey}: a loanword
     * written by ear ("трейд" as "treyd" for "trade"), which screening accepts only from six letters; and the
     * Cyrillic "дж" romanised "dzh" where the Latin spelling of a Turkic or Caucasian name writes "j" ("Ак-Джол" /
     * "Ak-Jol", "Джалал-Абад" / "Jalal-Abad").
     */
    static final TokenAlignment.Pairwise CROSS_SCRIPT = (x, y) -> {
        double s = SIMILARITY.of(x, y);
        if (s > 0) return s;
        if (Math.min(x.length(), y.length()) >= 5 && x.charAt(0) == y.charAt(0)
                && TransliterationKey.of(x).length() >= 3 && TransliterationKey.of(x).equals(TransliterationKey.of(y))) return TYPO;
        if (x.contains("dzh") != y.contains("dzh") && Math.min(x.length(), y.length()) >= 3
                && x.replace("dzh", "j").equals(y.replace("dzh", "j"))) return TYPO;
        return 0;
    };

    /** Whether both sides have words left over: "Trading" against "Electronics", or "Trading" against "Industries". */
    boolean differentWords() {
        return leftFirst && leftSecond;
    }

    static NameComparison compare(PreparedMention a, PreparedMention b, SpellingWeights weights) {
        return compare(a, b, weights, null);
    }

    /** As {@link #compare(PreparedMention, PreparedMention, SpellingWeights)}, the word similarities taken from {@code known} when not null. */
    static NameComparison compare(PreparedMention a, PreparedMention b, SpellingWeights weights, WordSimilarities known) {
        boolean sameScript = a.name().script().equals(b.name().script());
        TokenAlignment.Pairwise sim = sameScript ? SIMILARITY : CROSS_SCRIPT;
        // Spellings share most of their words: compare each two distinct words once.
        List<String> wa = a.words(), wb = b.words();
        double[] wordSims = new double[wa.size() * wb.size()];
        int[] ia = known == null ? null : known.ids(a.nameId()), ib = known == null ? null : known.ids(b.nameId());
        if (ia != null && ib != null) {
            known.fill(sim, !sameScript, ia, wa, ib, wb, wordSims);
        } else {
            for (int i = 0; i < wa.size(); i++) for (int j = 0; j < wb.size(); j++) wordSims[i * wb.size() + j] = sim.of(wa.get(i), wb.get(j));
        }
        NameComparison best = null;
        List<String> bestA = null, bestB = null;
        double[] bestSims = null;
        search:
        for (int sx = 0; sx < a.spellings().size(); sx++) {
            for (int sy = 0; sy < b.spellings().size(); sy++) {
                NameComparison c = spellings(a, sx, b, sy, wordSims, wb.size(), weights, best);
                if (c == null) continue;
                if (best == null || c.betterThan(best)) {
                    best = c;
                    bestA = c.best.first();
                    bestB = c.best.second();
                    bestSims = c.best.sims();
                }
                if (best.score >= CLEAN_ENOUGH && best.strongLeft == 0 && !best.leftFirst && !best.leftSecond) break search;
            }
        }
        if (best == null) return new NameComparison(0, 0, true, true, null, false);
        if (best.strongLeft > 0) {
            NameComparison acronym = byAcronym(a, b);
            if (acronym != null) return acronym;
        }
        boolean alike = best.leftFirst && best.leftSecond && leftAlike(bestA, bestB, bestSims);
        boolean trades = best.leftFirst && best.leftSecond && !alike && tradesApart(bestA, bestB, bestSims);
        return new NameComparison(best.score, best.strongLeft, best.leftFirst, best.leftSecond, new Best(bestA, bestB, bestSims), alike, false,
                trades);
    }

    /**
     * Spelling {@code sx} of {@code a} against spelling {@code sy} of {@code b}: the words each leaves over and, unless
     * that already ranks below {@code best}, the alignment; null when skipped. Its {@link #best} holds the two spellings
     * and their word similarities. Kept out of {@link #compare(PreparedMention, PreparedMention, SpellingWeights,
     * WordSimilarities)}: the compiler then compiles the loop over spellings and this body apart, each far smaller than
     * the two together (whose compilation alone cost seconds of a run).
     *
     * @param wordSims the similarities of the two names' distinct words, row-major with {@code columns} columns
     */
    private static NameComparison spellings(PreparedMention a, int sx, PreparedMention b, int sy, double[] wordSims, int columns,
                                            SpellingWeights weights, NameComparison best) {
        List<String> x = a.spellings().get(sx);
        int[] ix = a.wordAt()[sx];
        List<String> y = b.spellings().get(sy);
        int[] iy = b.wordAt()[sy];
        int n = x.size(), m = y.size();
        double[] sims = new double[n * m];
        for (int i = 0; i < n; i++) for (int j = 0; j < m; j++) sims[i * m + j] = wordSims[ix[i] * columns + iy[j]];
        boolean[] cx = new boolean[n], cy = new boolean[m];
        for (int i = 0; i < n; i++) cx[i] = covered(x, i, y, sims, m, true) || inAbbreviatedPhrase(x, i, y);
        for (int j = 0; j < m; j++) cy[j] = covered(y, j, x, sims, m, false) || inAbbreviatedPhrase(y, j, x);
        boolean[] seatX = a.seats() == null ? null : a.seats()[sx], seatY = b.seats() == null ? null : b.seats()[sy];
        // The seat city one name has and the other has in none of its spellings: where the firm sits, not which
        // firm it is. Both naming a city, the cities must agree (two cities are two firms); a name that is only a
        // city and generic words keeps it.
        boolean[] seatLeftX = b.seats() == null ? seatLeft(seatX, cx, ix, a.nameWords()) : null;
        boolean[] seatLeftY = a.seats() == null ? seatLeft(seatY, cy, iy, b.nameWords()) : null;
        // Two cities: they stay words of their own, the difference that keeps the firms apart, but the score
        // leaves them out, so that names alike but for their cities are kept apart for good (a cannot-link).
        boolean[][] otherCities = seatX != null && seatY != null ? otherCities(seatX, cx, seatY, cy) : null;
        boolean[] otherCityX = otherCities == null ? null : otherCities[0], otherCityY = otherCities == null ? null : otherCities[1];
        int strong = 0;
        boolean lx = false, ly = false;
        for (int i = 0; i < n; i++) {
            if (cx[i] || seatLeftX != null && seatLeftX[i]) continue;
            lx = true;
            if (distinctive(x.get(i), weights)) strong++;
        }
        for (int j = 0; j < m; j++) {
            if (cy[j] || seatLeftY != null && seatLeftY[j]) continue;
            ly = true;
            if (distinctive(y.get(j), weights)) strong++;
        }
        // The alignment is the costly part: skip it when these spellings cannot beat the best so far.
        if (best != null && rank(strong, lx, ly) > rank(best.strongLeft, best.leftFirst, best.leftSecond)) return null;
        double score = TokenAlignment.align(x, y, without(weights.of(a, sx), seatLeftX != null ? seatLeftX : otherCityX),
                without(weights.of(b, sy), seatLeftY != null ? seatLeftY : otherCityY), sims, false).score();
        return new NameComparison(score, strong, lx, ly, new Best(x, y, sims), false);
    }

    /**
     * The seat-city words of a spelling left without counterpart, when the other side names no city: null when there
     * are none, or when no word that can name a firm ({@link PreparedMention#nameWords()}) outside the city found its
     * counterpart ("Dubai Trading" is not "Trading": the city is all of its name).
     *
     * @param seat    which words of the spelling are a seat city, or null for none
     * @param covered which words found a counterpart on the other side
     * @param wordAt  the spelling's words as indexes into the mention's distinct words
     */
    private static boolean[] seatLeft(boolean[] seat, boolean[] covered, int[] wordAt, boolean[] nameWords) {
        if (seat == null) return null;
        boolean left = false, anchored = false;
        for (int i = 0; i < seat.length; i++) {
            if (seat[i] && !covered[i]) left = true;
            if (!seat[i] && covered[i] && nameWords[wordAt[i]]) anchored = true;
        }
        if (!left || !anchored) return null;
        boolean[] out = new boolean[seat.length];
        for (int i = 0; i < seat.length; i++) out[i] = seat[i] && !covered[i];
        return out;
    }

    /**
     * Both names naming a seat city: the city words of each without counterpart, {x, y}, or null unless both have some.
     * A method of its own, called only when both names name a city (few pairs): its branches, compiled into the loop of
     * {@link #spellings} where the first pairs of a run had shown only one way, made the compiler throw away and
     * compile again that whole method (seconds of a compiler thread) at the first pair with two cities.
     */
    private static boolean[][] otherCities(boolean[] seatX, boolean[] cx, boolean[] seatY, boolean[] cy) {
        boolean[] x = uncovered(seatX, cx), y = uncovered(seatY, cy);
        return x == null || y == null ? null : new boolean[][] {x, y};
    }

    /** The seat-city words without counterpart, or null when there are none. */
    private static boolean[] uncovered(boolean[] seat, boolean[] covered) {
        boolean[] out = null;
        for (int i = 0; i < seat.length; i++) {
            if (!seat[i] || covered[i]) continue;
            if (out == null) out = new boolean[seat.length];
            out[i] = true;
        }
        return out;
    }

    /** The weights with those of the words set in {@code dropped} at 0; the weights themselves when none are. */
    private static double[] without(double[] weights, boolean[] dropped) {
        if (dropped == null) return weights;
        double[] out = weights.clone();
        for (int i = 0; i < out.length; i++) if (dropped[i]) out[i] = 0;
        return out;
    }

    /** Similarity credited to a one-word name that is the other name's Russian acronym ({@link #acronym()}). */
    static final double ACRONYM = 0.9;

    /** The comparison of a one-word name with a name whose Russian acronym it is, either way round; null when neither is. */
    private static NameComparison byAcronym(PreparedMention a, PreparedMention b) {
        for (int side = 0; side < 2; side++) {
            PreparedMention word = side == 0 ? a : b, named = side == 0 ? b : a;
            if (named.acronyms().isEmpty() || word.spellings().isEmpty()) continue;
            for (List<String> spelling : word.spellings()) {
                if (spelling.size() != 1 || !named.acronyms().contains(spelling.getFirst())) continue;
                List<String> long_ = named.spellings().getFirst();
                List<String> first = side == 0 ? spelling : long_, second = side == 0 ? long_ : spelling;
                double[] sims = new double[first.size() * second.size()];
                return new NameComparison(ACRONYM, 0, false, false, new Best(first, second, sims), false, true);
            }
        }
        return null;
    }

    /**
     * Business words that say what a firm is or how it is held, not what it does ({@code business-words.txt} less these
     * are the lines of business): "Kosmaj Holding" and "Kosmaj Group", "X Company" and "X Corporation" may be one firm.
     */
    private static final java.util.Set<String> NOT_A_LINE = java.util.Set.of("international", "general", "company", "corporation",
            "incorporated", "holding", "holdings", "enterprises", "enterprise", "associates", "association", "brothers", "department",
            "development", "establishment", "national", "management", "investment", "investments", "commercial", "commerce");

    /**
     * Whether the word names a line of business ("import", "logistics", "elektronik"), also abbreviated ("tech" for
     * "technology"): a business word ({@code business-words.txt}) that is not {@link #NOT_A_LINE}.
     */
    static boolean lineOfBusiness(String word) {
        if (NOT_A_LINE.contains(word)) return false;
        if (BUSINESS_WORDS.contains(word)) return true;
        // The walk over every line is remembered per word: the words left over meet again in pair after pair of names.
        return ABBREVIATED_LINE.test(word);
    }

    /** Words already tested as abbreviations of a line of business ({@link #lineOfBusiness}). */
    private static final RememberedWordTest ABBREVIATED_LINE = new RememberedWordTest(w -> {
        for (String b : NameComparison.LINES) if (abbreviates(w, b)) return true;
        return false;
    });

    /** The lines of business: {@code business-words.txt} less {@link #NOT_A_LINE}, sifted once, not at each word asked. */
    private static final List<String> LINES = BUSINESS_WORDS.stream().filter(b -> !NOT_A_LINE.contains(b)).toList();

    /** Whether the words of x and of y without counterpart are all lines of business, at least one each ({@link #tradesApart()}). */
    private static boolean tradesApart(List<String> x, List<String> y, double[] sims) {
        int m = y.size();
        boolean anyX = false, anyY = false;
        for (int i = 0; i < x.size(); i++) {
            if (covered(x, i, y, sims, m, true) || inAbbreviatedPhrase(x, i, y)) continue;
            if (!lineOfBusiness(x.get(i))) return false;
            anyX = true;
        }
        for (int j = 0; j < m; j++) {
            if (covered(y, j, x, sims, m, false) || inAbbreviatedPhrase(y, j, x)) continue;
            if (!lineOfBusiness(y.get(j))) return false;
            anyY = true;
        }
        return anyX && anyY;
    }

    /** Whether a word of x without counterpart resembles a word of y without counterpart ({@link #alike}). */
    private static boolean leftAlike(List<String> x, List<String> y, double[] sims) {
        int m = y.size();
        // Which words of y are covered, worked out once (a pure function of the two spellings), not once per word of x.
        boolean[] coveredY = null;
        for (int i = 0; i < x.size(); i++) {
            if (covered(x, i, y, sims, m, true)) continue;
            if (coveredY == null) {
                coveredY = new boolean[m];
                for (int j = 0; j < m; j++) coveredY[j] = covered(y, j, x, sims, m, false);
            }
            for (int j = 0; j < m; j++) if (!coveredY[j] && alike(x.get(i), y.get(j))) return true;
        }
        return false;
    }

    /**
     * Loose resemblance: at most two typing errors apart (a swap of neighbours counting as one) in words of
     * four letters or more, three from eight letters ("furnisihngs" / "furishings", "tsusoh" / "tssuho": each
     * spelling with an error of its own), or the shorter word's letters in the longer one in order from its
     * first (an abbreviation, of any word).
     */
    static boolean alike(String x, String y) {
        String s = x.length() <= y.length() ? x : y, l = s == x ? y : x;
        int allowed = s.length() >= 8 ? 3 : 2;
        if (s.length() >= 4 && l.length() - s.length() <= allowed && lettersApart(s, l) <= allowed && typingErrors(s, l, allowed) <= allowed) return true;
        return s.length() >= SHORT_TYPO_MIN_LENGTH && lettersInOrder(s, l);
    }

    /**
     * A lower bound of {@link #typingErrors} in one pass: how many letters (by their low six bits) one word has and
     * the other lacks, on the side with more. Each typing error takes away at most one letter the other word lacks,
     * so words that many letters apart need no alignment to be told apart.
     */
    static int lettersApart(String a, String b) {
        long x = 0, y = 0;
        for (int i = 0; i < a.length(); i++) x |= 1L << (a.charAt(i) & 63);
        for (int i = 0; i < b.length(); i++) y |= 1L << (b.charAt(i) & 63);
        return Math.max(Long.bitCount(x & ~y), Long.bitCount(y & ~x));
    }

    /**
     * The optimal-string-alignment distance (insertions, deletions, substitutions, swaps of neighbours),
     * or {@code bound + 1} as soon as it must exceed {@code bound}.
     */
    static int typingErrors(String a, String b, int bound) {
        int n = a.length(), m = b.length();
        int[] prev2 = new int[m + 1], prev = new int[m + 1], cur = new int[m + 1];
        for (int j = 0; j <= m; j++) prev[j] = j;
        for (int i = 1; i <= n; i++) {
            cur[0] = i;
            int rowMin = cur[0];
            for (int j = 1; j <= m; j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int d = Math.min(Math.min(prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) d = Math.min(d, prev2[j - 2] + 1);
                cur[j] = d;
                rowMin = Math.min(rowMin, d);
            }
            if (rowMin > bound) return bound + 1;
            int[] t = prev2;
            prev2 = prev;
            prev = cur;
            cur = t;
        }
        return prev[m];
    }

    /** Leftovers as one number, smaller is better: distinctive ones first, then how many sides have any. */
    private static int rank(int strong, boolean leftFirst, boolean leftSecond) {
        return strong * 4 + (leftFirst ? 1 : 0) + (leftSecond ? 1 : 0);
    }

    /** The aligned word pairs of the best spellings ("noor~noor", "plyus~plus:0.85"), for evidence. */
    List<String> aligned(SpellingWeights weights) {
        if (best == null) return List.of();
        return TokenAlignment.align(best.first(), best.second(), weights.of(best.first()), weights.of(best.second()), best.sims(), true).pairs();
    }


    /** Fewer distinctive leftovers first, then fewer sides with leftovers, then the higher score. */
    private boolean betterThan(NameComparison o) {
        if (strongLeft != o.strongLeft) return strongLeft < o.strongLeft;
        int sides = (leftFirst ? 1 : 0) + (leftSecond ? 1 : 0), oSides = (o.leftFirst ? 1 : 0) + (o.leftSecond ? 1 : 0);
        if (sides != oSides) return sides < oSides;
        return score > o.score;
    }

    /**
     * Whether word i of {@code x} has a counterpart in {@code y}: a similar word, or a join of adjacent
     * words on either side. {@code sims} is row-major over (first spelling, second spelling) with {@code m}
     * columns; {@code xFirst} says which side {@code x} is.
     */
    private static boolean covered(List<String> x, int i, List<String> y, double[] sims, int m, boolean xFirst) {
        int k = y.size();
        // The similarities first, all of them: most words have a like word, and reading the array costs less than
        // testing joins word by word.
        if (xFirst) {
            for (int j = 0, at = i * m; j < k; j++) if (sims[at + j] > 0) return true;
        } else {
            for (int j = 0, at = i; j < k; j++, at += m) if (sims[at] > 0) return true;
        }
        String t = x.get(i);
        int tl = t.length();
        String previous = i > 0 ? x.get(i - 1) : null, next = i + 1 < x.size() ? x.get(i + 1) : null;
        for (int j = 0; j < k; j++) {
            String u = y.get(j);
            int ul = u.length();
            if (j + 1 < k) {
                String after = y.get(j + 1);
                if (tl == ul + after.length() && t.startsWith(u) && t.endsWith(after)) return true;
            }
            if (ul <= tl) continue;
            // u is t and its next word written together, or its previous word and t: tested in place, not by joining them.
            if (next != null && ul == tl + next.length() && u.startsWith(t) && u.startsWith(next, tl)) return true;
            if (previous != null && ul == previous.length() + tl && u.endsWith(t) && u.startsWith(previous)) return true;
        }
        return false;
    }
}
