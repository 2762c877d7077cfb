package org.chokepoint.screening;

import org.chokepoint.model.Entity;
import org.chokepoint.text.NameNormalizer;
import org.chokepoint.text.NormalizedName;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The one screening entry point, shared by the CLI, the REST API and Spark: build once over the current
 * entities, then screen any number of queries from any number of threads. No I/O, no framework.
 */
public final class Screener {
    /** Entities scored per query (after retrieval). */
    static final int CANDIDATES = 40;

    /**
     * The ranking of matches: score, then evidence, highest first, then the kind of name matched (a name the entity
     * carries now before a former or weak one, {@link #currency}), then entity id. Scores are clamped to [0, 1]; ranking
     * uses the unclamped evidence so that a legal form or country that agrees still separates two names that both score
     * 1. Written out rather than chained ({@code comparingDouble(score).thenComparingDouble(evidenceTotal).reversed()
     * .thenComparingInt(currency of the matched name).thenComparing(id)}, the same order): the chained comparators' calls
     * are shared by every such chain in the JVM, so none is inlined, and that sort was a few percent of a query.
     */
    static final Comparator<ScorerV1.Scored> BEST_FIRST = (a, b) -> {
        int c = Double.compare(b.score(), a.score());
        if (c == 0) c = Double.compare(b.evidenceTotal(), a.evidenceTotal());
        if (c == 0) c = Integer.compare(currency(a.matchedName().kind()), currency(b.matchedName().kind()));
        return c != 0 ? c : a.entity().id().compareTo(b.entity().id());
    };

    /**
     * How surely a name of this kind is the entity's name today, 0 the surest: its primary name, then another name it
     * goes by (a.k.a., now known as), then a former name, then a weak alias. Two entities that match a query equally, one
     * by its primary name and one by an alias or a former name, are ordered so, not by list order: a vessel renamed
     * keeps its former name in the list ("LADY D", f.k.a. of a ship now called otherwise) while another ship carries it
     * now, and a list writes a short alias ("MARIA") for an entity whose own name is longer ("MARIA E").
     */
    static int currency(org.chokepoint.model.NameKind kind) {
        return switch (kind) {
            case PRIMARY -> 0;
            case AKA, NKA -> 1;
            case FKA -> 2;
            case WEAK_AKA -> 3;
        };
    }

    private final ScreeningIndex index;
    private final NameNormalizer normalizer;
    private final AcronymEquivalents acronyms;

    private Screener(ScreeningIndex index, NameNormalizer normalizer) {
        this(index, normalizer, AcronymEquivalents.learn(index.entities, index.names));
    }

    /** A screener over an index and acronyms restored from disk ({@link IndexCodec}). */
    Screener(ScreeningIndex index, NameNormalizer normalizer, AcronymEquivalents acronyms) {
        this.index = index;
        this.normalizer = normalizer;
        this.acronyms = acronyms;
    }

    /** The index, for {@link IndexCodec}. */
    ScreeningIndex index() {
        return index;
    }

    /** The acronyms learned, for {@link IndexCodec}. */
    AcronymEquivalents acronyms() {
        return acronyms;
    }

    /** The normaliser of names, for {@link IndexCodec}. */
    NameNormalizer normalizer() {
        return normalizer;
    }

    public static Screener build(List<Entity> entities) {
        // The normaliser's start-up runs beside reading the entities, which (from the store) parse their documents when
        // asked for: on every core.
        java.util.concurrent.Future<NameNormalizer> start = startNormalizer();
        List<Entity> read = entities.parallelStream().toList();
        NameNormalizer n;
        try {
            n = start.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            n = NameNormalizer.standard();
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof Error err) throw err;
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
        return new Screener(ScreeningIndex.build(read, n), n);
    }

    private static final java.util.concurrent.atomic.AtomicReference<java.util.concurrent.FutureTask<NameNormalizer>> STARTED =
            new java.util.concurrent.atomic.AtomicReference<>();

    /**
     * Starts the standard normaliser ({@link NameNormalizer#standard}: ICU transliterators, vocabulary files, about a second
     * of one core) on a thread of its own, once per process, and returns at once: for a command that builds an index
     * after other work (reading the lists), which then finds the normaliser ready. Thread-safe.
     *
     * @return the normaliser, when started
     */
    public static java.util.concurrent.Future<NameNormalizer> startNormalizer() {
        java.util.concurrent.FutureTask<NameNormalizer> task = STARTED.get();
        if (task != null) return task;
        java.util.concurrent.FutureTask<NameNormalizer> mine = new java.util.concurrent.FutureTask<>(NameNormalizer::standard);
        if (!STARTED.compareAndSet(null, mine)) return STARTED.get();
        Thread.ofPlatform().name("normaliser start-up").daemon().start(mine);
        return mine;
    }

    public int entityCount() {
        return index.entities.size();
    }

    public int nameCount() {
        return index.nameCount();
    }

