package org.chokepoint.screening;

import org.chokepoint.similarity.ArabicSkeleton;
import org.chokepoint.similarity.TokenAlignment;
import org.chokepoint.similarity.TokenSimilarity;
import org.chokepoint.similarity.TransliterationKey;
import org.chokepoint.text.TokenWeights;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Token similarities and weights remembered for the duration of one query: the same listed words
 * ("bank", "company", a surname) come back across aliases, spellings and candidates, and each
 * comparison costs an edit distance. One per query; not thread-safe, and never shared.
 */
final class QueryMemo implements TokenAlignment.Pairwise {
    private final Map<String, Map<String, Double>> similarity = new HashMap<>(256);
    private final Map<String, Double> weight = new HashMap<>(256);
    private final Map<String, Integer> queryIndex = new HashMap<>();
    private final List<String> queryTokens = new ArrayList<>();
    /** The query words read from Arabic script: consonant skeletons, also compared as {@link ArabicSkeleton} reads them. */
    private final Set<String> skeletons = new HashSet<>();
    private final TokenWeights weights;
    private final Lexicon lexicon;

    /** Rows by listed word number: a table as long as the lexicon, borrowed for the query and stamped with it. */
    private final RowTable table;
    private final int stamp;

    /** The query words as rows compare them, with their keys and vowel skeletons, made ready when the first row is asked for. */
    private String[] words, keys, vowelSkeletons;
    /** By query position: whether the word is a skeleton read from Arabic script. */
    private boolean[] skeleton;
    /** By query position: whether the word {@link TokenSimilarity#writesSchemeLetters writes the "j and x" scheme's letters}. */
    private boolean[] schemeLetters;
    /** By query position: the word's key hash and vowel skeleton length as {@link Lexicon#traits} folds them. */
    private int[] keyHashes, vowelLengths;
    /** Bits of the first letters of the query words: a listed word starting otherwise can only match by its key. */
    private long firstLetters;
    /** Keys of the query words long enough to be compared by key, and bits of their hashes to rule most keys out at once. */
    private Set<String> longKeys;
    private long longKeyBits;
    /**
     * By a listed word's first letter as {@link Lexicon#traits} folds it: the query positions (one bit each) whose words a
     * listed word starting so may be like; by its key hash as folded there: the positions of the query words long enough
     * to be compared by key that have that hash. Null when the query has more than 64 words (see {@link #alikePositions}).
     */
    private long[] alikeByLetter, alikeByKey;
    /** The length of this query's rows: one place per query word. -1 until the rows are made ready. */
    private int width = -1;
    /** The offset of the row of a listed word that is like no query word. */
    private int zero;
    /** Work arrays of {@link NameSearch#best} for this query (grown there as needed). */
    double[] ceilA = new double[8], ceilB = new double[8], weightsB = new double[8];
    int[] rows = new int[8];
    /** By listed word of the spelling at hand: {@link #alikePositions}. */
    long[] alike = new long[8];
    /** What {@link Screener} read of the candidates before scoring them, kept so that the reads are made (its value means nothing). */
    long touched;
    /** The comparisons {@link NameSearch#best} keeps for one entity, emptied for the next. */
    final java.util.List<NameSearch.Option> options = new java.util.ArrayList<>();

    QueryMemo(TokenWeights weights, Lexicon lexicon) {
        this(weights, lexicon, new RowTable(lexicon.size()), SkeletonWeights.NONE);
    }

    /**
     * A memo whose rows live in {@code table}, which this query uses alone until it is done; {@code skeletonWeights}: the
     * listed words by consonant classes, for weighing a query word read from Arabic script.
     */
    QueryMemo(TokenWeights weights, Lexicon lexicon, RowTable table, SkeletonWeights skeletonWeights) {
        this.weights = weights;
        this.lexicon = lexicon;
        this.table = table;
        this.stamp = table.next();
        this.skeletonWeights = skeletonWeights;
    }

    /** The listed words by consonant classes, for weighing a query word read from Arabic script. */
    private final SkeletonWeights skeletonWeights;

