package org.chokepoint.screening;

import org.chokepoint.model.Entity;
import org.chokepoint.model.EntityName;
import org.chokepoint.model.Identifier;
import org.chokepoint.model.Schema;
import org.chokepoint.similarity.AcronymLetters;
import org.chokepoint.similarity.ArabicSkeleton;
import org.chokepoint.similarity.TransliterationKey;
import org.chokepoint.text.NameNormalizer;
import org.chokepoint.text.NormalizedName;
import org.chokepoint.text.TokenWeights;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

/**
 * Candidate retrieval over every name and alias of every entity, so that a query never scores the whole
 * list: an inverted index in memory with one entry per listed name, holding the tokens of all its
 * spellings (exact word matches) and the character trigrams of its words (spelling variants), each
 * scored by BM25 ({@link TermPostings}), plus a hash map from identifiers to entities (a matching INN
 * finds a renamed company). Immutable after build; thread-safe.
 */
final class ScreeningIndex {
    static final int NAME_HITS = 120;
    /**
     * A trigram that more than this share of the listed names carry adds no clause to a query: it says nothing about which
     * name is meant ("ion", "_co", "ov_" are in thousands of names), yet its postings were most of the postings a query read
     * (about 9,300 of 12,900 against ofac-sdn). Added up over a long query, such trigrams of its descriptive words also
     * outweighed the few rare trigrams of a distinctive word spelled otherwise ("POLYMER RESEARCH INSTITUTE JSC" against the
     * listed "JOINT STOCK COMPANY POLIMER"). A name with such a trigram still shares the word itself, its rarer trigrams or
     * its transliteration key. The same idea as a search engine's common-terms cut-off. Never a trigram of
     * {@value #NAME_HITS} names or fewer, which cannot crowd the names asked for out by itself (a small index), nor one of a
     * query word too short for a transliteration key that no listed name has ({@link #unlistedShortWord}).
     */
    static final double COMMON_GRAM_SHARE = 0.02;
    /** Trigrams per query: enough for the spelling variants of a few words; long names match on whole words. */
    static final int MAX_QUERY_GRAMS = 80;
    /** Word clauses per query at most (a query of many spellings of many parts). */
    static final int MAX_QUERY_TOKENS = 201;
    /**
     * A shared transliteration key counts at half an equal word's boost (the word's rarity weight rather than twice
     * it): an equal word also shares its key, so names with the word itself stay ahead of names with a variant.
     */
    static final double KEY_BOOST = 1.0;
    /** Boost of a trigram from a word of weight 1. */
    static final double GRAM_BOOST = 1.0;
    /** Prefixes of whole-name terms in the key field (no word or key contains them). */
    private static final String WHOLE = "=", WHOLE_KEY = "~";
    /** Prefix of the {@link ArabicSkeleton#key} terms in the key field. */
    private static final String SKELETON = "^";
    /** Prefix of the {@link AcronymLetters#folded} terms of short words in the key field. */
    private static final String ACRONYM = "%";
    /**
     * The rarity weight a query's short word needs for its {@link AcronymLetters} folding to find names: a rare word
     * (an acronym, "kst") in a few dozen names at most.
     */
    static final double ACRONYM_MIN_WEIGHT = 0.6;
    /** An identical whole name counts as two rare words; a whole name with the same key as one. */
    static final double WHOLE_BOOST = 2.0, WHOLE_KEY_BOOST = 1.0;

    final List<Entity> entities;
    final List<List<IndexedName>> names;
    final TokenWeights weights;
    final Lexicon lexicon;
    /** The listed words by consonant classes: a query word read from Arabic script weighs as the most common it spells. */
    final SkeletonWeights skeletonWeights;
    /** {@link NameSearch.Layout} of each entity's names, by entity ordinal. */
    final NameSearch.Layout[] layouts;
    /** The entities' countries as bits, by entity ordinal, filled as candidates are scored. */
    final CountryBits countryBits;
    /** The three fields; package-private for {@link IndexCodec}, which writes and reads them. */
    final TermPostings tokenPostings, gramPostings, keyPostings;
    final int[] docToEntity;
    final Map<String, int[]> byIdentifier;
    private final int nameCount;
    /**
     * Score arrays over all names, reused across queries (allocating them costs more than a small query); at most
     * a few idle per core, so that a burst of concurrent queries does not keep its arrays for good.
     */
    private final ConcurrentLinkedQueue<Scratch> scratch = new ConcurrentLinkedQueue<>();
    private final AtomicInteger idleScratch = new AtomicInteger();
    private static final int MAX_IDLE_SCRATCH = 2 * Runtime.getRuntime().availableProcessors() + 2;

    /** Memo row tables as long as the lexicon, reused across queries like the score arrays. */
    private final ConcurrentLinkedQueue<QueryMemo.RowTable> rowTables = new ConcurrentLinkedQueue<>();
    private final AtomicInteger idleRowTables = new AtomicInteger();

