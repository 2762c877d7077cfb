package org.chokepoint.similarity;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * Aligns the tokens of two names one to one and scores the alignment: the weighted share of both
 * names' tokens that found a partner, each partner counted with its similarity. In [0, 1]; symmetric;
 * 1 for equal token lists (in any order, since lists write "SURNAME, Given" and "Given Surname").
 *
 * <p>Weights carry rarity: a name that agrees only on "trading" and "international" scores low, one
 * that agrees on "gidroagregat" scores high. A single letter aligns with a word that starts with it
 * (initials: "I. Ivanov") at a reduced similarity. Two adjacent tokens of one side also align with one
 * token of the other when they are the same letters ("gazprom bank" / "gazprombank").
 *
 * @param score    the weighted agreement in [0, 1]
 * @param pairs    aligned tokens ("query~candidate:similarity"), for explanations
 * @param evidence the weight that found a partner, on the side where it is smaller: how much distinctive
 *                 text the agreement rests on (two names made of "trading" and "international" agree
 *                 fully on next to no evidence)
 * @param seats    the seat cities that weighed as {@link #ADDED_SEAT}, named on one side only (listed only when the pairs are)
 * @param replaced one name leaves a word unmatched that names a firm (weighs more than {@link #NAMING}, no seat city)
 *                 and the other a word of its own ({@link #LEFT_OVER}): one word stands where the other name has another
 *                 ("M K A Qiaoyang Inc" / "M K A Shipping Inc")
 * @param within   the first name ({@code a}) has one word that names a firm and it found its partner, while the second
 *                 leaves a word that names a firm of its own unmatched ({@link #within}): "Continental AG" within
 *                 "Continental Maritime Ltd". Not symmetric, unlike the score: it says which side is the shorter name
 */
public record TokenAlignment(double score, List<String> pairs, double evidence, List<String> seats, boolean replaced, boolean within) {
    public TokenAlignment(double score, List<String> pairs, double evidence) {
        this(score, pairs, evidence, List.of(), false, false);
    }

    /** Similarity credited to an initial aligned with a full word. */
    public static final double INITIAL = 0.8;
    /** Share of the score given to the better-covered side rather than to both sides together. */
    public static final double COVER_SHARE = 0.4;
    /** Similarity credited to an acronym aligned with the words it abbreviates. */
    public static final double ACRONYM = 0.75;
    /** Share of the full word's weight credited when an initial aligns with it. */
    public static final double INITIAL_WORD_SHARE = 0.2;
    /**
     * Initials that, accounting with the other words for a whole name on both sides, earn their full words' weight at
     * the initial's similarity ("Kurenkov A. V." / "Kurenkov Aleksandr Vyacheslavovich").
     */
    public static final int MIN_COMPLETE_INITIALS = 2;
    /**
     * The weight, at most, of a seat city that one name adds and the other does not name at all ("Tianjin Munne Co Ltd" /
     * "Munne Co Ltd", "ONELEK Nizhny Novgorod" / "LLC ONELEK"): as a generic word's (TokenWeights.GENERIC). Chinese firms
     * are named city, trade name, industry, form, and lists and declarations keep or drop the city as Russian records add
     * "g. Moskva": the city says where the firm sits, not which firm it is. Only when the other name leaves no city of its
     * own unmatched: two names that differ by their city ("Tula Arms Plant" / "Kazan Arms Plant", "Beijing X" /
     * "Shanghai X") are two firms, and each city keeps its weight. A property of the alignment, not of the word: which
     * words are left unmatched decides it.
     */
    public static final double ADDED_SEAT = 0.1;
    /**
     * A word weighing more than this names a firm rather than describing it (as TokenWeights.DESCRIPTIVE). A seat city is
     * excused only while the name that adds it agrees on such a word besides it, and the other name leaves none of its
     * own unmatched: "Kazan Instrument-Making Design Bureau" against "Design Bureau of Instrument Making" agrees only in its
     * description, so the city is what names it; "Tula Machine Building Plant" against "Votkinsk Machine Building Plant"
     * meets another word (a town the gazetteer lacks) in the city's place, so the city is replaced, not added.
     */
    public static final double NAMING = 0.3;

    /** Similarity of two tokens as the aligner sees it (initials included); lets callers memoise it. */
    @FunctionalInterface
    public interface Pairwise {
        double of(String x, String y);
    }

    /** The aligner's own token similarity: {@link TokenSimilarity}, plus initials against words. */
    public static final Pairwise SIMILARITY = TokenAlignment::similarity;

    public static TokenAlignment align(List<String> a, List<String> b, ToDoubleFunction<String> weight) {
        return align(a, b, weight, SIMILARITY, true);
    }

    /**
     * @param explain whether to list the aligned pairs; scoring many alignments to keep the best, a caller
     *                asks for the pairs of the winner only
     */
    public static TokenAlignment align(List<String> a, List<String> b, ToDoubleFunction<String> weight, Pairwise sim, boolean explain) {
        if (a.isEmpty() || b.isEmpty()) return new TokenAlignment(a.isEmpty() && b.isEmpty() ? 1.0 : 0.0, List.of(), 0);
        int n = a.size(), m = b.size();
        double[] wa = new double[n], wb = new double[m];
        for (int i = 0; i < n; i++) wa[i] = weight.applyAsDouble(a.get(i));
        for (int j = 0; j < m; j++) wb[j] = weight.applyAsDouble(b.get(j));
        double[] sims = new double[n * m];
        for (int i = 0; i < n; i++) for (int j = 0; j < m; j++) sims[i * m + j] = sim.of(a.get(i), b.get(j));
        return align(a, b, wa, wb, sims, explain);
    }

    /**
     * The alignment with the weights and the token similarities given: {@code sims[i * b.size() + j]} is
     * the similarity of {@code a.get(i)} and {@code b.get(j)}. Callers that score many alignments for
     * one query compute similarities once per token and pass them here.
     */
    public static TokenAlignment align(List<String> a, List<String> b, double[] wa, double[] wb, double[] sims, boolean explain) {
        return align(a, b, wa, wb, sims, explain, null, null);
    }

    /**
     * As {@link #align(List, List, double[], double[], double[], boolean)}, with the words of each side that name a seat
     * city marked ({@code seatsA}, {@code seatsB}; null for none): a city that one side leaves unmatched while the other
     * leaves none of its own weighs at most {@value #ADDED_SEAT} ({@link #ADDED_SEAT}). Never lowers the score.
     */
    public static TokenAlignment align(List<String> a, List<String> b, double[] wa, double[] wb, double[] sims, boolean explain,
                                       boolean[] seatsA, boolean[] seatsB) {
        if (a.isEmpty() || b.isEmpty()) return new TokenAlignment(a.isEmpty() && b.isEmpty() ? 1.0 : 0.0, List.of(), 0);
        // Joined words and acronyms claim tokens greedily, so the side that goes first could matter; both
        // orders are tried when either finds something, and the better result kept: the score is symmetric.
        Pass first = pass(a, b, wa, wb, sims, explain, false, seatsA, seatsB);
        if (!first.special()) return first.result();
        TokenAlignment second = pass(a, b, wa, wb, sims, explain, true, seatsA, seatsB).result();
        TokenAlignment r = first.result();
        if (second.score() > r.score() || (second.score() == r.score() && second.evidence() > r.evidence())) return second;
        return r;
    }

    private record Pass(TokenAlignment result, boolean special) {}

    /**
     * Whether two names with no similar word could still align through a joined word or an acronym: some
     * word of one side starts with a word of the other, or is three to six letters long. A cheap test to
     * skip alignments that can only score 0.
     */
    public static boolean mayJoin(List<String> a, List<String> b) {
        if (a.size() < 2 && b.size() < 2) return false;
        for (int i = 0, n = a.size(); i < n; i++) {
            String x = a.get(i);
            for (int j = 0, m = b.size(); j < m; j++) {
                String y = b.get(j);
                if (x.isEmpty() || y.isEmpty()) continue;
                if (x.charAt(0) != y.charAt(0)) continue;
                if (x.startsWith(y) || y.startsWith(x) || (x.length() >= 3 && x.length() <= 6) || (y.length() >= 3 && y.length() <= 6)) return true;
            }
        }
        return false;
    }

    /**
     * Raises each token's ceiling to the most that a joined word or an acronym could credit it with: 1 for the
     * words that two adjacent words of the other side could spell together, and the two words themselves;
     * {@value #ACRONYM} for a word of 3 to 6 letters that the first letters of a run of the other side's words spell,
     * and that run. The tests are the ones {@link #align} makes, without its claims on words (which only take
     * chances away), so that a bound built from these ceilings and the pairs' similarities is never below the
     * score. Lets a caller that scores many alignments skip those that cannot win.
     *
     * @param ceilA per word of {@code a}, at least its best pair similarity already; raised in place
     * @param ceilB per word of {@code b}, likewise
     */
    public static void raiseForJoinsAndAcronyms(List<String> a, List<String> b, double[] ceilA, double[] ceilB) {
        joinCeilings(a, b, ceilA, ceilB);
        joinCeilings(b, a, ceilB, ceilA);
        acronymCeilings(a, b, ceilA, ceilB);
        acronymCeilings(b, a, ceilB, ceilA);
    }

    /**
     * What a name's words offer to joined words and acronyms, kept so that most pairs of names can be ruled out
     * for both without comparing their words: the hashes of the words and of adjacent pairs put together, the
     * words' first letters in order, and the words that could be acronyms; and one bit (of 64) for each word hash, each
     * pair hash, each acronym's first three letters and each three initials in a row, so that most pairs are ruled out
     * by the bits alone. A hash collision only lets a pair through to the full test.
     */
    public record Shape(int[] wordHashes, int[] pairHashes, String initials, String[] acronyms, long wordBits, long pairBits, long acronymTrigrams,
                        long initialTrigrams) {
        public static Shape of(List<String> tokens) {
            int n = tokens.size();
            int[] words = new int[n], pairs = new int[Math.max(0, n - 1)];
            StringBuilder initials = new StringBuilder(n);
            List<String> acronyms = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                String t = tokens.get(i);
                words[i] = t.hashCode();
                // String.hashCode of t + next, without building it: h(xy) = h(x) * 31^|y| + h(y).
                if (i + 1 < n) {
                    String next = tokens.get(i + 1);
                    int power = 1;
                    for (int k = 0; k < next.length(); k++) power *= 31;
                    pairs[i] = words[i] * power + next.hashCode();
                }
                // A one-letter word cannot be part of an acronym's run.
                initials.append(t.length() > 1 ? t.charAt(0) : '\0');
                if (t.length() >= 3 && t.length() <= 6 && letters(t)) acronyms.add(t);
            }
            // One bit per hash (or letter), so that most pairs of shapes are told apart without comparing arrays.
            long wordBits = 0, pairBits = 0, acronymTrigrams = 0, initialTrigrams = 0;
            for (int h : words) wordBits |= bit(h);
            for (int h : pairs) pairBits |= bit(h);
            // An acronym is spelled by initials only where its first three letters follow each other among them.
            for (String a : acronyms) acronymTrigrams |= bit(trigram(a.charAt(0), a.charAt(1), a.charAt(2)));
            for (int i = 0; i + 2 < initials.length(); i++) {
                initialTrigrams |= bit(trigram(initials.charAt(i), initials.charAt(i + 1), initials.charAt(i + 2)));
            }
            return new Shape(words, pairs, initials.toString(), acronyms.toArray(String[]::new), wordBits, pairBits, acronymTrigrams, initialTrigrams);
        }

        /**
         * False when {@link #raiseForJoinsAndAcronyms} can raise nothing for names of these shapes: no two adjacent
         * words of one side spell a word of the other, and no word of one side is spelled by the first letters of a
         * run of the other's.
         */
        public boolean mayJoinOrAbbreviate(Shape other) {
            return ((pairBits & other.wordBits) != 0 && shared(pairHashes, other.wordHashes))
                    || ((other.pairBits & wordBits) != 0 && shared(other.pairHashes, wordHashes))
                    || ((acronymTrigrams & other.initialTrigrams) != 0 && abbreviates(acronyms, other.initials))
                    || ((other.acronymTrigrams & initialTrigrams) != 0 && abbreviates(other.acronyms, initials));
        }

        /**
         * False when {@link #mayJoinOrAbbreviate} is false for every shape with these bits ({@link #wordBits()},
         * {@link #pairBits()}, {@link #acronymTrigrams()}, {@link #initialTrigrams()}): a test that needs only the other
         * shape's bits.
         */
        public boolean mayOverlap(long otherWordBits, long otherPairBits, long otherAcronymTrigrams, long otherInitialTrigrams) {
            return (pairBits & otherWordBits) != 0 || (otherPairBits & wordBits) != 0 || (acronymTrigrams & otherInitialTrigrams) != 0
                    || (otherAcronymTrigrams & initialTrigrams) != 0;
        }

        private static long trigram(char x, char y, char z) {
            return ((long) x << 32) | ((long) y << 16) | z;
        }

        /** One of 64 bits, the hash mixed (Fibonacci hashing) so that similar words and letters spread over all of them. */
        private static long bit(long hash) {
            return 1L << ((hash * 0x9E3779B97F4A7C15L) >>> 58);
        }

        /** The acronym half of {@link #mayJoinOrAbbreviate}: a word of either side spelled by the other's initials. */
        public boolean mayAbbreviate(Shape other) {
            return ((acronymTrigrams & other.initialTrigrams) != 0 && abbreviates(acronyms, other.initials))
                    || ((other.acronymTrigrams & initialTrigrams) != 0 && abbreviates(other.acronyms, initials));
        }

        private static boolean shared(int[] x, int[] y) {
            for (int a : x) for (int b : y) if (a == b) return true;
            return false;
        }

        private static boolean abbreviates(String[] acronyms, String initials) {
            for (String a : acronyms) if (initials.contains(a)) return true;
            return false;
        }
    }

    private static void joinCeilings(List<String> split, List<String> whole, double[] ceilS, double[] ceilW) {
        for (int i = 0, n = split.size(); i + 1 < n; i++) {
            String x = split.get(i), y = split.get(i + 1);
            if (!joinable(x, y)) continue;
            int len = x.length() + y.length();
            for (int j = 0, m = whole.size(); j < m; j++) {
                String w = whole.get(j);
                if (w.length() != len || !w.startsWith(x) || !w.startsWith(y, x.length())) continue;
                ceilS[i] = ceilS[i + 1] = ceilW[j] = 1.0;
            }
        }
    }

    private static void acronymCeilings(List<String> shortSide, List<String> longSide, double[] ceilS, double[] ceilL) {
        for (int i = 0, n = shortSide.size(); i < n; i++) {
            String x = shortSide.get(i);
            if (x.length() < 3 || x.length() > 6 || !letters(x)) continue;
            for (int j = 0; j + x.length() <= longSide.size(); j++) {
                boolean ok = true;
                for (int k = 0; k < x.length() && ok; k++) {
                    String t = longSide.get(j + k);
                    ok = t.length() > 1 && t.charAt(0) == x.charAt(k);
                }
                if (!ok) continue;
                ceilS[i] = Math.max(ceilS[i], ACRONYM);
                for (int k = 0; k < x.length(); k++) ceilL[j + k] = Math.max(ceilL[j + k], ACRONYM);
            }
        }
    }

    private static Pass pass(List<String> a, List<String> b, double[] wa, double[] wb, double[] sims, boolean explain, boolean bFirst,
                             boolean[] seatsA, boolean[] seatsB) {
        int n = a.size(), m = b.size();
        boolean[] usedA = new boolean[n], usedB = new boolean[m];
        double matched = 0;
        double[] side = new double[2];
        List<String> pairs = explain ? new ArrayList<>() : new NoList();

        // Equal words first: nothing a joined word or an acronym could claim is worth more than an exact
        // partner, and it makes the alignment of a name with itself (in any word order) complete.
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                if (usedB[j] || sims[i * m + j] != 1.0 || !a.get(i).equals(b.get(j))) continue;
                usedA[i] = usedB[j] = true;
                matched += wa[i] + wb[j];
                side[0] += wa[i];
                side[1] += wb[j];
                if (explain(pairs)) pairs.add(a.get(i) + "~" + b.get(j));
                break;
            }
        }

        // Joined words ("gazprom bank" / "gazprombank") and acronyms ("mstu" / "moscow state technical university").
        double special = 0;
        if (!bFirst) {
            special += joined(a, b, wa, wb, usedA, usedB, pairs, false, side, 0);
            special += joined(b, a, wb, wa, usedB, usedA, pairs, true, side, 1);
            special += acronyms(a, b, wa, wb, usedA, usedB, pairs, false, side, 0);
            special += acronyms(b, a, wb, wa, usedB, usedA, pairs, true, side, 1);
        } else {
            special += joined(b, a, wb, wa, usedB, usedA, pairs, true, side, 1);
            special += joined(a, b, wa, wb, usedA, usedB, pairs, false, side, 0);
            special += acronyms(b, a, wb, wa, usedB, usedA, pairs, true, side, 1);
            special += acronyms(a, b, wa, wb, usedA, usedB, pairs, false, side, 0);
        }
        matched += special;

        // Then the best remaining pairs, greedily by similarity; ties break on the tokens themselves so that
        // align(a, b) and align(b, a) choose the same pairs.
        // Insertion sort of pair numbers (i * m + j): few pairs, stable, and nothing allocated per pair.
        int[] order = new int[n * m];
        int count = 0;
        for (int i = 0; i < n; i++) {
            if (usedA[i]) continue;
            for (int j = 0; j < m; j++) {
                if (usedB[j] || sims[i * m + j] <= 0) continue;
                int p = i * m + j, k = count++;
                while (k > 0 && before(p, order[k - 1], a, b, sims, m)) {
                    order[k] = order[k - 1];
                    k--;
                }
                order[k] = p;
            }
        }
        int initials = 0;
        double initialShare = 0;
        int[] initialAt = null; // pairs i * m + j of initials with words, in the order aligned
        // A city paired with a word that is no city ("tianjin" with "tianyi") is a city the other name does not have.
        boolean strayA = false, strayB = false;
        for (int k = 0; k < count; k++) {
            int i = order[k] / m, j = order[k] % m;
            if (usedA[i] || usedB[j]) continue;
            double best = sims[i * m + j];
            usedA[i] = usedB[j] = true;
            boolean cityA = seatsA != null && seatsA[i], cityB = seatsB != null && seatsB[j];
            if (cityA != cityB) {
                if (cityA) strayA = true;
                else strayB = true;
            }
            matched += credit(a.get(i), b.get(j), best, wa[i], wb[j]);
            if (a.get(i).length() == 1 != (b.get(j).length() == 1)) {
                if (initialAt == null) initialAt = new int[Math.min(n, m)];
                initialAt[initials++] = i * m + j;
                initialShare += (best - INITIAL_WORD_SHARE) * (a.get(i).length() == 1 ? wb[j] : wa[i]);
            }
            side[0] += best * wa[i];
            side[1] += best * wb[j];
            if (explain(pairs)) pairs.add(a.get(i) + "~" + b.get(j) + (best < 1 ? String.format("%s%.2f", ":", best) : ""));
        }

        // Russian usage writes a person as the surname and the initials of the given name and patronymic ("Kurenkov
        // A. V."). When two or more initials account for every remaining word of the other name and every word on both
        // sides has its partner, and the initials come in the order of their words (given name, then patronymic: "V. A."
        // is not Aleksandr Vyacheslavovich), the initials stand for those words: their full words earn the initial's similarity
        // rather than a small share. One initial ("George B") is not enough, nor are initials with words left over.
        if (initials >= MIN_COMPLETE_INITIALS && initialShare > 0 && complete(usedA) && complete(usedB) && inOrder(a, b, initialAt, initials, m)) {
            matched += initialShare;
        }

        // Weighted Dice over both names, blended with the better-covered side: a listed name found whole
        // inside a longer name ("TITAN-BARRIKADY" in "TITAN-BARRIKADY FNPC JSC") is strong evidence even
        // though the other side has words of its own. Symmetric, and 1 only when both sides are covered.
        // A seat city added on one side only weighs little there (ADDED_SEAT); the matched weights are those of matched
        // words, which keep theirs.
        // Two names that each name a city of their own differ by their seat: neither city is excused (nor is one whose
        // name agrees only in its description, or whose other name has a word of its own in the city's place: NAMING).
        boolean looseA = strayA || unmatched(seatsA, usedA), looseB = strayB || unmatched(seatsB, usedB);
        boolean excuseA = looseA && !strayA && !looseB && named(wa, seatsA, usedA, true) && !named(wb, seatsB, usedB, false);
        boolean excuseB = looseB && !strayB && !looseA && named(wb, seatsB, usedB, true) && !named(wa, seatsA, usedA, false);
        double totalA = excuseA ? excused(wa, seatsA, usedA) : sum(wa);
        double totalB = excuseB ? excused(wb, seatsB, usedB) : sum(wb);
        List<String> seats = List.of();
        if (explain && (excuseA || excuseB)) seats = excuseA ? unmatchedWords(a, seatsA, usedA) : unmatchedWords(b, seatsB, usedB);
        double total = totalA + totalB;
        double dice = total <= 0 ? 0 : Math.min(1.0, matched / total);
        double cover = Math.max(totalA <= 0 ? 0 : side[0] / totalA, totalB <= 0 ? 0 : side[1] / totalB);
        double score = Math.min(1.0, (1 - COVER_SHARE) * dice + COVER_SHARE * Math.min(1.0, cover));
        boolean replaced = replaces(a, wa, seatsA, usedA, b, wb, seatsB, usedB) || replaces(b, wb, seatsB, usedB, a, wa, seatsA, usedA);
        boolean within = within(a, wa, seatsA, usedA, b, wb, seatsB, usedB);
        return new Pass(new TokenAlignment(score, explain ? List.copyOf(pairs) : List.of(), Math.min(side[0], side[1]), seats, replaced, within),
                special > 0);
    }

    /** Whether some word marked in {@code seats} (null: none) has no partner. */
    private static boolean unmatched(boolean[] seats, boolean[] used) {
        if (seats == null) return false;
        for (int i = 0; i < seats.length; i++) if (seats[i] && !used[i]) return true;
        return false;
    }

    /** The weights summed in word order, an unmatched seat city's at most {@link #ADDED_SEAT}. */
    private static double excused(double[] w, boolean[] seats, boolean[] used) {
        double total = 0;
        for (int i = 0; i < w.length; i++) total += seats[i] && !used[i] ? Math.min(w[i], ADDED_SEAT) : w[i];
        return total;
    }

    /** Whether some word that is no city ({@code seats}, null: none) and weighs more than {@link #NAMING} is {@code matched} (or not). */
    private static boolean named(double[] w, boolean[] seats, boolean[] used, boolean matched) {
        for (int i = 0; i < w.length; i++) if (used[i] == matched && w[i] > NAMING && (seats == null || !seats[i])) return true;
        return false;
    }

    /**
     * Whether a word of {@code a} that names a firm (weighs more than {@link #NAMING}, no city) has no partner while {@code b}
     * leaves a generic word of its own (more than {@link #LEFT_OVER}, at most TokenWeights.GENERIC, no city, no letter alone)
     * unmatched: "M K A Qiaoyang Inc" names its own firm where "M K A Shipping Inc" only says what it does. Not when a word
     * left over has the same first letter, which may be the same word abbreviated, mistyped or romanised otherwise ("exp" /
     * "export"), nor where a name leaves more than {@link #REPLACED_WORDS} words. A word of a description in another's
     * place ("state-owned" / "federal state") is no replacement: only a generic word's place is taken.
     */
    private static boolean replaces(List<String> a, double[] wa, boolean[] seatsA, boolean[] usedA, List<String> b, double[] wb, boolean[] seatsB,
                                    boolean[] usedB) {
        int leftOver = 0, leftA = 0;
        boolean generic = false;
        for (int j = 0; j < wb.length; j++) {
            if (usedB[j] || wb[j] <= LEFT_OVER || (seatsB != null && seatsB[j]) || b.get(j).length() < 2) continue;
            leftOver++;
            if (wb[j] <= org.chokepoint.text.TokenWeights.GENERIC + 1e-12) generic = true;
        }
        if (!generic) return false;
        for (int i = 0; i < wa.length; i++) if (!usedA[i] && wa[i] > LEFT_OVER && (seatsA == null || !seatsA[i]) && a.get(i).length() > 1) leftA++;
        // A word in another's place leaves a word or two on each side; more are two wordings of one long name (a translation,
        // an acronym of several words: "GOSICB VYMPEL" / "STATE MACHINE BUILDING DESIGN BUREAU VYMPEL").
        if (leftOver == 0 || leftOver > REPLACED_WORDS || leftA > REPLACED_WORDS) return false;
        for (int i = 0; i < wa.length; i++) {
            // A letter alone is an initial, or a conjunction read as one (Russian "и", and): no word that names a firm.
            if (usedA[i] || wa[i] <= NAMING || (seatsA != null && seatsA[i]) || a.get(i).length() < 2) continue;
            char first = a.get(i).charAt(0);
            boolean alike = false;
            for (int j = 0; j < wb.length && !alike; j++) {
                if (!usedB[j] && wb[j] > LEFT_OVER && (seatsB == null || !seatsB[j]) && b.get(j).length() > 1 && b.get(j).charAt(0) == first) alike = true;
            }
            if (!alike) return true;
        }
        return false;
    }

    /**
     * Whether {@code a} has exactly one word that names a firm (weighs more than {@link #NAMING}, no city, no letter alone),
     * and it has its partner, while {@code b} leaves such a word of its own unmatched: "Continental AG" against "Continental
     * Maritime Ltd", "Sumbul LLC" against "Abu Sumbol General Trading". The longer name is named by both its words, and a
     * firm is named so because the first alone names many others; a trader who means it does not drop what names it, only
     * what describes it or states its form. Words of {@code a} that only describe ("engineering", "trading") may be left.
     */
    private static boolean within(List<String> a, double[] wa, boolean[] seatsA, boolean[] usedA, List<String> b, double[] wb, boolean[] seatsB,
                                  boolean[] usedB) {
        int naming = 0;
        for (int i = 0; i < wa.length; i++) {
            if (wa[i] <= NAMING || (seatsA != null && seatsA[i]) || a.get(i).length() < 2) continue;
            if (!usedA[i] || ++naming > 1) return false;
        }
        if (naming == 0) return false;
        for (int j = 0; j < wb.length; j++) {
            if (!usedB[j] && wb[j] > NAMING && (seatsB == null || !seatsB[j]) && b.get(j).length() > 1) return true;
        }
        return false;
    }

    /** At most this many words left unmatched on each side for {@link #replaced}. */
    public static final int REPLACED_WORDS = 2;

    /**
     * A word left unmatched that weighs more than this is a word of the name in another word's place, however generic
     * ("shipping" in "M K A Shipping Inc" where another name has "Qiaoyang"); below it, a function word ("of", "the").
     */
    public static final double LEFT_OVER = 0.05;

    private static List<String> unmatchedWords(List<String> words, boolean[] seats, boolean[] used) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < seats.length; i++) if (seats[i] && !used[i]) out.add(words.get(i));
        return List.copyOf(out);
    }

    private static double sum(double[] w) {
        double total = 0;
        for (double x : w) total += x;
        return total;
    }

    /**
     * The weight an aligned pair earns. An initial earns most of its own weight but little of the
     * full word's: "George B" must not pass for "George Bush" on the strength of a "b".
     */
    private static double credit(String x, String y, double s, double wx, double wy) {
        if (x.length() == 1 && y.length() > 1) return s * wx + INITIAL_WORD_SHARE * wy;
        if (y.length() == 1 && x.length() > 1) return s * wy + INITIAL_WORD_SHARE * wx;
        return s * (wx + wy);
    }

    private static double similarity(String x, String y) {
        return similarity(x, y, null, null);
    }

    /**
     * {@link #SIMILARITY} with the tokens' {@link TransliterationKey}s when the caller has them (null: looked up):
     * a caller comparing one token with many computes its key once. Non-zero only when the tokens are both empty,
     * start with the same letter, or share their key.
     */
    public static double similarity(String x, String y, String keyX, String keyY) {
        return similarity(x, y, keyX, keyY, null, null);
    }

    /**
     * {@link #similarity(String, String, String, String)} with the tokens' {@link TokenSimilarity#vowelSkeleton}s too
     * when the caller has them (null: made here).
     */
    public static double similarity(String x, String y, String keyX, String keyY, String vowelsX, String vowelsY) {
        return similarity(x, y, keyX, keyY, vowelsX, vowelsY, TokenSimilarity.writesSchemeLetters(x) || TokenSimilarity.writesSchemeLetters(y));
    }

    /**
     * {@link #similarity(String, String, String, String, String, String)} with whether either token
     * {@link TokenSimilarity#writesSchemeLetters writes the "j and x" scheme's letters}, for a caller that tests each
     * token once.
     */
    public static double similarity(String x, String y, String keyX, String keyY, String vowelsX, String vowelsY, boolean schemeLetters) {
        if (x.isEmpty() || y.isEmpty()) return x.equals(y) ? 1.0 : 0.0;
        if (x.length() == 1 || y.length() == 1) {
            if (x.length() == 1 && y.length() == 1) return x.equals(y) ? 1.0 : 0.0;
            return x.charAt(0) == y.charAt(0) ? INITIAL : 0.0;
        }
        return TokenSimilarity.of(x, y, keyX, keyY, vowelsX, vowelsY, schemeLetters);
    }

    /**
     * Whether the aligned pairs ({@code i * m + j}) of initials with words keep one order on both sides; two equal
     * initials ("A. A." for Aleksandr Aleksandrovich) may stand in either order.
     */
    private static boolean inOrder(List<String> a, List<String> b, int[] pairs, int count, int m) {
        for (int p = 0; p < count; p++) {
            for (int q = p + 1; q < count; q++) {
                int ip = pairs[p] / m, iq = pairs[q] / m, jp = pairs[p] % m, jq = pairs[q] % m;
                String xp = a.get(ip).length() == 1 ? a.get(ip) : b.get(jp), xq = a.get(iq).length() == 1 ? a.get(iq) : b.get(jq);
                if (xp.equals(xq)) continue;
                int di = ip - iq, dj = jp - jq;
                if ((di < 0) != (dj < 0)) return false;
            }
        }
        return true;
    }

    private static boolean complete(boolean[] used) {
        for (boolean u : used) if (!u) return false;
        return true;
    }

    private static boolean explain(List<String> pairs) {
        return !(pairs instanceof NoList);
    }

    /** A list that forgets what is added: pairs are not wanted while searching for the best alignment. */
    private static final class NoList extends java.util.AbstractList<String> {
        @Override
        public boolean add(String s) {
            return true;
        }

        @Override
        public String get(int index) {
            throw new IndexOutOfBoundsException(index);
        }

        @Override
        public int size() {
            return 0;
        }
    }

    /** Whether pair p goes strictly before pair q: higher similarity first, then by {@link #pairKey} (compared without building it). */
    private static boolean before(int p, int q, List<String> a, List<String> b, double[] sims, int m) {
        int c = Double.compare(sims[q], sims[p]);
        if (c != 0) return c < 0;
        return comparePairKeys(a.get(p / m), b.get(p % m), a.get(q / m), b.get(q % m)) < 0;
    }

    /** The same key for (x, y) and (y, x): the smaller token, "|", the larger; ties between pairs break on it. */
    static String pairKey(String x, String y) {
        return x.compareTo(y) <= 0 ? x + "|" + y : y + "|" + x;
    }

    /** The sign of {@code pairKey(x1, y1).compareTo(pairKey(x2, y2))}, without building the keys. */
    static int comparePairKeys(String x1, String y1, String x2, String y2) {
        String a1 = x1.compareTo(y1) <= 0 ? x1 : y1, b1 = a1 == x1 ? y1 : x1;
        String a2 = x2.compareTo(y2) <= 0 ? x2 : y2, b2 = a2 == x2 ? y2 : x2;
        int n1 = a1.length() + 1 + b1.length(), n2 = a2.length() + 1 + b2.length();
        for (int k = 0, end = Math.min(n1, n2); k < end; k++) {
            char c1 = k < a1.length() ? a1.charAt(k) : k == a1.length() ? '|' : b1.charAt(k - a1.length() - 1);
            char c2 = k < a2.length() ? a2.charAt(k) : k == a2.length() ? '|' : b2.charAt(k - a2.length() - 1);
            if (c1 != c2) return Integer.signum(c1 - c2);
        }
        return Integer.signum(n1 - n2);
    }

    /**
     * A token of {@code shortSide} (3 to 6 letters; two letters match too many names by chance) spelled by the first letters of a run of unused tokens
     * of {@code longSide}: credited at {@value #ACRONYM} of the weights involved.
     */
    private static double acronyms(List<String> shortSide, List<String> longSide, double[] ws, double[] wl, boolean[] usedS, boolean[] usedL,
                                   List<String> pairs, boolean swapped, double[] side, int shortIndex) {
        double matched = 0;
        for (int i = 0; i < shortSide.size(); i++) {
            String x = shortSide.get(i);
            if (usedS[i] || x.length() < 3 || x.length() > 6 || !letters(x)) continue;
            for (int j = 0; j + x.length() <= longSide.size(); j++) {
                boolean ok = true;
                for (int k = 0; k < x.length() && ok; k++) {
                    String t = longSide.get(j + k);
                    ok = !usedL[j + k] && t.length() > 1 && t.charAt(0) == x.charAt(k);
                }
                if (!ok) continue;
                double run = 0;
                for (int k = 0; k < x.length(); k++) {
                    usedL[j + k] = true;
                    run += wl[j + k];
                }
                usedS[i] = true;
                matched += ACRONYM * (ws[i] + run);
                side[shortIndex] += ACRONYM * ws[i];
                side[1 - shortIndex] += ACRONYM * run;
                if (explain(pairs)) {
                    String p = String.join(" ", longSide.subList(j, j + x.length()));
                    pairs.add(swapped ? p + "~" + x + " (acronym)" : x + "~" + p + " (acronym)");
                }
                break;
            }
        }
        return matched;
    }

    private static boolean letters(String x) {
        for (int k = 0; k < x.length(); k++) if (!Character.isLetter(x.charAt(k))) return false;
        return true;
    }

    /** Two adjacent tokens of {@code split} equal to one token of {@code whole}. */
    private static double joined(List<String> split, List<String> whole, double[] ws, double[] ww, boolean[] usedS, boolean[] usedW,
                                 List<String> pairs, boolean swapped, double[] side, int splitSide) {
        double matched = 0;
        for (int i = 0; i + 1 < split.size(); i++) {
            if (usedS[i] || usedS[i + 1]) continue;
            String x = split.get(i), y = split.get(i + 1);
            if (!joinable(x, y)) continue;
            int len = x.length() + y.length();
            for (int j = 0; j < whole.size(); j++) {
                String w = whole.get(j);
                // Compared in place: this runs for every pair of names scored, so it must not allocate.
                if (usedW[j] || w.length() != len || !w.startsWith(x) || !w.startsWith(y, x.length())) continue;
                usedS[i] = usedS[i + 1] = usedW[j] = true;
                matched += ws[i] + ws[i + 1] + ww[j];
                side[splitSide] += ws[i] + ws[i + 1];
                side[1 - splitSide] += ww[j];
                if (explain(pairs)) {
                    String p = x + "+" + y;
                    pairs.add(swapped ? w + "~" + p : p + "~" + w);
                }
                break;
            }
        }
        return matched;
    }

    /**
     * Whether two adjacent words may be read as one word written apart: not a word followed by a single letter, which is
     * an initial ("STEPANOV A. A." is no "Stepanova": the a is Anastasia's or Aleksandr's initial). A digit still joins
     * ("S 7" / "S7").
     */
    private static boolean joinable(String x, String y) {
        return !(y.length() == 1 && Character.isLetter(y.charAt(0)) && x.length() >= 3);
    }
}