    /**
     * The rows of one query in one flat array, one after another in the order first asked for, and the place of each
     * listed word's row, stamped with the query it belongs to: a query meets a few hundred of the lexicon's words, and
     * finding a row by the word's number is one read of {@code place}; the rows a query reads are then close
     * together. Reused by one query at a time (queries take turns through a pool), so that a query does not clear or
     * allocate it. Not thread-safe.
     */
    static final class RowTable {
        /** Bits of a place that hold a row's offset in {@link #data} by default; the stamp is in the other 8. */
        static final int OFFSET_BITS = 24;
        /** Bits of a place that hold a row's offset; stamps run from 1 to {@code maxStamp}, then every place is cleared. */
        private final int offsetBits, offsetMask, maxStamp;
        /**
         * By listed word number: the query's stamp in the high {@code 32 - offsetBits} bits, the row's offset in
         * {@link #data} in the low {@code offsetBits}. An int rather than a long with a stamp of 32 bits: half the
         * memory for a table read at random, at the price of clearing it every {@code maxStamp} (255) queries.
         */
        private final int[] place;
        /**
         * The places of the rows at offsets too far for {@code offsetBits} (a query of hundreds of words against
         * thousands of listed words), by listed word number; null until a query needs it, emptied with each stamp.
         */
        private java.util.Map<Integer, Integer> far;
        private double[] data = new double[1024];
        private int used;
        private int stamp;

        RowTable(int words) {
            this(words, OFFSET_BITS);
        }

        /** A table with {@code offsetBits} bits of offset per place (for tests: few bits reach the far rows and the wrap soon). */
        RowTable(int words, int offsetBits) {
            if (offsetBits < 1 || offsetBits > 30) throw new IllegalArgumentException("offset bits " + offsetBits + " not in [1, 30]");
            place = new int[words];
            this.offsetBits = offsetBits;
            this.offsetMask = (1 << offsetBits) - 1;
            this.maxStamp = (int) ((1L << (32 - offsetBits)) - 1);
        }

        /** A stamp no place carries yet; the rows of earlier queries are forgotten. */
        private int next() {
            if (++stamp > maxStamp) {
                java.util.Arrays.fill(place, 0);
                stamp = 1;
            }
            if (far != null) far.clear();
            used = 0;
            return stamp;
        }

        /** The offset of the row of word {@code id} for the query of {@code stamp}; -1 when it has none. */
        private int find(int id, int stamp) {
            int p = place[id];
            if ((p >>> offsetBits) == stamp) return p & offsetMask;
            if (far == null) return -1;
            Integer at = far.get(id);
            return at == null ? -1 : at;
        }

        /** Records the row of word {@code id} at offset {@code at} for the query of {@code stamp}. */
        private void put(int id, int stamp, int at) {
            if (at <= offsetMask) place[id] = (stamp << offsetBits) | at;
            else {
                if (far == null) far = new HashMap<>();
                far.put(id, at);
            }
        }

        /** Room for a row of {@code width} zeros; its offset. */
        private int append(int width) {
            int at = room(width);
            java.util.Arrays.fill(data, at, at + width, 0.0);
            return at;
        }

        /** Room for a row of {@code width} places that the caller fills, every one of them; its offset. */
        private int room(int width) {
            int at = used;
            if (at + width > data.length) data = java.util.Arrays.copyOf(data, Math.max(2 * data.length, at + width));
            used = at + width;
            return at;
        }
    }

    /**
     * Marks the words of a query spelling as read from Arabic script ({@link ArabicSkeleton}): each is also compared with
     * listed words as a consonant skeleton. Before any row is computed.
     */
    void skeletons(List<String> tokens) {
        if (words != null) throw new IllegalStateException("query skeleton marked after rows were computed");
        skeletons.addAll(tokens);
    }

    /** Whether a query word was marked as read from Arabic script. */
    boolean skeleton(String token) {
        return skeletons.contains(token);
    }

    /** The positions of a query spelling's tokens among all the query's distinct tokens (added as needed). */
    int[] queryPositions(List<String> tokens) {
        int[] out = new int[tokens.size()];
        for (int i = 0; i < out.length; i++) {
            String t = tokens.get(i);
            Integer k = queryIndex.get(t);
            if (k == null) {
                k = queryTokens.size();
                queryIndex.put(t, k);
                queryTokens.add(t);
                // Rows are computed once every query token is known (PreparedQuery asks for all positions first).
                if (words != null) throw new IllegalStateException("query token added after rows were computed");
            }
            out[i] = k;
        }
        return out;
    }

    /**
     * Where the similarities of a listed word (by its number in the lexicon) with every query token are, by query
     * position: the offset of its row in {@link #data()}; computed once per query.
     */
    int row(int id) {
        return row(id, lexicon.traits(id));
    }

    /** {@link #row(int)} of a listed word whose {@link Lexicon#traits} the caller has read already. */
    int row(int id, int traits) {
        // A place of this query carries its stamp; places of earlier queries are stale.
        int at = table.find(id, stamp);
        if (at >= 0) return at;
        at = compute(id, traits);
        table.put(id, stamp, at);
        return at;
    }