    private ScreeningIndex(List<Entity> entities, List<List<IndexedName>> names, TokenWeights weights, Lexicon lexicon, TermPostings tokenPostings,
                           TermPostings gramPostings, TermPostings keyPostings, int[] docToEntity, Map<String, int[]> byIdentifier, int nameCount,
                           int[][] honorees) {
        this.entities = entities;
        this.names = names;
        this.weights = weights;
        this.lexicon = lexicon;
        this.tokenPostings = tokenPostings;
        this.gramPostings = gramPostings;
        this.keyPostings = keyPostings;
        this.docToEntity = docToEntity;
        this.byIdentifier = byIdentifier;
        this.nameCount = nameCount;
        this.skeletonWeights = SkeletonWeights.of(lexicon, weights);
        this.layouts = new NameSearch.Layout[names.size()];
        this.countryBits = new CountryBits(names.size());
        // Laying out an entity's names reads them again with regular expressions (NameParts.honoree) unless an index kept on
        // disk gives what they found: on every core, each entity by itself.
        IntStream.range(0, layouts.length).parallel()
                .forEach(i -> layouts[i] = NameSearch.Layout.of(names.get(i), lexicon, honorees == null ? null : honorees[i]));
    }

    int nameCount() {
        return nameCount;
    }

    /**
     * The index as {@link #build} made it, from its parts as an index kept on disk holds them ({@link IndexCodec}); what
     * {@link #build} derives from the parts (layouts, skeleton weights) is derived again here. {@code entities} is kept as
     * given, not copied (a list that makes each entity when asked stays unread until a query scores it): it must not change.
     */
    static ScreeningIndex of(List<Entity> entities, List<List<IndexedName>> names, TokenWeights weights, Lexicon lexicon, TermPostings tokenPostings,
                             TermPostings gramPostings, TermPostings keyPostings, int[] docToEntity, Map<String, int[]> byIdentifier) {
        return of(entities, names, weights, lexicon, tokenPostings, gramPostings, keyPostings, docToEntity, byIdentifier, null);
    }

    /**
     * {@link #of(List, List, TokenWeights, Lexicon, TermPostings, TermPostings, TermPostings, int[], Map)} with
     * {@link NameParts#honoree} of every name given, by entity ordinal and name ({@link NameSearch.Layout#honorees}), which
     * the layouts then take as they are instead of finding them again; null: found again.
     */
    static ScreeningIndex of(List<Entity> entities, List<List<IndexedName>> names, TokenWeights weights, Lexicon lexicon, TermPostings tokenPostings,
                             TermPostings gramPostings, TermPostings keyPostings, int[] docToEntity, Map<String, int[]> byIdentifier, int[][] honorees) {
        if (honorees != null && honorees.length != names.size()) throw new IllegalArgumentException(honorees.length + " honoree lists for " + names.size() + " entities");
        return new ScreeningIndex(entities, names, weights, lexicon, tokenPostings, gramPostings, keyPostings, docToEntity, byIdentifier,
                docToEntity.length, honorees);
    }

    static ScreeningIndex build(List<Entity> entities, NameNormalizer normalizer) {
        List<Entity> list = List.copyOf(entities);

        // Normalising is the costly part of the build (transliteration); it runs on every core. A name that several
        // entities carry (OFAC, the UK, the EU and the UN list many of the same names, and an entity's aliases repeat in
        // another list's entity) is normalised once: the normaliser is a function of the text.
        java.util.concurrent.ConcurrentHashMap<String, List<NormalizedName>> parts = new java.util.concurrent.ConcurrentHashMap<>();
        List<List<IndexedName>> normalized = IntStream.range(0, list.size()).parallel().mapToObj(i -> {
            List<IndexedName> out = new ArrayList<>();
            for (EntityName n : list.get(i).names()) {
                List<NormalizedName> known = parts.get(n.value());
                if (known == null) {
                    known = NameParts.normalized(n.value(), normalizer);
                    parts.putIfAbsent(n.value(), known);
                }
                for (NormalizedName part : known) out.add(new IndexedName(i, n, part, List.of()));
            }
            return List.copyOf(out);
        }).toList();
        List<List<String>> corpus = new ArrayList<>();
        for (List<IndexedName> ns : normalized) for (IndexedName n : ns) if (n.normalized().original().equals(n.name().value())) corpus.add(n.normalized().tokens());
        TokenWeights weights = TokenWeights.build(corpus, normalizer::descriptive);
        // The spellings with their weights and shapes on every core too; their words are numbered after, one name after
        // another, so that the lexicon is the one a single thread gives.
        List<List<IndexedName>> names = IntStream.range(0, list.size()).parallel()
                .mapToObj(e -> normalized.get(e).stream().map(n -> withSpellings(n, weights, list.get(e).schema() == Schema.VESSEL)).toList())
                .toList();
        Lexicon.Builder words = new Lexicon.Builder();
        for (List<IndexedName> ns : names) for (IndexedName n : ns) for (IndexedName.ListedSpelling s : n.spellings()) number(s, words);
        Lexicon lexicon = words.build();

        Map<String, List<Integer>> ids = new HashMap<>();
        for (int i = 0; i < list.size(); i++) {
            for (Identifier id : list.get(i).identifiers()) ids.computeIfAbsent(key(id), k -> new ArrayList<>()).add(i);
        }
        Map<String, int[]> byIdentifier = new HashMap<>();
        ids.forEach((k, v) -> byIdentifier.put(k, v.stream().mapToInt(Integer::intValue).distinct().toArray()));

        // One entry per listed name, numbered in order; the number is the name's place in the ranking's ties.
        List<IndexedName> all = names.stream().flatMap(List::stream).toList();
        TermPostings[] fields = fields(all);
        int[] docToEntity = all.stream().mapToInt(IndexedName::entity).toArray();
        return new ScreeningIndex(list, names, weights, lexicon, fields[0], fields[1], fields[2], docToEntity, byIdentifier, docToEntity.length,
                null);
    }

