package org.chokepoint.screening;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.chokepoint.model.Entity;
import org.chokepoint.model.EntityName;
import org.chokepoint.model.Identifier;
import org.chokepoint.text.NameNormalizer;
import org.chokepoint.text.NormalizedName;
import org.chokepoint.text.TokenWeights;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Candidate retrieval over every name and alias of every entity, so that a query never scores the whole
 * list: a Lucene index in memory with one document per listed name, holding the tokens of all its
 * spellings (exact word matches) and the character trigrams of its words (spelling variants), plus a
 * hash map from identifiers to entities (a matching INN finds a renamed company). Immutable after build;
 * thread-safe.
 */
final class ScreeningIndex {
    static final int NAME_HITS = 120;
    /** Trigrams per query: enough for the spelling variants of a few words; long names match on whole words. */
    static final int MAX_QUERY_GRAMS = 80;
    private static final String TOKEN = "t", GRAM = "g", ORD = "ord";

    final List<Entity> entities;
    final List<List<IndexedName>> names;
    final TokenWeights weights;
    private final IndexSearcher searcher;
    private final int[] docToEntity;
    private final Map<String, int[]> byIdentifier;
    private final int nameCount;

    private ScreeningIndex(List<Entity> entities, List<List<IndexedName>> names, TokenWeights weights, IndexSearcher searcher,
                           int[] docToEntity, Map<String, int[]> byIdentifier, int nameCount) {
        this.entities = entities;
        this.names = names;
        this.weights = weights;
        this.searcher = searcher;
        this.docToEntity = docToEntity;
        this.byIdentifier = byIdentifier;
        this.nameCount = nameCount;
    }

    int nameCount() {
        return nameCount;
    }

