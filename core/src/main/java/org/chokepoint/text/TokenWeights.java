package org.chokepoint.text;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How much a name token tells, from its rarity over a corpus of names (inverse document
 * frequency): "trading", "international" and "technology" occur in thousands of listed names and
 * prove little when they match; "gidroagregat" occurs once and proves much. A built-in list of
 * generic organisation words ({@code generic-tokens.txt}) always weighs little, even in a small
 * corpus. Immutable and thread-safe.
 */
public final class TokenWeights {
    /** Upper bound of the weight of a generic word. */
    public static final double GENERIC = 0.1;

    /** Upper bound of the weight of a word that says what kind of organisation a name belongs to ("institute", "zavod"). */
    public static final double DESCRIPTIVE = 0.3;

    /**
     * A place names a firm only in a short name: a place and a word or two of what the firm is ("Bank of Russia", "Asia
     * Shipping"). In a longer one of generic words ("Export-Import Bank of Korea") the place is one word among many that
     * thousands of names share.
     */
    private static final int PLACE_NAME_WORDS = 3;

    /** Country names and adjectives, continents and regions ({@code place-tokens.txt}): generic words too. */
    private static final Set<String> PLACE_TOKENS = load("place-tokens.txt");

    private static final Set<String> GENERIC_TOKENS = union(load("generic-tokens.txt"), PLACE_TOKENS);

    private final Map<String, Integer> documentFrequency;
    private final int documents;
    private final java.util.function.Predicate<String> descriptive;

    /**
     * {@link #weight} of the tokens asked for so far: a query asks for each of its words several times over (retrieval,
     * the scorer's spellings), and each answer costs a look-up in the frequencies, two logarithms and the generic and
     * descriptive tests, more than one look-up here. At most {@value #MAX_CACHED} tokens, so that endless new words cannot
     * fill the heap; past that, computed each time. Values are the computed ones: the cache changes no weight.
     */
    private final java.util.concurrent.ConcurrentHashMap<String, Double> cached = new java.util.concurrent.ConcurrentHashMap<>();
    private static final int MAX_CACHED = 1 << 18;

    private TokenWeights(Map<String, Integer> documentFrequency, int documents, java.util.function.Predicate<String> descriptive) {
        this.documentFrequency = documentFrequency;
        this.documents = documents;
        this.descriptive = descriptive;
    }

    /**
     * Weights from a corpus: one token list per name (typically {@link NormalizedName#tokens()} of
     * every listed name). A token counts once per name. Null lists and null tokens are ignored.
     */
    public static TokenWeights build(Iterable<List<String>> corpusTokens) {
        return build(corpusTokens, token -> false);
    }

    /**
     * As {@link #build(Iterable)}, with words that say what kind of organisation a name belongs to weighing at most
     * {@link #DESCRIPTIVE} (typically {@link NameNormalizer#descriptive}; never called with null).
     */
    public static TokenWeights build(Iterable<List<String>> corpusTokens, java.util.function.Predicate<String> descriptive) {
        Map<String, Integer> frequency = new HashMap<>();
        int documents = 0;
        if (corpusTokens != null) {
            for (List<String> name : corpusTokens) {
                if (name == null) continue;
                documents++;
                for (String token : new HashSet<>(name)) if (token != null) frequency.merge(token, 1, Integer::sum);
            }
        }
        return new TokenWeights(Map.copyOf(frequency), documents, descriptive);
    }

    /**
     * Weights restored from what {@link #documentFrequencies()} and {@link #documents()} gave (an index kept on disk):
     * the same weights as the {@link #build} that gave them, with the same {@code descriptive} predicate.
     */
    public static TokenWeights of(Map<String, Integer> documentFrequencies, int documents, java.util.function.Predicate<String> descriptive) {
        return new TokenWeights(Map.copyOf(documentFrequencies), documents, descriptive);
    }