    /** Consecutive names per task when the fields are filled: enough for the work of a task to outweigh joining its postings. */
    private static final int FIELD_BLOCK = 2048;

    /**
     * The three fields (words, trigrams, keys) of the listed names, each name numbered by its place in {@code all}. The
     * names' terms are found on every core, a block of consecutive names per task with postings of its own; the blocks'
     * postings are then joined in name order, so that each term's names come out ascending, as when one thread adds the
     * names one after another.
     */
    private static TermPostings[] fields(List<IndexedName> all) {
        int size = all.size();
        int blocks = Math.max(1, (size + FIELD_BLOCK - 1) / FIELD_BLOCK);
        TermPostings.Builder[][] filled = new TermPostings.Builder[blocks][];
        TermPostings.TripleBuilder[] filledGrams = new TermPostings.TripleBuilder[blocks];
        IntStream.range(0, blocks).parallel().forEach(b -> {
            TermPostings.Builder tokens = new TermPostings.Builder(), keys = new TermPostings.Builder();
            TermPostings.TripleBuilder grams = new TermPostings.TripleBuilder();
            for (int doc = b * FIELD_BLOCK, end = Math.min(size, doc + FIELD_BLOCK); doc < end; doc++) {
                IndexedName n = all.get(doc);
                List<ScorerV1.Spelling> spellings = spellings(n);
                Set<String> words = new LinkedHashSet<>();
                tokens(n.normalized(), spellings, words::add);
                tokens.add(doc, words);
                // The trigrams of grams(NormalizedName).
                for (ScorerV1.Spelling sp : spellings) if (!sp.acronym()) for (String t : sp.tokens()) grams.addWord(doc, t);
                Map<String, String> keyed = new java.util.LinkedHashMap<>();
                keys(spellings, keyed);
                Set<String> keyTerms = new LinkedHashSet<>(keyed.keySet());
                wholeNames(spellings, keyTerms);
                keyTerms.addAll(skeletonKeys(spellings));
                keys.add(doc, keyTerms);
            }
            filled[b] = new TermPostings.Builder[] {tokens, keys};
            filledGrams[b] = grams;
        });
        return IntStream.range(0, 3).parallel().mapToObj(f -> {
            if (f == 1) {
                TermPostings.TripleBuilder field = filledGrams[0];
                for (int b = 1; b < blocks; b++) field.append(filledGrams[b]);
                return field.build();
            }
            int k = f == 0 ? 0 : 1; // words, keys
            TermPostings.Builder field = filled[0][k];
            for (int b = 1; b < blocks; b++) field.append(filled[b][k]);
            return field.build();
        }).toArray(TermPostings[]::new);
    }

    /** The spellings of a listed name as {@link ScorerV1#spellings} gives them, from those it was indexed with (the same list). */
    private static List<ScorerV1.Spelling> spellings(IndexedName n) {
        List<ScorerV1.Spelling> out = new ArrayList<>(n.spellings().size());
        for (IndexedName.ListedSpelling s : n.spellings()) out.add(new ScorerV1.Spelling(s.tokens(), s.translated(), s.acronym()));
        return out;
    }

    /**
     * Runs {@code work} with a memo for one query, whose row table is borrowed from a pool (a table as long as the
     * lexicon costs more to allocate than a small query) and returned after.
     */
    <R> R withMemo(java.util.function.Function<QueryMemo, R> work) {
        QueryMemo.RowTable t = rowTables.poll();
        if (t == null) t = new QueryMemo.RowTable(lexicon.size());
        else idleRowTables.decrementAndGet();
        try {
            return work.apply(new QueryMemo(weights, lexicon, t, skeletonWeights));
        } finally {
            if (idleRowTables.incrementAndGet() <= MAX_IDLE_SCRATCH) rowTables.offer(t);
            else idleRowTables.decrementAndGet();
        }
    }

    /** Entity ordinals worth scoring for the query, most promising first, at most {@code max}. */
    int[] candidates(List<NormalizedName> forms, List<Identifier> identifiers, int max) {
        // Distinct entity ordinals in the order met: a few dozen, so a scan finds a repeat sooner than a hash set would.
        int[] out = new int[Math.max(8, max)];
        int size = 0;
        for (Identifier id : identifiers) {
            int[] hits = byIdentifier.get(key(id));
            if (hits != null) for (int h : hits) {
                if (contains(out, size, h)) continue;
                if (size == out.length) out = java.util.Arrays.copyOf(out, 2 * size);
                out[size++] = h;
            }
        }
        Scratch s = scratch.poll();
        if (s == null) s = new Scratch(nameCount);
        else idleScratch.decrementAndGet();
        try {
            for (int doc : topNames(forms, s)) {
                int e = docToEntity[doc];
                if (!contains(out, size, e)) {
                    if (size == out.length) out = java.util.Arrays.copyOf(out, 2 * size);
                    out[size++] = e;
                }
                if (size >= max) break;
            }
        } finally {
            s.clear();
            if (idleScratch.incrementAndGet() <= MAX_IDLE_SCRATCH) scratch.offer(s);
            else idleScratch.decrementAndGet();
        }
        return java.util.Arrays.copyOf(out, Math.min(size, max));
    }

