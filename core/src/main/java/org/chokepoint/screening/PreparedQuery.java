package org.chokepoint.screening;

import org.chokepoint.similarity.TokenAlignment;
import org.chokepoint.text.NormalizedName;

import java.util.ArrayList;
import java.util.List;

/**
 * A query made ready once for scoring many candidates: its spellings (of every part), each with the
 * positions of its tokens in the query memo and their weights, and {@link NameParts#honoree} of the name as given (0 for
 * none).
 */
record PreparedQuery(List<NormalizedName> forms, List<QuerySpelling> spellings, int honoree, QuerySpelling[] spellingArray) {

    /**
     * {@code spellingArray}: the same spellings in an array, which {@link NameSearch} reads for every listed spelling of every
     * candidate: an immutable list's get was a few percent of it. Do not modify.
     */
    PreparedQuery(List<NormalizedName> forms, List<QuerySpelling> spellings, int honoree) {
        this(forms, spellings, honoree, spellings.toArray(QuerySpelling[]::new));
    }

    /**
     * {@code totalWeight}: the weights summed in word order. {@code renamed}: for a vessel's name of two words or more, the
     * same spelling with its first word weighing as an operator's prefix ({@link VesselPrefix#renamed}), compared only
     * with listed vessels whose name carries a prefix; null otherwise (and in the renamed spelling itself). {@code renamedWord}:
     * in a renamed spelling the word read as a prefix, else null.
     */
    record QuerySpelling(List<String> tokens, int[] positions, double[] weights, boolean translated, boolean primary, long firstLetters,
                         boolean acronym, TokenAlignment.Shape shape, double totalWeight, boolean described, QuerySpelling renamed,
                         String renamedWord, long acronymBits, long initialBits, long joinBits, boolean[] seats, double leastWeight,
                         long positionBits) {
        /**
         * {@code acronymBits}, {@code initialBits} and {@code joinBits}: {@link NameSearch#acronymBits},
         * {@link NameSearch#initialBits} and {@link NameSearch#joinBits} of the shape. {@code seats}: the words that name a
         * city ({@link NameSearch#seats}; null for none), which weigh little when the other name does not have them
         * ({@link TokenAlignment#ADDED_SEAT}); {@code leastWeight}: the total with those at that weight, the least an
         * alignment can total the words to (for the bounds). {@code positionBits}: bit {@code p} (modulo 64) for each of
         * the {@code positions}, which {@link NameSearch} tests against every listed spelling it screens (0 before the
         * positions are known).
         */
        QuerySpelling(List<String> tokens, int[] positions, double[] weights, boolean translated, boolean primary, long firstLetters,
                      boolean acronym, TokenAlignment.Shape shape, double totalWeight, boolean described, QuerySpelling renamed,
                      String renamedWord) {
            this(tokens, positions, weights, translated, primary, firstLetters, acronym, shape, totalWeight, described, renamed, renamedWord,
                    NameSearch.acronymBits(shape), NameSearch.initialBits(shape), NameSearch.joinBits(shape), NameSearch.seats(tokens), 0, 0);
        }

        QuerySpelling {
            if (seats != null) {
                double least = 0;
                for (int i = 0; i < weights.length; i++) least += seats[i] ? Math.min(weights[i], TokenAlignment.ADDED_SEAT) : weights[i];
                leastWeight = least;
            } else {
                leastWeight = totalWeight;
            }
            long bitsOf = 0;
            if (positions != null) for (int p : positions) bitsOf |= 1L << p;
            positionBits = bitsOf;
        }
    }

    /** @param vessel whether the query names a vessel: its operator prefix then weighs little ({@link VesselPrefix}) */
    static PreparedQuery of(List<NormalizedName> forms, QueryMemo memo, boolean vessel) {
        return of(forms, memo, vessel, honoree(forms));
    }

    /**
     * {@link NameParts#honoree} of the name as given, which the first form holds as its text: read from the text as
     * written, so two names that normalise alike may differ in it ("Zavod im. Kirova", "Zavod im Kirova").
     */
    static int honoree(List<NormalizedName> forms) {
        return forms.isEmpty() ? 0 : NameParts.honoree(forms.getFirst().original());
    }

    /** {@link #of(List, QueryMemo, boolean)} with the name's {@link #honoree} given (a caller that needed it already). */
    static PreparedQuery of(List<NormalizedName> forms, QueryMemo memo, boolean vessel, int honoree) {
        List<QuerySpelling> out = new ArrayList<>();
        List<List<String>> seen = new ArrayList<>();
        // Words read from Arabic script are consonant skeletons (not their English translation nor an acronym): marked
        // before any weight is asked for, since a skeleton weighs as the words it spells.
        for (NormalizedName f : forms) {
            if (!f.abjad()) continue;
            for (ScorerV1.Spelling s : ScorerV1.spellings(f)) if (!s.translated() && !s.acronym()) memo.skeletons(s.tokens());
        }
        for (int k = 0; k < forms.size(); k++) {
            NormalizedName f = forms.get(k);
            // The name without its honorific, describing the organisation without naming it (NameParts.described).
            boolean described = k > 0 && NameParts.described(forms, k, org.chokepoint.text.NameNormalizer.standard());
            boolean first = true;
            for (ScorerV1.Spelling s : ScorerV1.spellings(f)) {
                boolean primary = first;
                first = false;
                if (s.tokens().isEmpty() || seen.contains(s.tokens())) continue;
                seen.add(s.tokens());
                double[] w = new double[s.tokens().size()];
                for (int i = 0; i < w.length; i++) w[i] = memo.weight(s.tokens().get(i));
                if (vessel) w = VesselPrefix.weigh(s.tokens(), w);
                w = memo.placesAlone(s.tokens(), w);
                double total = 0;
                for (double x : w) total += x;
                double[] renamed = vessel && !s.translated() && !s.acronym() ? VesselPrefix.renamed(s.tokens(), w) : null;
                QuerySpelling variant = null;
                if (renamed != null) {
                    double renamedTotal = 0;
                    for (double x : renamed) renamedTotal += x;
                    variant = new QuerySpelling(s.tokens(), null, renamed, false, primary, NameSearch.firstLetters(s.tokens()), false,
                            TokenAlignment.Shape.of(s.tokens()), renamedTotal, false, null, s.tokens().get(VesselPrefix.renamedWord(s.tokens(), w)));
                }
                out.add(new QuerySpelling(s.tokens(), null, w, s.translated(), primary, NameSearch.firstLetters(s.tokens()), s.acronym(),
                        TokenAlignment.Shape.of(s.tokens()), total, described, variant, null));
            }
        }
        // Positions only once every query token is known, so that memo rows have their final length.
        List<QuerySpelling> ready = new ArrayList<>(out.size());
        for (QuerySpelling s : out) memo.queryPositions(s.tokens());
        for (QuerySpelling s : out) {
            int[] positions = memo.queryPositions(s.tokens());
            QuerySpelling r = s.renamed();
            QuerySpelling renamed = r == null ? null
                    : new QuerySpelling(r.tokens(), positions, r.weights(), false, r.primary(), r.firstLetters(), false, r.shape(), r.totalWeight(), false,
                    null, r.renamedWord());
            ready.add(new QuerySpelling(s.tokens(), positions, s.weights(), s.translated(), s.primary(), s.firstLetters(),
                    s.acronym(), s.shape(), s.totalWeight(), s.described(), renamed, null));
        }
        return new PreparedQuery(forms, List.copyOf(ready), honoree);
    }
}