    /**
     * The rows of this query, at the offsets {@link #row} gives. The array is replaced when it grows, so ask for it again
     * after asking for rows: an array asked for earlier still holds the rows made before it. Do not modify.
     */
    double[] data() {
        return table.data;
    }

    private int compute(int id, int traits) {
        if (words == null) prepare();
        // The same test as below on the word's traits, which are read without reading the word: most words fail it.
        if ((traits & Lexicon.EMPTY) == 0 && (firstLetters & bit(traits)) == 0
                && ((traits & Lexicon.KEYED) == 0 || (longKeyBits & bit(traits >>> 7)) == 0)) return zero;
        String listed = lexicon.word(id), key = lexicon.key(id), vowels = null;
        int keyHash = (traits >>> 7) & 63, vowelLength = (traits >>> Lexicon.VOWELS_SHIFT) & 0xFF;
        // Tokens are alike only when they start with the same letter or share their transliteration key: most
        // listed words of the candidates are like no query word, and are settled without comparing.
        if (!listed.isEmpty() && (firstLetters & bit(listed.charAt(0))) == 0
                && (listed.length() < TransliterationKey.MIN_LENGTH || (longKeyBits & bit(key.hashCode())) == 0 || !longKeys.contains(key))) return zero;
        int at = table.room(width); // every place is written below
        double[] r = table.data;
        // The query words this one may be like at all (alikePositions): the others get 0 without a comparison, which is
        // what comparing them gives. Most listed words compared are like one query word of several.
        long alike = alikeByLetter == null ? -1L : alikePositions(traits);
        boolean listedScheme = (traits & Lexicon.SCHEME_LETTERS) != 0;
        for (int k = 0; k < words.length; k++) {
            if (k < 64 && (alike & (1L << k)) == 0) {
                r[at + k] = 0;
                continue;
            }
            String q = words[k];
            // Keys whose hashes differ, and vowel skeletons of different lengths (or none), agree in nothing: given as ""
            // (which agrees with nothing), so that the listed word's key and skeleton, objects elsewhere in memory, are
            // read only for the few pairs that could agree.
            String listedKey = keyHashes[k] == keyHash ? key : "";
            String listedVowels = "";
            if (vowelLength != 0 && vowelLengths[k] == vowelLength) listedVowels = vowels == null ? vowels = lexicon.vowelSkeleton(id) : vowels;
            // In the order of() uses, so that the value is the one of() would remember. Whether either word writes the "j and x"
            // scheme's letters is known of both words without reading them again.
            boolean scheme = listedScheme || schemeLetters[k];
            double v = q.compareTo(listed) <= 0 ? TokenAlignment.similarity(q, listed, keys[k], listedKey, vowelSkeletons[k], listedVowels, scheme)
                    : TokenAlignment.similarity(listed, q, listedKey, keys[k], listedVowels, vowelSkeletons[k], scheme);
            // A word read from Arabic script is also the skeleton of a Latin word ("mlt" of "mellat"); of() does the same.
            if (skeleton[k] && v < 1.0) v = Math.max(v, ArabicSkeleton.similarity(q, listed));
            r[at + k] = v;
        }
        return at;
    }

    /**
     * Bits of the transliteration keys of a listed spelling's words long enough to be compared by key, as {@link #row}
     * tests them; -1 when a word is empty (an empty word is always compared).
     */
    static long keyBits(List<String> tokens) {
        long bits = 0;
        for (String t : tokens) {
            if (t.isEmpty()) return -1;
            if (t.length() >= TransliterationKey.MIN_LENGTH) bits |= bit(TransliterationKey.of(t).hashCode());
        }
        return bits;
    }

    /**
     * False when every word of a listed spelling with these {@link NameSearch#firstLetters} and {@link #keyBits} is
     * like no query word: none starts with a query word's first letter or could share a query word's key, so each
     * of its rows would be all zeros (see {@link #compute}). Such a spelling can be skipped without fetching rows.
     */
    boolean mayBeAlike(long firstLetters, long keyBits) {
        if (words == null) prepare();
        return keyBits == -1 || (firstLetters & this.firstLetters) != 0 || (keyBits & longKeyBits) != 0;
    }

    /**
     * The query positions (bit {@code k} for position {@code k}) whose words a listed word may be like, from the word's
     * {@link Lexicon#traits} alone ({@code traits}), without reading the word or its row: every position whose similarity in
     * the word's row ({@link #row}) is above 0 is among them (the test {@link #compute} makes for all the query's words
     * at once, made per query word). -1 (every position) for an empty word, and for any word when the query has more
     * than 64 words.
     */
    long alikePositions(int traits) {
        if (words == null) prepare();
        if (alikeByLetter == null) return -1L;
        if ((traits & Lexicon.EMPTY) != 0) return -1L;
        long m = alikeByLetter[traits & 63];
        if ((traits & Lexicon.KEYED) != 0) m |= alikeByKey[(traits >>> 7) & 63];
        return m;
    }