    /**
     * The {@value #NAME_HITS} best names for the query's forms ({@link #topNames(Scratch, Map, QueryGrams, Map, Set,
     * java.util.function.ToDoubleFunction)}), none for a query without words; {@code s} is the caller's to clear.
     */
    private int[] topNames(List<NormalizedName> forms, Scratch s) {
        // The query's words, each with its term in the word field: looked up once, for its clause and for whether it is
        // an unlisted short word (a look-up in the index's map of every word is a few cache misses).
        Map<String, TermPostings.Term> queryTokens = new java.util.LinkedHashMap<>();
        java.util.function.Consumer<String> addToken = t -> queryTokens.computeIfAbsent(t, tokenPostings::term);
        java.util.function.Predicate<String> keepCommon = t -> unlistedShortWord(t, queryTokens);
        Map<String, String> queryKeys = new java.util.LinkedHashMap<>();
        QueryGrams queryGrams = s.grams;
        Set<String> queryWholes = new LinkedHashSet<>();
        // A query's words are weighed many times over (once per trigram): TokenWeights keeps the weights it computed.
        java.util.function.ToDoubleFunction<String> weight = weights::weight;
        int form = 0;
        for (NormalizedName f : forms) {
            // A form's spellings are made once for all its kinds of terms.
            List<ScorerV1.Spelling> spellings = ScorerV1.spellings(f);
            tokens(f, spellings, addToken);
            grams(spellings, queryGrams, form++, weight, keepCommon);
            keys(spellings, queryKeys);
            if (f.abjad()) skeletonKeys(spellings, queryKeys);
            wholeNames(spellings, queryWholes);
            proper(spellings, weights, queryWholes);
        }
        queryTokens.remove("");
        return queryTokens.isEmpty() ? new int[0] : topNames(s, queryTokens, queryGrams, queryKeys, queryWholes, weight);
    }

    private static boolean contains(int[] values, int size, int value) {
        for (int i = 0; i < size; i++) if (values[i] == value) return true;
        return false;
    }

    /**
     * The {@value #NAME_HITS} best names for the query's words (boosted by twice their rarity weight) and
     * trigrams, best first; equal scores in name order. A name's score is the sum over the terms it shares
     * with the query, added up in double and compared in float.
     */
    private int[] topNames(Scratch s, Map<String, TermPostings.Term> queryTokens, QueryGrams queryGrams, Map<String, String> queryKeys,
                           Set<String> queryWholes, java.util.function.ToDoubleFunction<String> weight) {
        int clauses = 0;
        for (Map.Entry<String, TermPostings.Term> t : queryTokens.entrySet()) {
            if (clauses++ >= MAX_QUERY_TOKENS) break;
            TermPostings.Term term = t.getValue();
            s.clause(term.names(), term.score((float) (2.0 * weight.applyAsDouble(t.getKey()))));
        }
        // A trigram counts as much as the rarest query word it comes from, so that the trigrams of "production
        // association" do not outweigh a distinctive word; the most distinctive ones first when there are too many.
        // Trigrams of more than COMMON_GRAM_SHARE of the names are left out, but those of unlisted short words (they
        // still count among the MAX_QUERY_GRAMS).
        int common = Math.max(NAME_HITS, (int) (COMMON_GRAM_SHARE * nameCount));
        for (int g : queryGrams.mostWeightyFirst(MAX_QUERY_GRAMS)) {
            TermPostings.Term term = gramPostings.term(queryGrams.gram(g));
            if (term.names().length > common && !queryGrams.keepsCommon(g)) continue;
            s.clause(term.names(), term.score((float) (GRAM_BOOST * queryGrams.weight(g))));
        }
        for (String w : queryWholes) {
            TermPostings.Term term = keyPostings.term(w);
            s.clause(term.names(), term.score((float) (w.startsWith(WHOLE) ? WHOLE_BOOST : WHOLE_KEY_BOOST)));
        }
        int keys = 0;
        for (Map.Entry<String, String> k : queryKeys.entrySet()) {
            if (keys++ >= MAX_QUERY_TOKENS) break;
            // A common short word ("ahmed", "hasan") finds its names by itself: its folding would only crowd the names
            // that spell it exactly ahead of those that spell it otherwise.
            if (k.getKey().startsWith(ACRONYM) && weight.applyAsDouble(k.getValue()) < ACRONYM_MIN_WEIGHT) continue;
            TermPostings.Term term = keyPostings.term(k.getKey());
            s.clause(term.names(), term.score((float) (KEY_BOOST * weight.applyAsDouble(k.getValue()))));
        }
        return s.top(NAME_HITS);
    }

