package org.chokepoint.similarity;

import org.chokepoint.text.NameNormalizer;
import org.chokepoint.text.RandomNames;
import org.chokepoint.text.TokenWeights;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.ToDoubleFunction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Invariants of the similarities on arbitrary input (seeded, so failures reproduce): every score in
 * [0, 1], symmetric, and 1 for a string compared with itself. Strings come from {@link RandomNames}
 * (Latin with diacritics, Cyrillic, Han, Hangul, Arabic, digits, punctuation, lone surrogates, mixed
 * scripts) plus the edge cases no generator hits often enough: empty, 10,000 characters.
 */
class SimilarityPropertyTest {
    private static final int CASES = 3000;
    private static final double EPS = 1e-9;
    /** Token lists in pairs, generated once: normalising a few thousand random names is the costly part. */
    private static final List<List<String>> LISTS = tokenLists(18);

    @Test
    void jaroWinklerIsSymmetricInTheUnitIntervalAndOneForItself() {
        for (String[] p : stringPairs(11)) {
            String a = p[0], b = p[1];
            double ab = JaroWinkler.similarity(a, b);
            assertThat(ab).as(pair(a, b)).isBetween(0.0, 1.0).isEqualTo(JaroWinkler.similarity(b, a));
            assertThat(JaroWinkler.similarity(a, a)).as(escaped(a)).isEqualTo(1.0);
        }
        assertThat(JaroWinkler.similarity(null, "")).isEqualTo(1.0);
        assertThat(JaroWinkler.similarity(null, "x")).isEqualTo(0.0);
    }

    @Test
    void levenshteinIsASymmetricDistanceAndItsSimilarityIsInTheUnitInterval() {
        for (String[] p : stringPairs(12)) {
            String a = p[0], b = p[1];
            if ((long) a.length() * b.length() > 2_000_000) continue; // quadratic: the long pairs get their own test
            int d = Levenshtein.distance(a, b);
            assertThat(d).as(pair(a, b)).isEqualTo(Levenshtein.distance(b, a)).isBetween(Math.abs(a.length() - b.length()), Math.max(a.length(), b.length()));
            double s = Levenshtein.similarity(a, b);
            assertThat(s).as(pair(a, b)).isBetween(0.0, 1.0).isEqualTo(Levenshtein.similarity(b, a));
            assertThat(Levenshtein.distance(a, a)).isZero();
            assertThat(Levenshtein.similarity(a, a)).as(escaped(a)).isEqualTo(1.0);
        }
    }

    @Test
    void levenshteinKeepsTheTriangleInequality() {
        RandomNames names = new RandomNames(13);
        for (int i = 0; i < CASES; i++) {
            String a = names.next(12), b = names.next(12), c = names.next(12);
            assertThat(Levenshtein.distance(a, c)).as(escaped(a) + " / " + escaped(b) + " / " + escaped(c))
                    .isLessThanOrEqualTo(Levenshtein.distance(a, b) + Levenshtein.distance(b, c));
        }
    }

    @Test
    void longStringsAreScoredWithoutTrouble() {
        // Quadratic algorithms on 10,000 characters: each pair once or twice, to keep the run short.
        RandomNames names = new RandomNames(14);
        StringBuilder sb = new StringBuilder();
        while (sb.length() < 10_000) sb.append(names.next(100));
        String random = sb.substring(0, 10_000);
        String letters = "a".repeat(10_000);
        String almost = "a".repeat(9_999) + "b";
        assertThat(JaroWinkler.similarity(random, letters)).isBetween(0.0, 1.0).isEqualTo(JaroWinkler.similarity(letters, random));
        assertThat(JaroWinkler.similarity(random, random)).isEqualTo(1.0);
        assertThat(JaroWinkler.similarity(letters, almost)).isBetween(0.99, 1.0);
        assertThat(Levenshtein.distance(letters, almost)).isEqualTo(1);
        String shorter = random.substring(0, 1_000);
        assertThat(Levenshtein.similarity(random, shorter)).isBetween(0.0, 1.0).isEqualTo(Levenshtein.similarity(shorter, random));
        assertThat(Levenshtein.similarity(random, "")).isEqualTo(0.0);
        assertThat(TokenSimilarity.of(letters, almost)).isBetween(0.0, 1.0).isLessThan(1.0);
        assertThat(TokenSimilarity.of(random, letters)).isBetween(0.0, 1.0).isEqualTo(TokenSimilarity.of(letters, random));
        assertThat(TokenSimilarity.of(random, random)).isEqualTo(1.0);
        List<String> many = List.of(random.split(" "));
        TokenAlignment self = TokenAlignment.align(many, many, t -> 1.0);
        assertThat(self.score()).isBetween(0.0, 1.0);
    }