    static ScreeningIndex build(List<Entity> entities, NameNormalizer normalizer) {
        List<Entity> list = List.copyOf(entities);

        // Normalising is the costly part of the build (transliteration); it runs on every core.
        List<List<IndexedName>> names = IntStream.range(0, list.size()).parallel().mapToObj(i -> {
            List<IndexedName> out = new ArrayList<>();
            for (EntityName n : list.get(i).names()) {
                for (String part : NameParts.of(n.value())) out.add(new IndexedName(i, n, normalizer.normalize(part), List.of()));
            }
            return List.copyOf(out);
        }).toList();
        List<List<String>> corpus = new ArrayList<>();
        for (List<IndexedName> ns : names) for (IndexedName n : ns) if (n.normalized().original().equals(n.name().value())) corpus.add(n.normalized().tokens());
        TokenWeights weights = TokenWeights.build(corpus);
        names = names.parallelStream().map(ns -> ns.stream().map(n -> withSpellings(n, weights)).toList()).toList();

        Map<String, List<Integer>> ids = new HashMap<>();
        for (int i = 0; i < list.size(); i++) {
            for (Identifier id : list.get(i).identifiers()) ids.computeIfAbsent(key(id), k -> new ArrayList<>()).add(i);
        }
        Map<String, int[]> byIdentifier = new HashMap<>();
        ids.forEach((k, v) -> byIdentifier.put(k, v.stream().mapToInt(Integer::intValue).distinct().toArray()));

        try {
            ByteBuffersDirectory dir = new ByteBuffersDirectory();
            IndexWriterConfig cfg = new IndexWriterConfig().setRAMBufferSizeMB(256).setOpenMode(IndexWriterConfig.OpenMode.CREATE);
            int count = 0;
            try (IndexWriter w = new IndexWriter(dir, cfg)) {
                for (List<IndexedName> ns : names) {
                    for (IndexedName n : ns) {
                        Document d = new Document();
                        for (String t : tokens(n.normalized())) d.add(new StringField(TOKEN, t, Field.Store.NO));
                        for (String g : grams(n.normalized())) d.add(new StringField(GRAM, g, Field.Store.NO));
                        d.add(new NumericDocValuesField(ORD, n.entity()));
                        w.addDocument(d);
                        count++;
                    }
                }
                w.forceMerge(1);
            }
            DirectoryReader reader = DirectoryReader.open(dir);
            int[] docToEntity = new int[reader.maxDoc()];
            for (LeafReaderContext leaf : reader.leaves()) {
                NumericDocValues ord = leaf.reader().getNumericDocValues(ORD);
                for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
                    if (ord.advanceExact(doc)) docToEntity[leaf.docBase + doc] = (int) ord.longValue();
                }
            }
            IndexSearcher searcher = new IndexSearcher(reader);
            return new ScreeningIndex(list, names, weights, searcher, docToEntity, byIdentifier, count);
        } catch (IOException e) {
            throw new UncheckedIOException("in-memory index failed", e);
        }
    }

    /** Entity ordinals worth scoring for the query, most promising first, at most {@code max}. */
    int[] candidates(List<NormalizedName> forms, List<Identifier> identifiers, int max) {
        Set<Integer> out = new LinkedHashSet<>();
        for (Identifier id : identifiers) {
            int[] hits = byIdentifier.get(key(id));
            if (hits != null) for (int h : hits) out.add(h);
        }
        Set<String> queryTokens = new LinkedHashSet<>(), queryGrams = new LinkedHashSet<>();
        for (NormalizedName f : forms) {
            queryTokens.addAll(tokens(f));
            queryGrams.addAll(grams(f));
        }
        queryTokens.remove("");
        if (!queryTokens.isEmpty()) {
            BooleanQuery.Builder b = new BooleanQuery.Builder();
            int clauses = 0;
            for (String t : queryTokens) {
                if (clauses++ > 200) break;
                b.add(new BoostQuery(new TermQuery(new Term(TOKEN, t)), (float) (2.0 * weights.weight(t))), BooleanClause.Occur.SHOULD);
            }
            int grams = 0;
            for (String g : queryGrams) {
                if (grams++ >= MAX_QUERY_GRAMS) break;
                b.add(new TermQuery(new Term(GRAM, g)), BooleanClause.Occur.SHOULD);
            }
            try {
                for (ScoreDoc sd : searcher.search(b.build(), NAME_HITS).scoreDocs) {
                    out.add(docToEntity[sd.doc]);
                    if (out.size() >= max) break;
                }
            } catch (IOException e) {
                throw new UncheckedIOException("in-memory search failed", e);
            }
        }
        return out.stream().mapToInt(Integer::intValue).limit(max).toArray();
    }

    private static IndexedName withSpellings(IndexedName n, TokenWeights weights) {
        List<IndexedName.ListedSpelling> out = new ArrayList<>();
        boolean first = true;
        for (ScorerV1.Spelling s : ScorerV1.spellings(n.normalized())) {
            double[] w = new double[s.tokens().size()];
            for (int i = 0; i < w.length; i++) w[i] = weights.weight(s.tokens().get(i));
            out.add(new IndexedName.ListedSpelling(s.tokens(), w, s.translated(), first));
            first = false;
        }
        return new IndexedName(n.entity(), n.name(), n.normalized(), List.copyOf(out));
    }

    private static String key(Identifier id) {
        return id.type().label() + ":" + id.value();
    }

    /** Every token of every spelling that the scorer compares. */
    private static Set<String> tokens(NormalizedName n) {
        Set<String> out = new LinkedHashSet<>();
        for (ScorerV1.Spelling s : ScorerV1.spellings(n)) out.addAll(s.tokens());
        out.add(n.concatenated());
        return out;
    }

    /** Trigrams of each word with boundary marks ("_gi", "gid", ..., "at_"). */
    private static Set<String> grams(NormalizedName n) {
        Set<String> out = new LinkedHashSet<>();
        for (ScorerV1.Spelling s : ScorerV1.spellings(n)) {
            for (String t : s.tokens()) {
                String p = "_" + t + "_";
                for (int i = 0; i + 3 <= p.length(); i++) out.add(p.substring(i, i + 3));
            }
        }
        return out;
    }
}