    /**
     * The clauses of one query (each a term's names and what the term adds to each of them) and the running scores
     * they give the names, over all names, reused from query to query. Used by one thread at a time.
     *
     * <p>A name's score is the sum of what its clauses add, each a positive float, added up in double. When every
     * such sum is exact in double, it is the same whatever the order of its terms (see {@link #exactInAnyOrder}),
     * and {@link #top} then takes the clauses in MaxScore order, most weighty first: once {@code k} of the names
     * already met score more than any name met later could reach with what is left to add, no new name can enter
     * the best {@code k}, and only the names met so far that could still reach those {@code k} are scored further
     * (the remaining postings are read against a bit set of them, which stays in the nearest cache, instead of
     * adding to scores all over the score array). The best {@code k} names and their scores are exactly those of
     * adding every clause to every name; when the sums are not exact in any order, every clause is added in the
     * order asked.
     */
    static final class Scratch {
        final double[] score;
        /** The query's trigrams, emptied by {@link #clear}. */
        final QueryGrams grams = new QueryGrams();
        final int[] touched;
        int count;
        /** The query's clauses in the order asked: their names (ascending) and what each adds to a name, above 0. */
        private int[][] postings = new int[128][];
        private float[] adds = new float[128];
        private int clauses;
        /** Work arrays of {@link #top}: the clause order, the suffix sums, and the names still in play (a list and a bit set). */
        private long[] order = new long[128];
        private double[] suffix = new double[129];
        private final int[] alive, hits;
        private final long[] in;
        /** Whether the last {@link #top} stopped meeting new names before its last clause (for tests). */
        boolean pruned;

        Scratch(int names) {
            score = new double[names];
            touched = new int[names + 1]; // one past: add writes a name before knowing whether it counts
            alive = new int[names];
            hits = new int[names + 1]; // one past, as touched
            in = new long[(names + 63) / 64];
        }

        /** Adds a clause: every one of {@code docs} gains {@code s}; a clause that adds nothing (s at most 0) is left out. */
        void clause(int[] docs, float s) {
            if (s <= 0 || docs.length == 0) return;
            if (clauses == postings.length) {
                postings = java.util.Arrays.copyOf(postings, 2 * clauses);
                adds = java.util.Arrays.copyOf(adds, 2 * clauses);
                order = new long[2 * clauses];
                suffix = new double[2 * clauses + 1];
            }
            postings[clauses] = docs;
            adds[clauses++] = s;
        }

        /**
         * Whether every name's score is exact in double whatever the order of its terms. Each term is a float of
         * exponent at least {@code e}, so a whole multiple of 2^(e−23); every partial sum of them is at most the sum
         * of all clauses, and while that is below 2^(e+30) every partial sum is a whole multiple of 2^(e−23) below
         * 2^53 of them, which a double holds exactly. (The bound asked is half that, for the rounding of the total
         * computed here.) False for a clause that is not a finite number.
         */
        private boolean exactInAnyOrder() {
            int least = Integer.MAX_VALUE;
            double total = 0;
            for (int i = 0; i < clauses; i++) {
                float a = adds[i];
                if (!(a > 0) || a == Float.POSITIVE_INFINITY) return false;
                least = Math.min(least, Math.getExponent(a));
                total += a;
            }
            return total <= Math.scalb(1.0, least + 29);
        }

        /** The best {@code k} names as the ranking is defined: every clause added to every name, in the order asked. */
        int[] topInOrder(int k) {
            for (int i = 0; i < clauses; i++) add(postings[i], adds[i]);
            return topOfMet(k, false);
        }

        /**
         * The best {@code k} of every name met ({@link #top(int, int[], int, int, boolean)}), which also sets their scores
         * back to 0 (the selection reads each of them once, so {@link #clear} need not read them again). {@code finite}:
         * every score is known to be a finite number.
         */
        private int[] topOfMet(int k, boolean finite) {
            int[] best = top(k, touched, count, 0, finite);
            count = 0;
            return best;
        }

        private void add(int[] docs, float s) {
            double[] score = this.score;
            int[] touched = this.touched;
            int count = this.count;
            for (int d : docs) {
                // A name met for the first time (score 0, all bits 0; scores are never negative) is kept in touched:
                // written always, counted only then, without a branch that the mix of new and known names mispredicts.
                double before = score[d];
                touched[count] = d;
                count += (int) ((Double.doubleToRawLongBits(before) - 1) >>> 63);
                score[d] = before + s;
            }
            this.count = count;
        }