    /** Whether {@link #alikePositions} tells positions apart (the query has at most 64 words). */
    boolean alikeKnown() {
        if (words == null) prepare();
        return alikeByLetter != null;
    }

    /** The offset of a row of zeros in {@link #data()}: the row of a listed word that is like none of the query's words. */
    int zeroRow() {
        if (words == null) prepare();
        return zero;
    }

    private void prepare() {
        int n = queryTokens.size();
        words = queryTokens.toArray(String[]::new);
        keys = new String[n];
        vowelSkeletons = new String[n];
        keyHashes = new int[n];
        vowelLengths = new int[n];
        skeleton = new boolean[n];
        schemeLetters = new boolean[n];
        longKeys = new HashSet<>();
        firstLetters = 0;
        alikeByLetter = n <= 64 ? new long[64] : null;
        alikeByKey = n <= 64 ? new long[64] : null;
        longKeyBits = 0;
        for (int k = 0; k < n; k++) {
            keys[k] = TransliterationKey.of(words[k]);
            vowelSkeletons[k] = TokenSimilarity.vowelSkeleton(words[k]);
            schemeLetters[k] = TokenSimilarity.writesSchemeLetters(words[k]);
            keyHashes[k] = keys[k].hashCode() & 63;
            vowelLengths[k] = Math.min(0xFF, vowelSkeletons[k].length());
            long letters = 0;
            if (words[k].length() >= TransliterationKey.MIN_LENGTH) {
                longKeys.add(keys[k]);
                longKeyBits |= bit(keys[k].hashCode());
                if (alikeByKey != null) alikeByKey[keys[k].hashCode() & 63] |= 1L << k;
            }
            // Words starting with letters that begin one Arabic name in other romanisations ("Umar"/"Omar"), or one East Slavic
            // name with its initial iotated vowel in another scheme ("Elena"/"Yelena", "Juri"/"Yuri"), too.
            if (!words[k].isEmpty()) for (char c : TokenSimilarity.alikeFirstLetters(words[k]).toCharArray()) letters |= bit(c);
            // A skeleton reaches Latin words that start with another letter (a vowel put in, q as k or g).
            skeleton[k] = skeletons.contains(words[k]);
            if (skeleton[k]) letters |= ArabicSkeleton.firstLetterBits(words[k]);
            firstLetters |= letters;
            if (alikeByLetter != null) for (int c = 0; c < 64; c++) if ((letters & (1L << c)) != 0) alikeByLetter[c] |= 1L << k;
        }
        width = n;
        zero = table.append(width);
    }

    private static long bit(int c) {
        return 1L << (c & 63);
    }

    /** {@code x} is the query's word and {@code y} the listed one, as the aligner asks (query tokens first). */
    @Override
    public double of(String x, String y) {
        // Symmetric: store under the smaller token so that (x, y) and (y, x) share an entry.
        String a = x.compareTo(y) <= 0 ? x : y, b = a == x ? y : x;
        Map<String, Double> row = similarity.computeIfAbsent(a, k -> new HashMap<>());
        Double s = row.get(b);
        if (s == null) {
            s = TokenAlignment.SIMILARITY.of(a, b);
            row.put(b, s);
        }
        // As the rows compare them (compute): a query word read from Arabic script, as a skeleton of the listed word.
        if (s < 1.0 && skeletons.contains(x)) return Math.max(s, ArabicSkeleton.similarity(x, y));
        return s;
    }

    /** A spelling's weights with its place words at their rarity when nothing else distinguishes it ({@link TokenWeights#placesAlone}). */
    double[] placesAlone(List<String> tokens, double[] w) {
        return weights.placesAlone(tokens, w);
    }

    /**
     * The rarity weight of a token; a query word read from Arabic script weighs no more than the most common listed word
     * it spells ({@link SkeletonWeights}) (the lists rarely write the skeleton itself, so its own weight would be that of a rare word:
     * "bn" is Ben, "mhmd" Mohammed). Mark skeletons ({@link #skeletons}) before asking for their weights.
     */
    double weight(String token) {
        Double w = weight.get(token);
        if (w == null) {
            w = weights.weight(token);
            if (skeletons.contains(token)) w = Math.min(w, skeletonWeights.weight(token));
            weight.put(token, w);
        }
        return w;
    }
}