    @Test
    void tokenSimilarityIsSymmetricInTheUnitIntervalAndOneOnlyForEqualTokens() {
        List<String[]> pairs = new ArrayList<>(stringPairs(15));
        pairs.addAll(tokenPairs(16));
        for (String[] p : pairs) {
            String a = p[0], b = p[1];
            double ab = TokenSimilarity.of(a, b);
            assertThat(ab).as(pair(a, b)).isBetween(0.0, 1.0).isEqualTo(TokenSimilarity.of(b, a));
            if (ab == 1.0) assertThat(a).as(pair(a, b)).isEqualTo(b);
            assertThat(TokenSimilarity.of(a, a)).as(escaped(a)).isEqualTo(1.0);
        }
    }

    /** What a caller that compares one word with many makes once per word (keys, vowel skeletons) changes no similarity. */
    @Test
    void wordFormsMadeOnceChangeNoSimilarity() {
        List<String[]> pairs = new ArrayList<>(stringPairs(19));
        pairs.addAll(tokenPairs(20));
        for (String[] p : pairs) {
            String a = p[0], b = p[1];
            double expected = TokenAlignment.similarity(a, b, null, null);
            String keyA = TransliterationKey.of(a), keyB = TransliterationKey.of(b);
            String vowelsA = TokenSimilarity.vowelSkeleton(a), vowelsB = TokenSimilarity.vowelSkeleton(b);
            assertThat(TokenAlignment.similarity(a, b, keyA, keyB, vowelsA, vowelsB)).as(pair(a, b)).isEqualTo(expected);
            // "" for a key or skeleton known to differ from the other word's agrees with nothing, as the real one would not.
            String givenKeyB = keyA.equals(keyB) ? keyB : "", givenVowelsB = vowelsA.length() == vowelsB.length() ? vowelsB : "";
            assertThat(TokenAlignment.similarity(a, b, keyA, givenKeyB, vowelsA, givenVowelsB)).as(pair(a, b)).isEqualTo(expected);
        }
    }

    @Test
    void alignmentIsInTheUnitInterval() {
        forPairsOfTokenLists(17, (a, b, w) -> {
            TokenAlignment ab = TokenAlignment.align(a, b, w);
            assertThat(ab.score()).as(a + " / " + b).isBetween(0.0, 1.0);
            assertThat(ab.evidence()).as(a + " / " + b).isGreaterThanOrEqualTo(0.0);
        });
    }

    @Test
    void alignmentScoreIsSymmetric() {
        forPairsOfTokenLists(18, (a, b, w) -> assertThat(TokenAlignment.align(a, b, w).score()).as(a + " / " + b)
                .isCloseTo(TokenAlignment.align(b, a, w).score(), within(EPS)));
    }

    @Test
    void alignmentEvidenceIsSymmetric() {
        forPairsOfTokenLists(19, (a, b, w) -> assertThat(TokenAlignment.align(a, b, w).evidence()).as(a + " / " + b)
                .isCloseTo(TokenAlignment.align(b, a, w).evidence(), within(EPS)));
    }

    @Test
    void alignmentOfANameWithItselfIsOne() {
        forPairsOfTokenLists(20, (a, b, w) -> {
            if (!a.isEmpty()) assertThat(TokenAlignment.align(a, a, w).score()).as(a.toString()).isCloseTo(1.0, within(EPS));
        });
    }