        /**
         * The best {@code k} names, best first: by score compared in float, then by the lower name number. The same
         * as {@link #topInOrder}.
         */
        int[] top(int k) {
            pruned = false;
            if (!exactInAnyOrder()) return topInOrder(k);
            int n = clauses;
            // Most weighty first; float bits of a positive float compare as the floats do.
            for (int i = 0; i < n; i++) order[i] = ((long) Float.floatToIntBits(adds[i]) << 32) | i;
            java.util.Arrays.sort(order, 0, n);
            for (int i = 0, j = n - 1; i < j; i++, j--) { long t = order[i]; order[i] = order[j]; order[j] = t; }
            // suffix[i]: the most that clauses i.. can still add to a name (exact, as every partial sum is).
            suffix[n] = 0;
            long rest = 0;
            for (int i = n - 1; i >= 0; i--) {
                suffix[i] = suffix[i + 1] + adds[(int) order[i]];
                rest += postings[(int) order[i]].length;
            }
            int i = 0;
            float floor = 0;
            boolean closed = false;
            // mass: what the clauses added so far add up to over all names; the best k hold at most that between them.
            double mass = 0;
            long sinceCheck = Long.MAX_VALUE / 2;
            for (; i < n; i++) {
                int c = (int) order[i];
                int[] docs = postings[c];
                // No name not met yet can score more than suffix[i]: when k names met already score more (in float), none
                // can enter the best k. A check may read every name met so far, so it is made only when more than that is
                // left to read, not soon after the last one, and when it could succeed: k names above suffix[i] need a
                // name with more than suffix[i] (at most what the clauses so far add up to) and a mass above k times it.
                double left = suffix[i];
                if (count >= k && rest > count && left < suffix[0] - left && left * k < mass && sinceCheck >= count / 2) {
                    sinceCheck = 0;
                    if (atLeast(k, (float) left)) {
                        floor = Math.nextUp((float) left);
                        closed = true;
                        break;
                    }
                }
                add(docs, adds[c]);
                rest -= docs.length;
                sinceCheck += docs.length;
                mass += (double) adds[c] * docs.length;
            }
            pruned = closed;
            if (!closed) return topOfMet(k, true);
            // The names met that could still reach the floor (as the k above it do), marked in a bit set small enough to
            // stay in the nearest cache while the remaining postings are read through; the others cannot be among the k best,
            // and their scores are set back to 0 here, where they are read (the selection sets back those in play).
            int live = 0;
            double left = suffix[i];
            long[] in = this.in;
            double[] score = this.score;
            int met = count;
            for (int t = 0; t < met; t++) {
                int d = touched[t];
                if ((float) (score[d] + left) >= floor) {
                    alive[live++] = d;
                    in[d >>> 6] |= 1L << d;
                } else {
                    score[d] = 0;
                }
            }
            int[] hits = this.hits;
            for (; i < n; i++) {
                int c = (int) order[i];
                int[] docs = postings[c];
                double a = adds[c];
                // The names in play among the postings, gathered without a branch (whether a name is in play is as good
                // as random to the branch predictor), then scored: the same additions in the same order for each name.
                int h = 0;
                for (int d : docs) {
                    hits[h] = d;
                    h += (int) ((in[d >>> 6] >>> d) & 1L);
                }
                for (int x = 0; x < h; x++) score[hits[x]] += a;
            }
            for (int x = 0; x < live; x++) in[alive[x] >>> 6] = 0;
            int[] best = top(k, alive, live, Float.floatToIntBits(floor), true);
            count = 0;
            return best;
        }

        /** Whether at least {@code k} of the names met score above {@code floor} in float. */
        private boolean atLeast(int k, float floor) {
            for (int t = 0, found = 0; t < count; t++) if ((float) score[touched[t]] > floor && ++found >= k) return true;
            return false;
        }

        /**
         * The best {@code k} of {@code docs[0, n)}, best first, among those whose score in float has bits {@code least} or
         * more (0: any; a caller that knows {@code k} names score that much leaves out the others, which cannot be among
         * them). A name's key orders by score (float bits of a positive float compare as the floats do), then by the lower
         * name number; keys are distinct. Each name's score is set back to 0 once read. {@code finite}: every score is a
         * finite number, so that its raw bits are those of {@link Float#floatToIntBits} (a NaN's are not).
         *
         * <p>Keys above a threshold go to a buffer of twice {@code k}; when it is full, the best {@code k} of it are
         * selected (in place, in linear time) and the least of them becomes the threshold. Most names of a query score
         * below the best {@code k} met so far and cost one comparison; a heap made each of the others cost a sift.
         */
        private int[] top(int k, int[] docs, int n, int least, boolean finite) {
            if (k <= 0 || n == 0) {
                for (int i = 0; i < n; i++) score[docs[i]] = 0;
                return new int[0];
            }
            long[] buf = selection;
            if (buf.length < SELECTION_SPAN * k) selection = buf = new long[SELECTION_SPAN * k];
            int cap = buf.length, size = 0;
            double[] score = this.score;
            // Every key is positive; a key at least the bits asked (with any name number) is above this.
            long threshold = ((long) least << 32) - 1;
            for (int i = 0; i < n; i++) {
                int d = docs[i];
                float f = (float) score[d];
                score[d] = 0;
                long key = ((long) (finite ? Float.floatToRawIntBits(f) : Float.floatToIntBits(f)) << 32) | (Integer.MAX_VALUE - d);
                if (key > threshold) {
                    buf[size++] = key;
                    if (size == cap) {
                        selectBest(buf, size, k);
                        size = k;
                        long min = buf[0];
                        for (int j = 1; j < k; j++) min = Math.min(min, buf[j]);
                        threshold = min;
                    }
                }
            }
            // Only the best k are sorted: sorting the whole buffer cost more than the selection.
            if (size > k) {
                selectBest(buf, size, k);
                size = k;
            }
            java.util.Arrays.sort(buf, 0, size);
            int out = size;
            int[] best = new int[out];
            for (int i = 0; i < out; i++) best[i] = Integer.MAX_VALUE - (int) buf[size - 1 - i];
            return best;
        }

        /** Buffer of {@link #top}, in multiples of {@code k}. */
        private static final int SELECTION_SPAN = 2;
        private long[] selection = new long[0];