    /**
     * Hands every name of every screened entity, as the index read it (normalised once, when the index was built or
     * read from disk), to {@code action}, entity by entity in index order: for a caller that looks declared names up
     * exactly (detect's {@code ListedNames}) and must read the listed names as screening does, without normalising
     * them all again. Changes nothing; thread-safe.
     */
    public void forEachName(java.util.function.BiConsumer<Entity, NormalizedName> action) {
        for (int e = 0; e < index.names.size(); e++) {
            Entity entity = index.entities.get(e);
            for (IndexedName n : index.names.get(e)) action.accept(entity, n.normalized());
        }
    }

    /** Matches at or above the query's threshold, best first, at most its limit. */
    public List<Match> screen(ScreeningQuery q) {
        return screen(q, forms(q.name()));
    }

    /**
     * The same answer as {@link #screen(ScreeningQuery)}, for a caller that has normalised the query's name already for
     * its own needs (detect's party screening picks a party's spellings by their normalised words): a name normalised
     * by {@link NameNormalizer#standard()} from the text of the query's name (or of one of its parts) is not normalised
     * again. Anything else is ignored: another text, or a screener whose normaliser is not the standard one.
     */
    public List<Match> screenNormalised(ScreeningQuery q, NormalizedName normalised) {
        if (normalised == null || normalizer != NameNormalizer.standard()) return screen(q);
        return screen(q, acronyms.apply(NameParts.normalized(q.name(), normalizer, true, normalised)));
    }

    /** {@link #screen} with the query's name already normalised ({@code forms} as {@link #forms} gives them). */
    List<Match> screen(ScreeningQuery q, List<NormalizedName> forms) {
        return screen(q, forms, PreparedQuery.honoree(forms));
    }

    /** {@link #screen(ScreeningQuery, List)} with {@link PreparedQuery#honoree} of the forms given. */
    List<Match> screen(ScreeningQuery q, List<NormalizedName> forms, int honoree) {
        return rank(q, forms, honoree, index.candidates(forms, q.identifiers(), CANDIDATES));
    }

    /**
     * A batch over this screener that answers a query normalising the same as one it has screened from memory
     * ({@link ScreeningBatch}): for screening a file, where the same party recurs.
     */
    public ScreeningBatch batch() {
        return new ScreeningBatch(this);
    }

    /**
     * The same scoring over every entity, without retrieval: slow, for measuring what retrieval misses.
     */
    public List<Match> screenExhaustive(ScreeningQuery q) {
        List<NormalizedName> forms = forms(q.name());
        int[] all = new int[index.entities.size()];
        for (int i = 0; i < all.length; i++) all[i] = i;
        return rank(q, forms, PreparedQuery.honoree(forms), all);
    }

    /** The ordinals retrieval proposes for a query (for measuring retrieval recall). */
    public List<String> candidateIds(ScreeningQuery q) {
        List<String> out = new ArrayList<>();
        for (int i : index.candidates(forms(q.name()), q.identifiers(), CANDIDATES)) out.add(index.entities.get(i).id());
        return out;
    }

    /** The query name and its parts, normalised, with the acronyms the lists teach ({@link AcronymEquivalents}); never empty. */
    List<NormalizedName> forms(String name) {
        return acronyms.apply(NameParts.normalized(name, normalizer, true));
    }

    private List<Match> rank(ScreeningQuery q, List<NormalizedName> name, int honoree, int[] ordinals) {
        return index.withMemo(memo -> rank(q, name, honoree, ordinals, memo));
    }

    private List<Match> rank(ScreeningQuery q, List<NormalizedName> name, int honoree, int[] ordinals, QueryMemo memo) {
        List<ScorerV1.Scored> out = new ArrayList<>();
        PreparedQuery prepared = PreparedQuery.of(name, memo, q.schema() == org.chokepoint.model.Schema.VESSEL || VesselPrefix.startsWithShipType(q.name()),
                honoree);
        memo.touched = touch(ordinals);
        for (int i : ordinals) {
            Entity e = index.entities.get(i);
            boolean countryMayAgree = index.countryBits.mayInclude(i, e.countries(), q.country());
            ScorerV1.Scored m = ScorerV1.score(q, prepared, e, countryMayAgree, index.names.get(i), index.layouts[i], memo);
            if (m != null && m.score() >= q.minScore()) out.add(m);
        }
        out.sort(BEST_FIRST);
        // Only the matches reported are explained.
        List<Match> reported = new ArrayList<>(Math.min(q.limit(), out.size()));
        for (ScorerV1.Scored m : out.subList(0, Math.min(q.limit(), out.size()))) reported.add(m.match());
        return reported;
    }

    /**
     * Reads the first of what scoring reads of each candidate (its entity's type, its names, its layout's first bits and
     * words), all before scoring any: the candidates lie all over the heap, and each is a chain of a few reads that miss
     * the cache. Read one candidate at a time, as scoring does, the chains wait one after another; read here, the chains
     * of the candidates are independent, and the processor waits for many at once. Changes nothing; the value returned
     * is kept only so that the reads are made.
     */
    private long touch(int[] ordinals) {
        long sum = 0;
        for (int i : ordinals) {
            NameSearch.Layout layout = index.layouts[i];
            long[] words = layout.words();
            sum += layout.bits()[0] + (words.length == 0 ? 0 : words[0]) + index.entities.get(i).schema().ordinal() + index.names.get(i).size();
        }
        return sum;
    }
}