    @Test
    void alignmentOfANameWithItsWordsReorderedIsOne() {
        // The class promises 1 for equal token lists in any order: lists write "SURNAME, Given", queries "Given Surname".
        Random random = new Random(21);
        forPairsOfTokenLists(21, (a, b, w) -> {
            List<String> shuffled = new ArrayList<>(a);
            Collections.shuffle(shuffled, random);
            if (!a.isEmpty()) assertThat(TokenAlignment.align(a, shuffled, w).score()).as(a + " / " + shuffled).isCloseTo(1.0, within(EPS));
        });
    }

    /** The minimal counterexamples once found by the properties above, kept as plain regression checks. */
    @Test
    void formerCounterexamplesHold() {
        ToDoubleFunction<String> one = t -> 1.0;
        List<String> abc = List.of("abc", "bx", "cx");
        assertThat(TokenAlignment.align(abc, abc, one).score()).isCloseTo(1.0, within(EPS));
        List<String> mstu = List.of("mstu", "moscow", "state", "technical", "university");
        assertThat(TokenAlignment.align(mstu, mstu, one).score()).isCloseTo(1.0, within(EPS));
        assertThat(TokenAlignment.align(List.of("ul", "ttyok", "hut"), List.of("hut", "ul", "ttyok"), one).score()).isCloseTo(1.0, within(EPS));
        List<String> x = List.of("cc", "ccb", "bd"), y = List.of("d", "cc", "ccb", "bd");
        assertThat(TokenAlignment.align(x, y, one).score()).isCloseTo(TokenAlignment.align(y, x, one).score(), within(EPS));
        List<String> u = List.of("eed", "ec", "deda"), v = List.of("eed", "ec", "de", "deda");
        assertThat(TokenAlignment.align(u, v, one).evidence()).isCloseTo(TokenAlignment.align(v, u, one).evidence(), within(EPS));
        assertThat(TokenAlignment.align(List.of("gazprom", "bank"), List.of("gazprombank"), one).score()).isCloseTo(1.0, within(EPS));
    }

    private interface ListProperty {
        void check(List<String> a, List<String> b, ToDoubleFunction<String> weight);
    }

    /** Runs a property over pairs of generated token lists, each with one of the weight functions. */
    private static void forPairsOfTokenLists(long seed, ListProperty property) {
        Random random = new Random(seed);
        List<ToDoubleFunction<String>> weights = weightFunctions(LISTS);
        for (int i = 0; i + 1 < LISTS.size(); i += 2) property.check(LISTS.get(i), LISTS.get(i + 1), weights.get(random.nextInt(weights.size())));
    }

    /** Random strings in pairs, with the edge cases: empty, equal, one a prefix of the other, mixed scripts. */
    private static List<String[]> stringPairs(long seed) {
        RandomNames names = new RandomNames(seed);
        Random random = new Random(seed);
        List<String[]> out = new ArrayList<>();
        for (int i = 0; i < CASES; i++) {
            String a = names.next(30), b;
            switch (random.nextInt(6)) {
                case 0 -> b = a;
                case 1 -> b = a.isEmpty() ? "" : a.substring(0, random.nextInt(a.length()));
                case 2 -> b = a + names.next(5);
                case 3 -> b = "";
                default -> b = names.next(30);
            }
            out.add(new String[] {a, b});
        }
        out.add(new String[] {"", ""});
        out.add(new String[] {"\uD800", "\uDC00"});
        out.add(new String[] {"\uD800\uDC00", "\uDC00\uD800"});
        out.add(new String[] {"Газпромбанк gazprombank 华为 김정은 بانک", "gazprombank Газпромбанк"});
        return out;
    }