        /** Moves the {@code k} largest of {@code a[0, size)} (distinct values, {@code k < size}) to {@code a[0, k)}, in any order. */
        static void selectBest(long[] a, int size, int k) {
            int lo = 0, hi = size - 1;
            while (lo < hi) {
                // Median of three as the pivot, then a partition: larger values to the left.
                int mid = (lo + hi) >>> 1;
                long x = a[lo], y = a[mid], z = a[hi];
                long pivot = x < y ? (y < z ? y : Math.max(x, z)) : (x < z ? x : Math.max(y, z));
                int i = lo, j = hi;
                while (i <= j) {
                    while (a[i] > pivot) i++;
                    while (a[j] < pivot) j--;
                    if (i <= j) {
                        long t = a[i]; a[i] = a[j]; a[j] = t;
                        i++;
                        j--;
                    }
                }
                // a[lo, j] >= pivot >= a[i, hi]; between them (at most one place) the pivot itself.
                if (k - 1 <= j) hi = j;
                else if (k - 1 >= i) lo = i;
                else return;
            }
        }

        void clear() {
            // Nothing to set back after a selection, which did it as it read the scores; only after a query cut short.
            for (int i = 0; i < count; i++) score[touched[i]] = 0;
            count = 0;
            java.util.Arrays.fill(postings, 0, clauses, null);
            clauses = 0;
            grams.clear();
        }
    }

    /**
     * The name's spellings with their weights; a vessel's operator prefix weighs little ({@link VesselPrefix}), and a
     * place is the name of a name that has nothing else ({@link TokenWeights#placesAlone}). The words' lexicon numbers
     * are left to {@link #number}.
     */
    private static IndexedName withSpellings(IndexedName n, TokenWeights weights, boolean vessel) {
        List<IndexedName.ListedSpelling> out = new ArrayList<>();
        boolean first = true;
        for (ScorerV1.Spelling s : ScorerV1.spellings(n.normalized())) {
            double[] w = new double[s.tokens().size()];
            for (int i = 0; i < w.length; i++) w[i] = weights.weight(s.tokens().get(i));
            if (vessel) w = VesselPrefix.weigh(s.tokens(), w);
            w = weights.placesAlone(s.tokens(), w);
            out.add(new IndexedName.ListedSpelling(s.tokens(), new int[w.length], w, s.translated(), first, NameSearch.firstLetters(s.tokens()), s.acronym(),
                    org.chokepoint.similarity.TokenAlignment.Shape.of(s.tokens()), ScorerV1.letters(s.tokens()), QueryMemo.keyBits(s.tokens())));
            first = false;
        }
        return new IndexedName(n.entity(), n.name(), n.normalized(), List.copyOf(out));
    }

    /** Fills the lexicon numbers of the spelling's words ({@link IndexedName.ListedSpelling#ids}), numbering new words. */
    private static void number(IndexedName.ListedSpelling s, Lexicon.Builder words) {
        for (int i = 0; i < s.ids().length; i++) s.ids()[i] = words.id(s.tokens().get(i));
    }

    private static String key(Identifier id) {
        return id.type().label() + ":" + id.value();
    }

    /**
     * Adds every token of every spelling that the scorer compares of {@code n}, whose spellings are {@code spellings}, to
     * {@code out}, in order, then the tokens written together; whole names are terms of the key field ({@link #wholeNames}).
     */
    private static void tokens(NormalizedName n, List<ScorerV1.Spelling> spellings, java.util.function.Consumer<String> out) {
        for (ScorerV1.Spelling s : spellings) for (String t : s.tokens()) out.accept(t);
        out.accept(n.concatenated());
    }

    /**
     * The {@link TransliterationKey} of each word long enough to be compared by key, with the first word that has
     * it. The scorer takes two words with the same key for one word spelled in two conventions ("proton" /
     * "peryton", "yuriy" / "iurii"), yet such words may share no rare trigram, since every vowel that differs
     * breaks the three trigrams around it: without this field a listed name that matches only by key could rank
     * below a hundred names that share common trigrams with the query. Added to {@code out}, a key already there keeping
     * its word.
     */
    private static void keys(List<ScorerV1.Spelling> spellings, Map<String, String> out) {
        for (ScorerV1.Spelling s : spellings) {
            if (s.acronym()) continue;
            for (String t : s.tokens()) {
                if (t.length() >= TransliterationKey.MIN_LENGTH) out.putIfAbsent(TransliterationKey.of(t), t);
                // A short word that went through Russian letter by letter ("KST" for the listed "CST") shares no word,
                // no trigram and no key with it: its folding is a key of its own.
                else if (AcronymLetters.applies(t) && !digits(t)) out.putIfAbsent(ACRONYM + AcronymLetters.folded(t), t);
            }
        }
    }

    /** Whether a word is all digits ("192"): a number, which no scheme spells otherwise. */
    private static boolean digits(String t) {
        for (int i = 0; i < t.length(); i++) if (t.charAt(i) < '0' || t.charAt(i) > '9') return false;
        return true;
    }

    /**
     * The {@link ArabicSkeleton#key} of each word of a listed name's spellings (not of acronyms): the consonant classes
     * that a word read from Arabic script reaches ("mellat" and ملت, "mlt", are both {@code MLT}). A skeleton shares no
     * trigram with the vowelled word and no {@link TransliterationKey} with most of them, so without these terms an
     * Arabic-script query would find a listed Latin name only by chance.
     */
    private static Set<String> skeletonKeys(List<ScorerV1.Spelling> spellings) {
        Set<String> out = new LinkedHashSet<>();
        for (ScorerV1.Spelling s : spellings) {
            if (s.acronym() || s.translated()) continue;
            for (String t : s.tokens()) {
                String k = ArabicSkeleton.key(t);
                if (k != null) out.add(SKELETON + k);
            }
        }
        return out;
    }

