package org.chokepoint.screening;

import org.chokepoint.model.Identifier;
import org.chokepoint.model.Schema;
import org.chokepoint.text.NormalizedName;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Screens the queries of one batch (a parties file, a detect run), answering a query that normalises the same as one
 * already screened in the batch from memory. Real files name the same party many times over (a consignee on every one
 * of its shipments, "ООО Ромашка" and "OOO ROMASHKA" on different rows), and every answer of the screener depends on
 * the query only through what this class keys on: the query's normalised forms (without the text as written, which the
 * scorer reads only for the person a "named after" clause honours, {@link PreparedQuery#honoree}, the compounds written with
 * a hyphen, {@link CompoundName#compounds}, and whether a form describes the organisation without naming it,
 * {@link NameParts#described}: each keyed on its own),
 * whether the name starts with a ship type, its country, type, identifiers, limit and threshold.
 * So a remembered answer is exactly the answer screening again would give. Whoever makes the screener read more of a
 * query (the name as written, say) must add it to the key here; {@code ScreeningBatchTest} compares every answer with the
 * screener's own for queries that differ only in case and spacing.
 *
 * <p>Thread-safe: any number of threads may screen through one batch. Two threads that meet the same new query at once
 * both screen it (the same answer); one is kept. At most {@value #MAX_REMEMBERED} answers are kept, then further queries
 * are screened without remembering, so that an endless stream cannot fill the heap. Lives as long as the batch.
 */
public final class ScreeningBatch {
    /** Answers kept at most (a few hundred bytes each beyond the matches, which are shared with the results). */
    static final int MAX_REMEMBERED = 1 << 20;

    private final Screener screener;
    private final ConcurrentHashMap<Key, List<Match>> answers = new ConcurrentHashMap<>();
    private final LongAdder screened = new LongAdder(), remembered = new LongAdder();

    ScreeningBatch(Screener screener) {
        this.screener = screener;
    }

    /**
     * What an answer depends on. {@code forms}: the normalised forms without the text as written; {@code compounds} and
     * {@code described}: what the scorer reads of that text besides the honoree ({@link CompoundName#compounds} of the first
     * form, {@link NameParts#described} of each form).
     */
    private record Key(List<NormalizedName> forms, int honoree, List<List<String>> compounds, List<Boolean> described, boolean shipType, String country,
                       Schema schema, List<Identifier> identifiers, int limit, double minScore) {}

    /** The same answer as {@link Screener#screen} (the same list content; the list may be shared with earlier answers, and is unmodifiable). */
    public List<Match> screen(ScreeningQuery q) {
        List<NormalizedName> forms = screener.forms(q.name());
        List<NormalizedName> key = new ArrayList<>(forms.size());
        for (NormalizedName f : forms) key.add(f.original().isEmpty() ? f
                : new NormalizedName("", f.script(), f.legalForms(), f.tokens(), f.variants(), f.acronym(), f.translated(), f.acronyms()));
        // The honoree is read from the text as written, which the forms in the key leave out ("Zavod im. Kirova" and
        // "Zavod im Kirova" normalise alike, yet only the first names its honoree): it is part of the key.
        int honoree = PreparedQuery.honoree(forms);
        // So are the compounds the first form writes with a hyphen ("Strela-Logistik" and "Strela Logistik" normalise alike,
        // yet only the first carries a compound of which a listed STRELA is a part, NameSearch), and whether a form is the
        // name without its honorific describing the organisation (PreparedQuery), both read from the forms' texts.
        NormalizedName first = forms.getFirst();
        List<List<String>> compounds = CompoundName.compounds(first.original(), first.tokens());
        List<Boolean> described = new ArrayList<>(forms.size());
        for (int f = 0; f < forms.size(); f++) described.add(NameParts.described(forms, f, org.chokepoint.text.NameNormalizer.standard()));
        Key k = new Key(key, honoree, compounds, described, VesselPrefix.startsWithShipType(q.name()), q.country(), q.schema(), q.identifiers(),
                q.limit(), q.minScore());
        List<Match> known = answers.get(k);
        if (known != null) {
            remembered.increment();
            return known;
        }
        List<Match> out = List.copyOf(screener.screen(q, forms, honoree));
        screened.increment();
        if (answers.size() < MAX_REMEMBERED) answers.putIfAbsent(k, out);
        return out;
    }

    /** Queries screened so far (each distinct query at least once). */
    public long screened() {
        return screened.sum();
    }

    /** Queries answered from memory so far: the same as one screened before in this batch. */
    public long remembered() {
        return remembered.sum();
    }
}