    /** Pairs of name tokens close to each other: the tokens TokenSimilarity really sees. */
    private static List<String[]> tokenPairs(long seed) {
        Random random = new Random(seed);
        List<String[]> out = new ArrayList<>();
        String letters = "aeiouyjkcqszvwfghxbdlmnprt";
        for (int i = 0; i < CASES; i++) {
            StringBuilder a = new StringBuilder();
            for (int n = 1 + random.nextInt(12); n > 0; n--) a.append(letters.charAt(random.nextInt(random.nextBoolean() ? 8 : letters.length())));
            StringBuilder b = new StringBuilder(a);
            for (int edits = random.nextInt(3); edits > 0 && !b.isEmpty(); edits--) {
                int at = random.nextInt(b.length());
                char c = letters.charAt(random.nextInt(letters.length()));
                switch (random.nextInt(4)) {
                    case 0 -> b.setCharAt(at, c);
                    case 1 -> b.insert(at, c);
                    case 2 -> b.deleteCharAt(at);
                    default -> b.append(random.nextBoolean() ? "skiy" : "ova");
                }
            }
            out.add(new String[] {a.toString(), b.toString()});
        }
        return out;
    }

    /**
     * Token lists in pairs: normalised random names (any script), and lists over a tiny alphabet where
     * initials, joined words ("ab c" / "abc") and acronyms ("abc" / "a.. b.. c..") collide all the time.
     */
    private static List<List<String>> tokenLists(long seed) {
        NameNormalizer normalizer = NameNormalizer.standard();
        RandomNames names = new RandomNames(seed);
        Random random = new Random(seed);
        List<List<String>> out = new ArrayList<>();
        for (int i = 0; i < CASES / 4; i++) {
            out.add(normalizer.normalize(names.next(40)).tokens());
            out.add(normalizer.normalize(names.next(40)).tokens());
        }
        for (int i = 0; i < CASES; i++) {
            List<String> a = new ArrayList<>();
            for (int n = random.nextInt(6); n > 0; n--) a.add(smallToken(random));
            List<String> b = new ArrayList<>(a);
            for (int edits = random.nextInt(4); edits > 0; edits--) {
                int at = b.isEmpty() ? 0 : random.nextInt(b.size());
                switch (random.nextInt(6)) {
                    case 0 -> { if (at + 1 < b.size()) b.set(at, b.get(at) + b.remove(at + 1)); }          // join two words
                    case 1 -> { if (!b.isEmpty() && b.get(at).length() > 1) b.set(at, b.get(at).substring(0, 1)); } // initial
                    case 2 -> {                                                                              // acronym of a run
                        if (b.isEmpty()) continue;
                        StringBuilder acronym = new StringBuilder();
                        for (int k = at; k < Math.min(b.size(), at + 3); k++) acronym.append(b.get(k).charAt(0));
                        b.add(random.nextInt(b.size() + 1), acronym.toString());
                    }
                    case 3 -> b.add(at, smallToken(random));
                    case 4 -> { if (!b.isEmpty()) b.remove(at); }
                    default -> Collections.shuffle(b, random);
                }
            }
            out.add(a);
            out.add(b);
        }
        return out;
    }

    private static String smallToken(Random random) {
        StringBuilder t = new StringBuilder();
        for (int n = 1 + random.nextInt(4); n > 0; n--) t.append("abcde".charAt(random.nextInt(5)));
        return t.toString();
    }

    /** Equal weights, arbitrary weights, and weights by rarity over the lists themselves. */
    private static List<ToDoubleFunction<String>> weightFunctions(List<List<String>> corpus) {
        TokenWeights rarity = TokenWeights.build(corpus);
        return List.of(t -> 1.0, t -> 0.05 + (t.hashCode() & 0xff) / 255.0 * 0.95, rarity::weight);
    }

    private static String pair(String a, String b) {
        return escaped(a) + " / " + escaped(b);
    }

    private static String escaped(String raw) {
        StringBuilder out = new StringBuilder();
        raw.chars().limit(200).forEach(c -> out.append(c < 0x80 && c >= 0x20 ? Character.toString(c) : String.format("\\u%04X", c)));
        return raw.length() > 200 ? out + "...(" + raw.length() + " chars)" : out.toString();
    }
}