    /**
     * Adds the keys of the Latin words that the skeletons of an Arabic-script query form reach ({@link ArabicSkeleton#keys}),
     * each with the word it comes from (whose weight boosts it), to {@code out}.
     */
    private static void skeletonKeys(List<ScorerV1.Spelling> spellings, Map<String, String> out) {
        for (ScorerV1.Spelling s : spellings) {
            if (s.acronym() || s.translated()) continue;
            for (String t : s.tokens()) for (String k : ArabicSkeleton.keys(t)) out.putIfAbsent(SKELETON + k, t);
        }
    }

    /**
     * Adds the trigrams of the query form {@code n} (the {@code form}-th) to {@code out} as {@link #grams(NormalizedName)}
     * gives them, each at the weight of its word.
     */
    private static void grams(List<ScorerV1.Spelling> spellings, QueryGrams out, int form, java.util.function.ToDoubleFunction<String> weight,
                              java.util.function.Predicate<String> keepCommon) {
        for (ScorerV1.Spelling s : spellings) {
            if (s.acronym()) continue;
            for (String t : s.tokens()) out.addWord(t, weight.applyAsDouble(t), form, keepCommon.test(t));
        }
    }

    /**
     * Whether a query word is too short for a transliteration key and no listed name has it as a word: its trigrams are
     * then all that can find another spelling of it, and such a spelling may share only a common trigram with it ("skan"
     * and the listed "scan": "an_"). A short word that names have ("bank", "star") finds them itself.
     */
    private boolean unlistedShortWord(String word, Map<String, TermPostings.Term> queryTokens) {
        if (word.length() >= TransliterationKey.MIN_LENGTH) return false;
        TermPostings.Term term = queryTokens.get(word);
        return (term != null ? term : tokenPostings.term(word)).names().length == 0;
    }

    /**
     * Trigrams of each word with boundary marks ("_gi", "gid", ..., "at_"), each with the first word that has it; not
     * of acronyms, which match as whole words only. The index's trigram field holds these terms of each listed name
     * ({@link TermPostings.TripleBuilder#addWord}, the same trigrams without a string of each).
     */
    static Map<String, String> grams(NormalizedName n) {
        Map<String, String> out = new java.util.LinkedHashMap<>();
        for (ScorerV1.Spelling s : ScorerV1.spellings(n)) {
            if (s.acronym()) continue;
            for (String t : s.tokens()) {
                String p = "_" + t + "_";
                for (int i = 0; i + 3 <= p.length(); i++) out.putIfAbsent(p.substring(i, i + 3), t);
            }
        }
        return out;
    }

    /** Words after which an honorific follows ("... named after A.I. Yaskin"): the proper name of the organisation ends before them. */
    private static final Set<String> HONORIFIC = Set.of("named", "imeni", "im");

    /**
     * The proper name inside a descriptive organisation name, as a whole-name term of the query: its words before an
     * honorific that are neither generic nor descriptive, nor initials ("start" in "Scientific and Production Enterprise
     * 'Start' named after A.I. Yaskin"), when some words were left out. Lists often give such an organisation under its
     * proper name alone ("JSC START"), a short common word that many names share, which the trigrams of the long
     * descriptive name would otherwise outrank.
     */
    static Set<String> proper(NormalizedName n, TokenWeights weights) {
        Set<String> out = new LinkedHashSet<>();
        proper(ScorerV1.spellings(n), weights, out);
        return out;
    }

    /** Adds {@link #proper(NormalizedName, TokenWeights)} of the spellings to {@code out}, in order. */
    private static void proper(List<ScorerV1.Spelling> spellings, TokenWeights weights, Set<String> out) {
        for (ScorerV1.Spelling s : spellings) {
            if (s.acronym()) continue;
            StringBuilder core = new StringBuilder();
            boolean left = false;
            for (String t : s.tokens()) {
                if (HONORIFIC.contains(t)) {
                    left = true;
                    break;
                }
                if (t.length() < 2 || weights.describes(t)) left = true;
                else core.append(t);
            }
            if (!left || core.isEmpty()) continue;
            out.add(WHOLE + core);
            out.add(WHOLE_KEY + TransliterationKey.ofUncached(core.toString()));
        }
    }


    /** Whether {@code terms} (of {@link #proper}) hold the whole-name term of {@code word}: for tests. */
    static boolean holdsWhole(Set<String> terms, String word) {
        return terms.contains(WHOLE + word);
    }

    /**
     * Each spelling as a whole, and its {@link TransliterationKey}: a name that is exactly the query ("MARIA") must
     * not rank among the dozens that merely contain the query's one word ("MARIA ELENA", "SANTA MARIA"), nor a
     * variant of a short whole name ("SANA" for "SONA") among the names that share only common trigrams with it. Added
     * to {@code out}, in order.
     */
    private static void wholeNames(List<ScorerV1.Spelling> spellings, Set<String> out) {
        for (ScorerV1.Spelling s : spellings) {
            if (s.tokens().isEmpty()) continue;
            String whole = String.join("", s.tokens());
            if (whole.isEmpty()) continue;
            out.add(WHOLE + whole);
            out.add(WHOLE_KEY + TransliterationKey.ofUncached(whole));
        }
    }
}