    /** In how many names of the corpus each token occurs (at least once); unmodifiable. */
    public Map<String, Integer> documentFrequencies() {
        return documentFrequency;
    }

    /** How many names the corpus had. */
    public int documents() {
        return documents;
    }

    /** Weights without a corpus: 1 for every token except the generic words. */
    public static TokenWeights genericOnly() {
        return new TokenWeights(Map.of(), 0, token -> false);
    }

    /**
     * The weight of a token, in (0, 1]: 1 for a token absent from the corpus, falling with the
     * share of names that contain it (log-scaled), at most {@link #GENERIC} for generic words and
     * {@link #DESCRIPTIVE} for descriptive ones.
     * Null counts as absent.
     */
    public double weight(String token) {
        if (token == null) return computed(null);
        Double known = cached.get(token);
        if (known != null) return known;
        double w = computed(token);
        if (cached.size() < MAX_CACHED) cached.putIfAbsent(token, w);
        return w;
    }

    private double computed(String token) {
        double weight = 1.0;
        Integer df = token == null ? null : documentFrequency.get(token);
        if (df != null && documents > 0) weight = Math.log1p((double) documents / (df + 1)) / Math.log1p(documents);
        weight = Math.min(1.0, Math.max(weight, Double.MIN_NORMAL));
        if (isGeneric(token)) return Math.min(weight, GENERIC);
        return token != null && descriptive.test(token) ? Math.min(weight, DESCRIPTIVE) : weight;
    }

    /**
     * Whether the token says what kind of organisation a name belongs to rather than which one: a generic or a descriptive
     * word (capped at {@link #GENERIC} or {@link #DESCRIPTIVE}). False for null.
     */
    public boolean describes(String token) {
        return token != null && (isGeneric(token) || descriptive.test(token));
    }

    /** Whether the token is one of the built-in generic organisation words. */
    public static boolean isGeneric(String token) {
        return token != null && GENERIC_TOKENS.contains(token);
    }

    /**
     * The weights of a spelling's words ({@code weights}, as {@link #weight} gives them, in word order) with its place
     * words ("asia", "russia", {@code place-tokens.txt}) at their rarity over the corpus when no word of the spelling
     * weighs more than {@link #DESCRIPTIVE} and it has at most {@value #PLACE_NAME_WORDS} words: in "Asia Shipping Company" or "Bank of Russia" nothing else tells the
     * organisation from others, so the place is its name. Elsewhere a place weighs as a generic word ("VTB Bank
     * Georgia"). The same array when nothing changes; never changes {@code weights}.
     */
    public double[] placesAlone(List<String> tokens, double[] weights) {
        if (weights.length > PLACE_NAME_WORDS) return weights;
        boolean place = false;
        for (int i = 0; i < weights.length; i++) {
            if (weights[i] > DESCRIPTIVE + 1e-12) return weights;
            if (PLACE_TOKENS.contains(tokens.get(i))) place = true;
        }
        if (!place) return weights;
        double[] out = weights.clone();
        for (int i = 0; i < out.length; i++) if (PLACE_TOKENS.contains(tokens.get(i))) out[i] = Math.max(out[i], rarity(tokens.get(i)));
        return out;
    }

    /** The weight of a token from its rarity alone, without the caps of generic and descriptive words. */
    private double rarity(String token) {
        Integer df = documentFrequency.get(token);
        double weight = df != null && documents > 0 ? Math.log1p((double) documents / (df + 1)) / Math.log1p(documents) : 1.0;
        return Math.min(1.0, Math.max(weight, Double.MIN_NORMAL));
    }

    private static Set<String> load(String file) {
        Set<String> tokens = new HashSet<>();
        for (String[] row : DataFile.rows(file)) tokens.addAll(List.of(row[0].split(" +")));
        return Set.copyOf(tokens);
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> out = new HashSet<>(a);
        out.addAll(b);
        return Set.copyOf(out);
    }
}
