package org.chokepoint.screening;

import org.chokepoint.model.NameKind;
import org.chokepoint.similarity.SurnameForms;
import org.chokepoint.similarity.TokenAlignment;
import org.chokepoint.country.Cities;
import org.chokepoint.text.NormalizedName;
import org.chokepoint.text.TokenWeights;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The best name comparison of {@link ScorerV1}: among every spelling of the query against every spelling of
 * an entity's names, the one that scores highest (the first in name order among equals). An entity has up
 * to hundreds of such comparisons and each alignment costs, so each comparison first gets an upper bound
 * of its score from its words' best similarities alone (raised for the words a joined word or an acronym could
 * take), the comparisons are aligned best bound first, and the search stops when no bound left can reach the
 * best score found, or the floor. Before that bound, whose similarities cost a comparison of words the first time a
 * query meets a listed word, a looser one from which query words each listed word may be like at all (its first
 * letter and key, {@link QueryMemo#alikePositions}) leaves out the comparisons that cannot reach the floor even so.
 * The result is the one aligning every comparison gives. Pure; thread-safe.
 */
final class NameSearch {
    /** Slack for rounding in the bounds: a bound must never fall below the score it bounds. */
    private static final double SLACK = 1e-9;

    private NameSearch() {}

    /**
     * The winning comparison.
     *
     * @param score     its name score (alignment with the alias, translation and evidence factors)
     * @param alignment the bare alignment score, in [0, 1]
     * @param evidence  the alignment's evidence
     */
    record Best(IndexedName name, PreparedQuery.QuerySpelling query, IndexedName.ListedSpelling listed, double score, double alignment,
                double evidence, boolean translated, boolean unsupportedOneWord, boolean otherHonoree, boolean renamed,
                boolean nameless, boolean painted, boolean within, boolean kin, boolean compoundPart, boolean coined) {}

    /** Every name of the entity scores below the floor asked for. */
    static final Best BELOW = new Best(null, null, null, -1, 0, 0, false, false, false, false, false, false, false, false, false, false);

    /**
     * A comparison worth aligning, and the most it can score: the query spelling against spelling {@code spelling} of
     * name {@code name} (by place in the entity's names). {@code rows} are the offsets of the listed words' memo rows in
     * {@code data} (shared by the comparisons of one listed spelling); the similarity matrix is filled only for the
     * comparisons aligned.
     */
    /** Options by bound, highest first, then in the order made. */
    private static final Comparator<Option> BEST_BOUND_FIRST = Comparator.comparingDouble(Option::bound).reversed().thenComparingInt(Option::order);

    record Option(int order, int name, int spelling, PreparedQuery.QuerySpelling query, int[] rows, double[] data, double factor,
                          double bound, boolean unsupportedOneWord, boolean otherHonoree, boolean renamed, boolean nameless, boolean painted,
                          boolean listedCity) {
        /** {@code sims[i * m + j]}: query word i against listed word j. */
        double[] sims() {
            int[] qpos = query.positions();
            int n = qpos.length, m = rows.length;
            double[] sims = new double[n * m];
            for (int i = 0; i < n; i++) for (int j = 0; j < m; j++) sims[i * m + j] = data[rows[j] + qpos[i]];
            return sims;
        }
    }

    /**
     * What {@link #best} reads of an entity's names before their objects, in arrays of their own: listed spellings are
     * objects scattered in memory, and reading them was most of the cost of the comparisons that are never aligned.
     * {@code bits} holds for each name in order its number of spellings (and {@link #WEAK} for a weak alias), then for
     * each spelling {@value #PER_SPELLING} longs: {@link IndexedName.ListedSpelling#firstLetters()},
     * {@link IndexedName.ListedSpelling#keyBits()}, a packed word count, letter count, flags and offset into
     * {@code words}, the shape's word and pair bits, its word and pair hashes hashed again ({@link #joinBits}), its acronym
     * and initial trigram bits, the total weight (summed in word order, as {@link Double#doubleToRawLongBits}), and the
     * shape's acronyms and initials hashed again ({@link #acronymBits}, {@link #initialBits}), and the total weight with every
     * word that may be a city's at most {@link TokenAlignment#ADDED_SEAT} (raw bits; the least an alignment can total it to). {@code words} holds each spelling's words one after another, two longs each:
     * the word's number (low half) with its {@link Lexicon#traits} (high half), and its weight (raw bits): read together,
     * in one stream, for each spelling compared, so that the traits, which decide most words, need no read of the lexicon.
     * {@code hashes} holds from twice a spelling's offset its shape's word hashes, then its pair hashes.
     * Immutable; thread-safe.
     */
    record Layout(long[] bits, long[] words, int[] hashes) {
        static final int PER_SPELLING = 12;
        static final long WEAK = 1L << 32;
        /** Where a name's header holds {@link NameParts#honoree} of the name (31 bits). */
        static final int HONOREE_SHIFT = 33;
        private static final long PRIMARY = 1L << 32, TRANSLATED = 1L << 33, ACRONYM = 1L << 34;
        /** The spelling starts with an operator's prefix ({@link VesselPrefix#startsWithPrefix}). */
        static final long PREFIXED = 1L << 35;
        /** A word of the spelling may be a city's ({@link Lexicon#CITY}): the alignment marks its seat cities. */
        static final long CITIED = 1L << 36;

        static Layout of(List<IndexedName> names, Lexicon lexicon) {
            return of(names, lexicon, null);
        }

        /**
         * {@link #of(List, Lexicon)} with {@link NameParts#honoree} of each name given ({@link #honorees} of the layout made
         * before), as an index kept on disk holds them: finding them again reads every name with regular expressions and
         * normalises those with initials, most of the work of laying out the names read back. Null: found here.
         */
        static Layout of(List<IndexedName> names, Lexicon lexicon, int[] honorees) {
            if (honorees != null && honorees.length != names.size()) throw new IllegalArgumentException(honorees.length + " honorees for " + names.size() + " names");
            int size = 0, count = 0;
            for (IndexedName n : names) {
                size += 1 + PER_SPELLING * n.spellings().size();
                for (IndexedName.ListedSpelling s : n.spellings()) count += s.ids().length;
            }
            long[] bits = new long[size];
            long[] words = new long[2 * count];
            int[] hashes = new int[2 * count];
            int k = 0, w = 0, place = 0;
            for (IndexedName n : names) {
                int honoree = honorees != null ? honorees[place] : NameParts.honoree(n.name().value());
                place++;
                bits[k++] = n.spellings().size() | (n.name().kind() == NameKind.WEAK_AKA ? WEAK : 0) | ((long) honoree << HONOREE_SHIFT);
                for (IndexedName.ListedSpelling s : n.spellings()) {
                    int m = s.tokens().size();
                    if (m > 0xFFFF || s.letters() > 0xFFFF || w > 0xFFFFFF) throw new IllegalStateException("name too long to lay out: " + s.tokens());
                    bits[k++] = s.firstLetters();
                    bits[k++] = s.keyBits();
                    bits[k++] = m | ((long) s.letters() << 16) | (s.primary() ? PRIMARY : 0) | (s.translated() ? TRANSLATED : 0)
                            | (s.acronym() ? ACRONYM : 0) | (VesselPrefix.startsWithPrefix(s.tokens()) ? PREFIXED : 0) | ((long) w << 40);
                    TokenAlignment.Shape shape = s.shape();
                    bits[k++] = shape.wordBits();
                    bits[k++] = shape.pairBits();
                    bits[k++] = joinBits(shape); // beside the bits it follows, in the same cache line more often
                    bits[k++] = shape.acronymTrigrams();
                    bits[k++] = shape.initialTrigrams();
                    double total = 0;
                    for (double x : s.weights()) total += x;
                    bits[k++] = Double.doubleToRawLongBits(total);
                    bits[k++] = acronymBits(shape);
                    bits[k++] = initialBits(shape);
                    double least = 0;
                    boolean city = false;
                    for (int j = 0; j < m; j++) {
                        double x = s.weights()[j];
                        boolean c = (lexicon.traits(s.ids()[j]) & Lexicon.CITY) != 0;
                        city |= c;
                        least += c ? Math.min(x, TokenAlignment.ADDED_SEAT) : x;
                    }
                    bits[k++] = Double.doubleToRawLongBits(least);
                    if (city) bits[k - PER_SPELLING + 2] |= CITIED;
                    for (int j = 0; j < m; j++) {
                        int id = s.ids()[j];
                        words[2 * (w + j)] = (id & 0xFFFFFFFFL) | ((long) lexicon.traits(id) << 32);
                        words[2 * (w + j) + 1] = Double.doubleToRawLongBits(s.weights()[j]);
                    }
                    System.arraycopy(shape.wordHashes(), 0, hashes, 2 * w, m);
                    System.arraycopy(shape.pairHashes(), 0, hashes, 2 * w + m, Math.max(0, m - 1));
                    w += m;
                }
            }
            return new Layout(bits, words, hashes);
        }

        /** {@link NameParts#honoree} of each name, in order, as this layout holds them. */
        int[] honorees() {
            List<Integer> out = new ArrayList<>();
            for (int k = 0; k < bits.length; k += 1 + PER_SPELLING * (int) bits[k]) out.add((int) (bits[k] >>> HONOREE_SHIFT));
            return out.stream().mapToInt(Integer::intValue).toArray();
        }
    }

    /**
     * The best comparison; null when no name shares anything with the query and the floor is 0 or less; {@link #BELOW}
     * when none can score {@code floor} or more (pass a negative floor to always get the best).
     *
     * @param layout        {@link Layout#of} the names
     * @param countryAgrees whether the query's country is among the entity's (an acronym alone needs it)
     * @param supported     whether something besides the name points to the entity (an agreeing country or identifier,
     *                      or a vessel's or aircraft's type): a one-word listed name that leaves query words unmatched
     *                      needs it ({@link ScorerV1#ONE_WORD_FACTOR})
     * @param person        whether the entity is a person: two forms of one surname are then kin ({@link #kin})
     * @param untyped       whether the entity's type is not given (lists such as the Entity List name persons and firms
     *                      alike): against a query that may name a person, a name of it without a legal form is then read
     *                      as a person's for {@link #kin}
     * @param personQuery   whether the query may name a person (typed so, or untyped without a legal form): a surname
     *                      that a firm is named after is then no coined word ({@link ScorerV1#needsSupport})
     * @param vessels       whether the query and the entity both name vessels: a listed spelling with an operator's prefix
     *                      is then also compared with the query's first word read as another operator's
     *                      ({@link PreparedQuery.QuerySpelling#renamed}, at {@link ScorerV1#RENAMED_FACTOR})
     */
    static Best best(PreparedQuery pq, List<IndexedName> names, Layout layout, QueryMemo memo, double floor, boolean countryAgrees,
                     boolean supported, boolean person, boolean untyped, boolean personQuery, boolean vessels) {
        // The query's list (one thread), emptied for each entity: nothing of it outlives this call.
        List<Option> options = memo.options;
        options.clear();
        // Only the walk over the entity's spellings is here; the work for one spelling and the alignments are methods of
        // their own. An entity can have hundreds of spellings, so this loop runs long enough for the JIT to compile it
        // on its own (on-stack replacement, once per loop): with everything inlined that was a compilation of some
        // 100 kB of code each time, several seconds of a compiler thread that the batch paid for.
        long[] bits = layout.bits();
        for (int x = 0, nameCount = names.size(), k = 0; x < nameCount; x++) {
            long head = bits[k++];
            int listedCount = (int) head;
            double aliasFactor = (head & Layout.WEAK) != 0 ? ScorerV1.WEAK_ALIAS_FACTOR : 1.0;
            // Both names honour someone, and not the same person: two organisations of one kind named after two people.
            int honoree = (int) (head >>> Layout.HONOREE_SHIFT);
            boolean otherHonoree = honoree != 0 && pq.honoree() != 0 && !NameParts.sameHonoree(honoree, pq.honoree());
            if (otherHonoree) aliasFactor *= ScorerV1.OTHER_HONOREE_FACTOR;
            for (int y = 0; y < listedCount; y++, k += Layout.PER_SPELLING) {
                long meta = bits[k + 2];
                if ((meta & 0xFFFF) == 0) continue;
                // A spelling none of whose words is like any query word has only zero rows: no comparison with it
                // has anything in common, nor could join or abbreviate (that needs a shared first letter).
                // Between vessels a word may also be another with letters painted over (PaintedName), which shares no first letter.
                if (!vessels && !memo.mayBeAlike(bits[k], bits[k + 1])) continue;
                addOptions(pq, names, layout, memo, floor, countryAgrees, supported, person, personQuery, vessels, x, y, k, aliasFactor, otherHonoree);
            }
        }
        // No name shares anything: it scores 0, which a positive floor rules out (ScorerV1 would add at most an
        // agreeing country, still below it).
        // (Nor does any above the floor: those below it were left out.)
        if (options.isEmpty()) return floor > 0 ? BELOW : null;
        return align(options, names, floor, person, untyped && personQuery, supported, pq.forms());
    }

    /**
     * Adds to {@code memo.options} the comparisons of every query spelling with listed spelling {@code y} of name
     * {@code x} (at {@code k} in the layout's bits) whose bound reaches the floor.
     */
    private static void addOptions(PreparedQuery pq, List<IndexedName> names, Layout layout, QueryMemo memo, double floor, boolean countryAgrees,
                                   boolean supported, boolean person, boolean personQuery, boolean vessels, int x, int y, int k, double aliasFactor,
                                   boolean otherHonoree) {
        List<Option> options = memo.options;
        // Indexed loops: this is the innermost work of screening, and iterators cost here.
        PreparedQuery.QuerySpelling[] querySpellings = pq.spellingArray();
        int spellingCount = querySpellings.length;
        // Work arrays of the query (one thread), not of each entity: this runs for every candidate.
        double[] ceilA = memo.ceilA, ceilB = memo.ceilB;
        int[] scratchRows = memo.rows;
        long[] bits = layout.bits();
        long[] words = layout.words();
        int[] hashes = layout.hashes();
        long letterBits = bits[k], meta = bits[k + 2];
        int m = (int) (meta & 0xFFFF);
        int letters = (int) ((meta >>> 16) & 0xFFFF), offset = (int) (meta >>> 40);
        boolean csPrimary = (meta & Layout.PRIMARY) != 0, csTranslated = (meta & Layout.TRANSLATED) != 0, csAcronym = (meta & Layout.ACRONYM) != 0;
        // The listed spelling itself is read only when its words are (joins, acronyms); found by place.
        IndexedName.ListedSpelling cs = null;
        // Each listed token's similarities to every query token, fetched once for all query spellings.
        // In the query's work array; copied for the first comparison kept (most spellings keep none).
        if (scratchRows.length < m) memo.rows = scratchRows = new int[Math.max(m, 2 * scratchRows.length)];
        if (memo.weightsB.length < m) memo.weightsB = new double[Math.max(m, 2 * memo.weightsB.length)];
        int[] rows = scratchRows, kept = null;
        // The listed words' weights with their numbers: one read of the layout for both.
        double[] weightsB = memo.weightsB;
        // The least the listed words can total to: an unmatched seat city may weigh less (TokenAlignment.ADDED_SEAT), and the
        // bounds below must hold whichever words stay unmatched.
        double totalB = Double.longBitsToDouble(bits[k + 11]);
        boolean listedCity = (meta & Layout.CITIED) != 0;
        // Before any row is fetched: which comparisons of this spelling could reach the floor at all, from which query
        // words each listed word may be like (its traits alone). Those that cannot are left out, and so are the rows that
        // no comparison left reads; most spellings keep no comparison, and their rows were most of the work.
        long needed = -1L, rejected = 0;
        // By query spelling, when the test above ran: whether its words' and pairs' hashes meet the listed spelling's
        // (the joined-word half of Shape.mayJoinOrAbbreviate, exact), and whether its acronym bits do (the other half
        // may then hold): the comparisons kept need not test them again.
        boolean screened = false;
        long hashJoins = 0, mayAbbreviate = 0;
        // Not between vessels: a word with letters painted over (PaintedName) is like a word of another first letter and
        // key, and a renamed reading weighs the query's words otherwise; vessel comparisons are few.
        if (floor > SLACK && spellingCount <= 64 && memo.alikeKnown() && !vessels) {
            screened = true;
            needed = 0;
            if (memo.alike.length < m) memo.alike = new long[Math.max(m, 2 * memo.alike.length)];
            long[] alike = memo.alike;
            long union = 0;
            for (int j = 0, at = 2 * offset; j < m; j++, at += 2) {
                union |= alike[j] = memo.alikePositions((int) (words[at] >>> 32));
                weightsB[j] = Double.longBitsToDouble(words[at + 1]);
            }
            for (int z = 0; z < spellingCount; z++) {
                PreparedQuery.QuerySpelling qs = querySpellings[z];
                // As below: these are never compared.
                if (!qs.primary() && !csPrimary && !(qs.translated() && csTranslated)) continue;
                int n = qs.tokens().size();
                if (n == 0) continue;
                int[] qpos = qs.positions();
                long positions = qs.positionBits();
                if ((qs.firstLetters() & letterBits) != 0) {
                    TokenAlignment.Shape qShape = qs.shape();
                    if (hashJoin(qs, bits, hashes, k, offset, m)) hashJoins |= 1L << z;
                    else if (mayAbbreviate(qs, bits, k)) mayAbbreviate |= 1L << z;
                    else qShape = null;
                    if (qShape != null) {
                        needed |= positions; // joined words and acronyms credit words whatever their similarities
                        continue;
                    }
                }
                // No listed word may be like a word of this spelling: the bound below is 0, under the floor. Read from the union
                // of the listed words' positions, without the sums over both sides' words.
                if ((union & positions) == 0) {
                    rejected |= 1L << z;
                    continue;
                }
                // The bound below with every word that may be like another credited in full: at least the bound below.
                double factor = factor(qs, aliasFactor, csAcronym, m, letters, countryAgrees);
                double[] wa = qs.weights();
                double coveredA = 0, coveredB = 0;
                for (int i = 0; i < n; i++) if (((union >>> qpos[i]) & 1) != 0) coveredA += wa[i];
                for (int j = 0; j < m; j++) if ((alike[j] & positions) != 0) coveredB += weightsB[j];
                boolean translated = qs.translated() || csTranslated;
                double most = factor * (translated ? ScorerV1.TRANSLATION_FACTOR : 1.0)
                        * bound(qs.leastWeight(), totalB, coveredA, coveredB, evidenceFloor(translated, false));
                if (most + SLACK < floor) rejected |= 1L << z;
                else needed |= positions;
            }
            if (needed == 0) return;
        }
        long[] alike = memo.alike;
        for (int j = 0, at = 2 * offset; j < m; j++, at += 2) {
            // A listed word like none of the words of the comparisons left has zeros where they read its row.
            long word = words[at];
            rows[j] = needed == -1L || (alike[j] & needed) != 0 ? memo.row((int) word, (int) (word >>> 32)) : memo.zeroRow();
            weightsB[j] = Double.longBitsToDouble(words[at + 1]);
        }
        double[] data = memo.data(); // after the rows: it holds them all
        if (ceilB.length < m) memo.ceilB = ceilB = new double[Math.max(m, 2 * ceilB.length)];
        // A listed vessel's name with an operator's prefix is compared a second time with each query spelling's renamed
        // reading (its first word as another operator's prefix): z from spellingCount on.
        int comparisons = vessels && (meta & Layout.PREFIXED) != 0 ? 2 * spellingCount : spellingCount;
        for (int z = 0; z < comparisons; z++) {
            boolean renamed = z >= spellingCount;
            if (!renamed && (rejected & (1L << z)) != 0) continue; // cannot reach the floor (above)
            PreparedQuery.QuerySpelling qs = renamed ? querySpellings[z - spellingCount].renamed() : querySpellings[z];
            if (qs == null) continue;
            // A variant against a variant adds little, except translation against translation.
            if (!qs.primary() && !csPrimary && !(qs.translated() && csTranslated)) continue;
            double factor = factor(qs, aliasFactor, csAcronym, m, letters, countryAgrees);
            if (renamed) factor *= ScorerV1.RENAMED_FACTOR;
            int n = qs.tokens().size();
            if (n == 0) continue;
            // One word of a one-word listed name (a short alias, a former name) would decide alone while the query
            // has words of its own that it leaves unmatched ("Al Noor Logistics" / "NOOR"): that needs support.
            // Only ever lowers the factor, and the bound with it.
            boolean oneWord = false;
            if (m == 1 && n >= 2 && !supported && !csAcronym && !qs.acronym()) {
                if (cs == null) cs = names.get(x).spellings().get(y);
                // A seat city the query adds is no word of its name left unmatched ("OOO AVRA YEKATERINBURG" / "AVRA"),
                // unless the listed word is that city.
                List<String> named = named(qs.tokens(), qs.seats(), cs.tokens().getFirst());
                oneWord = named.size() >= 2 && ScorerV1.needsSupport(named, cs.tokens().getFirst(), names, x, personQuery);
                if (oneWord) factor *= ScorerV1.ONE_WORD_FACTOR;
            }
            if (ceilA.length < n) memo.ceilA = ceilA = new double[Math.max(n, 2 * ceilA.length)];
            int[] qpos = qs.positions();
            // The best similarity each word can get: what the alignment could at most credit it with.
            java.util.Arrays.fill(ceilA, 0, n, 0.0);
            boolean any = false;
            for (int j = 0; j < m; j++) {
                int row = rows[j];
                double bestB = 0;
                for (int i = 0; i < n; i++) {
                    double v = data[row + qpos[i]];
                    if (v > bestB) bestB = v;
                    if (v > ceilA[i]) ceilA[i] = v;
                }
                ceilB[j] = bestB;
                if (bestB > 0) any = true;
            }
            // Between vessels, a name with letters painted over or added (PaintedName): its words' ceilings rise to that
            // similarity, so the bound stays an upper bound.
            boolean painted = false;
            if (vessels) {
                if (cs == null) cs = names.get(x).spellings().get(y);
                painted = PaintedName.raiseCeilings(qs.tokens(), cs.tokens(), qs.weights(), weightsB, ceilA, ceilB);
                if (painted) any = true;
            }
            // Joined words and acronyms need two words with the same first letter.
            boolean sameFirst = (qs.firstLetters() & letterBits) != 0;
            // Shape.mayJoinOrAbbreviate, with the listed side's hashes read from the layout.
            boolean joins = false;
            if (sameFirst) {
                TokenAlignment.Shape qShape = qs.shape();
                joins = screened ? (hashJoins & (1L << z)) != 0 : hashJoin(qs, bits, hashes, k, offset, m);
                if (!joins && (screened ? (mayAbbreviate & (1L << z)) != 0 : mayAbbreviate(qs, bits, k))) {
                    if (cs == null) cs = names.get(x).spellings().get(y);
                    joins = qShape.mayAbbreviate(cs.shape());
                }
            }
            if (!any) {
                if (!sameFirst) continue; // nothing in common at all
                // With no similar word and nothing to join or abbreviate, every ceiling stays 0 and so does the
                // bound: below a positive floor such a comparison can never be aligned, so it is left out
                // without the word test (which reads every word). At a floor of 0 or less it still counts:
                // whether any comparison exists decides how a name that shares nothing is explained.
                if (floor > SLACK) {
                    if (!joins) continue;
                } else {
                    if (cs == null) cs = names.get(x).spellings().get(y);
                    if (!TokenAlignment.mayJoin(qs.tokens(), cs.tokens())) continue;
                }
            }
            // Joined words and acronyms credit whole words whatever their similarities: raise those words' ceilings.
            if (joins) {
                if (cs == null) cs = names.get(x).spellings().get(y);
                TokenAlignment.raiseForJoinsAndAcronyms(qs.tokens(), cs.tokens(), ceilA, ceilB);
            }
            double[] wa = qs.weights();
            // Only words that say what kind of organisation a name is can agree while a distinctive word has no like word
            // on the other side: the names share a description, not a name. Only ever lowers the factor, and the bound.
            boolean nameless = !person && nameless(null, wa, n, null, weightsB, m, ceilA, ceilB);
            if (nameless) {
                // Read again with the words, which only a comparison that may be nameless reads: a city is no name of its own.
                if (cs == null) cs = names.get(x).spellings().get(y);
                nameless = nameless(qs.tokens(), wa, n, cs.tokens(), weightsB, m, ceilA, ceilB);
            }
            if (nameless) factor *= ScorerV1.NAMELESS_FACTOR;
            double coveredA = 0, coveredB = 0;
            for (int i = 0; i < n; i++) coveredA += ceilA[i] * wa[i];
            for (int j = 0; j < m; j++) coveredB += ceilB[j] * weightsB[j];
            boolean translated = qs.translated() || csTranslated;
            double bound = factor * (translated ? ScorerV1.TRANSLATION_FACTOR : 1.0)
                    * bound(qs.leastWeight(), totalB, coveredA, coveredB, evidenceFloor(translated, renamed));
            // A comparison whose bound is below the floor is never aligned (the search below stops at the first
            // one), nor does it decide anything else: it is left out, and the order of those kept is unchanged.
            if (bound + SLACK < floor) continue;
            if (kept == null) kept = java.util.Arrays.copyOf(rows, m);
            options.add(new Option(options.size(), x, y, qs, kept, data, factor, bound, oneWord, otherHonoree, renamed, nameless, painted, listedCity));
        }
    }

    /**
     * The factor of a comparison of query spelling {@code qs} with a listed spelling of {@code m} words and {@code letters}
     * letters, before the one-word rule (which only ever lowers it): the name's alias factor, a described query's, and an
     * acronym's.
     */
    private static double factor(PreparedQuery.QuerySpelling qs, double aliasFactor, boolean csAcronym, int m, int letters, boolean countryAgrees) {
        double factor = aliasFactor;
        // The query without its honorific, a description of the organisation that names none: counts less.
        if (qs.described()) factor *= ScorerV1.DESCRIBED_FACTOR;
        if (qs.acronym() || csAcronym) {
            factor *= ScorerV1.ACRONYM_FACTOR;
            // An acronym alone needs an agreeing country: a few letters stand for many organisations.
            if ((qs.acronym() ? qs.tokens().size() : m) == 1 && !countryAgrees) factor *= ScorerV1.UNSUPPORTED_ACRONYM_FACTOR;
            // A short listed name identifies no one alone ("rti"); counted here, so that the search weighs
            // it against the entity's other spellings (ScorerV1 leaves acronym winners alone).
            if (letters <= ScorerV1.SHORT_NAME_LETTERS) factor *= ScorerV1.SHORT_NAME_FACTOR;
            // So too the query's acronym of that many letters against a listed name that adds a word to them ("Karanfil Bobr
            // Company", KBK, / "OOO KBK BANK"): the agreement rests on those letters alone (ScorerV1's short-name rule).
            else if (qs.acronym() && ScorerV1.shortAgainstLonger(qs.tokens(), m)) factor *= ScorerV1.SHORT_NAME_FACTOR;
        }
        return factor;
    }

    /**
     * False when {@link TokenAlignment.Shape#mayAbbreviate} is false for the query spelling's shape and the listed spelling
     * at {@code k} in the layout's bits: an acronym of one side is spelled by the other's initials only where its first
     * three letters are three initials in a row, so both the shapes' bits and the second hash of the same trigrams
     * ({@link #acronymBits}, {@link #initialBits}) must meet, in one direction or the other. The shapes' bits alone let
     * through about one comparison in three of a long name, whose listed spelling was then read for nothing.
     */
    private static boolean mayAbbreviate(PreparedQuery.QuerySpelling qs, long[] bits, int k) {
        TokenAlignment.Shape q = qs.shape();
        return mayAbbreviate(q.acronymTrigrams(), q.initialTrigrams(), qs.acronymBits(), qs.initialBits(), bits[k + 6], bits[k + 7], bits[k + 9], bits[k + 10]);
    }

    /** The test above from the two sides' bits: each side's shape's acronym and initial trigrams, then their second hashes. */
    static boolean mayAbbreviate(long acronymsA, long initialsA, long acronymsA2, long initialsA2, long acronymsB, long initialsB, long acronymsB2,
                                 long initialsB2) {
        return ((acronymsA & initialsB) != 0 && (acronymsA2 & initialsB2) != 0) || ((acronymsB & initialsA) != 0 && (acronymsB2 & initialsA2) != 0);
    }

    /** The first three letters of each of the shape's acronyms, a bit each by another hash than the shape's own. */
    static long acronymBits(TokenAlignment.Shape shape) {
        long out = 0;
        for (String a : shape.acronyms()) out |= secondBit(a.charAt(0), a.charAt(1), a.charAt(2));
        return out;
    }

    /** Each three initials in a row of the shape, a bit each by another hash than the shape's own. */
    static long initialBits(TokenAlignment.Shape shape) {
        String initials = shape.initials();
        long out = 0;
        for (int i = 0; i + 2 < initials.length(); i++) out |= secondBit(initials.charAt(i), initials.charAt(i + 1), initials.charAt(i + 2));
        return out;
    }

    private static long secondBit(char x, char y, char z) {
        long trigram = ((long) x << 32) | ((long) y << 16) | z;
        return 1L << ((trigram * 0xC2B2AE3D27D4EB4FL) >>> 58);
    }

    /**
     * The joined-word half of {@link TokenAlignment.Shape#mayJoinOrAbbreviate} for a query spelling's shape and the
     * listed spelling at {@code k} in the layout's bits (words from {@code offset}, {@code m} of them), with the listed
     * side's hashes read from the layout: whether two adjacent words of one side hash as a word of the other.
     */
    private static boolean hashJoin(PreparedQuery.QuerySpelling qs, long[] bits, int[] hashes, int k, int offset, int m) {
        TokenAlignment.Shape qShape = qs.shape();
        // The same hashes by a second bit each (joinBits) must meet too before the hashes themselves are read: with one bit
        // of 64 each, about one comparison in four read them, an array of their own, for nothing.
        long qJoin = qs.joinBits();
        return ((qShape.pairBits() & bits[k + 3]) != 0 && ((qJoin >>> 32) & bits[k + 5]) != 0 && shared(qShape.pairHashes(), hashes, 2 * offset, m))
                || ((bits[k + 4] & qShape.wordBits()) != 0 && ((bits[k + 5] >>> 32) & qJoin) != 0 && shared(qShape.wordHashes(), hashes, 2 * offset + m, m - 1));
    }

    /**
     * The shape's word hashes (low 32 bits) and pair hashes (high 32 bits), a bit each by another hash than the shape's
     * own: two words are joined only where a pair hash of one side is a word hash of the other, so their bits meet.
     */
    static long joinBits(TokenAlignment.Shape shape) {
        long out = 0;
        for (int h : shape.wordHashes()) out |= 1L << joinSlot(h);
        for (int h : shape.pairHashes()) out |= 1L << (32 + joinSlot(h));
        return out;
    }

    private static int joinSlot(int hash) {
        return (int) ((hash * 0x9E3779B97F4A7C15L) >>> 59);
    }

    /** The best of the comparisons kept (at least one), aligned best bound first; {@link #BELOW} when none reaches the floor. */
    private static Best align(List<Option> options, List<IndexedName> names, double floor, boolean person, boolean untypedPerson,
                              boolean supported, List<NormalizedName> forms) {
        List<String> queryForms = forms.getFirst().legalForms();
        // The names' compounds, read on the first comparison aligned (CompoundName).
        List<List<String>> entityCompounds = null, queryCompounds = null, queryReadings = null;
        options.sort(BEST_BOUND_FIRST);
        if (options.getFirst().bound() + SLACK < floor) return BELOW;
        Best best = null;
        int bestOrder = Integer.MAX_VALUE;
        for (Option o : options) {
            if (best != null && o.bound() + SLACK < best.score()) break; // neither this nor any later one can reach the best
            if (o.bound() + SLACK < floor) break; // nor the floor
            IndexedName name = names.get(o.name());
            IndexedName.ListedSpelling listed = name.spellings().get(o.spelling());
            double[] sims = o.sims();
            // A listed person: two forms of one surname are kin, not one name (SurnameForms). Only ever lowers a
            // similarity, so the bound above stays an upper bound.
            // So too an untyped entity's name without a legal form against a query that may name a person ("MOROZOV, Dmitry" /
            // the Entity List's "Dmitry Moroz").
            boolean kin = person || (untypedPerson && name.normalized().legalForms().isEmpty());
            if (kin) kin(o.query().tokens(), listed.tokens(), sims);
            // Between vessels, a name with letters painted over: only ever raises what the ceilings above already hold.
            if (o.painted()) PaintedName.raise(o.query().tokens(), listed.tokens(), o.query().weights(), listed.weights(), sims);
            // Seat cities of either side: one added on one side only weighs little (TokenAlignment.ADDED_SEAT). Not against the
            // query read as a description that names no organisation (NameParts.described): a listed name's city is then what
            // names it ("KAZAN INSTRUMENT-MAKING DESIGN BUREAU" against "Design Bureau of Instrument Making").
            boolean seated = !o.query().described();
            TokenAlignment a = TokenAlignment.align(o.query().tokens(), listed.tokens(), o.query().weights(), listed.weights(), sims, false,
                    seated ? o.query().seats() : null, seated && o.listedCity() ? seats(listed.tokens()) : null);
            double s = a.score() * o.factor();
            // Each name leaves a word of its own unmatched: one word stands where the other name has another. Only ever lowers
            // the score, so the bound stays an upper bound.
            boolean translated = o.query().translated() || listed.translated();
            if (replaced(a, person, translated, o)) s *= ScorerV1.REPLACED_FACTOR;
            // The query's one naming word found in a listed name that has another: only ever lowers the score (as above).
            boolean within = within(a, person, translated, supported, o, listed)
                    && (!exact(o.query(), listed.tokens().size(), sims) || ScorerV1.formsConflict(queryForms, name.normalized().legalForms()));
            if (within) s *= ScorerV1.WITHIN_FACTOR;
            // A compound one name writes with a hyphen ("GRANT-TRADE", "Минотор-Сервис") that the other carries only in part:
            // another firm's name. Not between persons' names (a double surname is one person's). Only ever lowers the score.
            boolean compoundPart = false;
            // Not through an acronym: its letters stand for the words, hyphenated or not ("SMPP" of "Stupino Machine-Building
            // Production Plant").
            if (!kin && !o.query().acronym() && !listed.acronym()) {
                if (entityCompounds == null) {
                    entityCompounds = entityCompounds(names);
                    NormalizedName query = forms.getFirst();
                    queryCompounds = CompoundName.compounds(query.original(), query.tokens());
                    queryReadings = new ArrayList<>();
                    if (!entityCompounds.isEmpty()) for (NormalizedName f : forms) queryReadings.addAll(f.tokenLists());
                }
                compoundPart = compoundPart(entityCompounds, queryCompounds, queryReadings, name, listed);
            }
            if (compoundPart) s *= ScorerV1.COMPOUND_PART_FACTOR;
            // One word of the query written as two of the listed name's ("Palmgrove" / PALM GROVE AFRICA DEV'T CORP), which
            // leaves words unmatched: a coined brand of two everyday words as often as the same name. Not the other way
            // ("Ros Neft" / ROSNEFT OIL COMPANY): a brand written apart is spelled out. Only ever lowers the score.
            boolean coined = !kin && a.score() < 1.0 && joinedWords(o.query().tokens(), listed.tokens());
            if (coined) s *= ScorerV1.COINED_FACTOR;
            if (translated) s *= ScorerV1.TRANSLATION_FACTOR;
            double evidenceFloor = evidenceFloor(translated, o.renamed());
            // Identical names (every word on both sides equal) need no more evidence: they are the same name.
            if (a.evidence() < evidenceFloor && a.score() < 1.0) s *= a.evidence() / evidenceFloor;
            if (best == null || s > best.score() || (s == best.score() && o.order() < bestOrder)) {
                best = new Best(name, o.query(), listed, s, a.score(), a.evidence(), translated, o.unsupportedOneWord(), o.otherHonoree(), o.renamed(),
                        o.nameless(), o.painted(), within, kin, compoundPart, coined);
                bestOrder = o.order();
            }
        }
        // What was not aligned cannot reach the floor; when the best aligned does not either, no name can.
        return best.score() < floor ? BELOW : best;
    }

    /**
     * Whether one of the two names writes a compound with a hyphen that the other carries only in part ({@link CompoundName}):
     * a compound of the entity's names ({@code entityCompounds}, {@link #entityCompounds}) that listed spelling {@code listed}
     * writes ({@link CompoundName#writes}: its own, or the same written apart or in another script, "OOO GRANT TREID" of
     * LLC GRANT-TRADE) against every reading of the query ({@code queryReadings}), and the query's compounds
     * ({@code queryCompounds}) against every spelling of the listed name.
     */
    static boolean compoundPart(List<List<String>> entityCompounds, List<List<String>> queryCompounds, List<List<String>> queryReadings,
                                IndexedName name, IndexedName.ListedSpelling listed) {
        for (List<String> parts : entityCompounds) {
            if (CompoundName.writes(listed.tokens(), parts) && !CompoundName.carried(queryReadings, parts)) return true;
        }
        if (queryCompounds.isEmpty()) return false;
        List<List<String>> listedReadings = new ArrayList<>(name.spellings().size());
        for (IndexedName.ListedSpelling s : name.spellings()) listedReadings.add(s.tokens());
        for (List<String> parts : queryCompounds) if (!CompoundName.carried(listedReadings, parts)) return true;
        return false;
    }

    /** The compounds of all the entity's names ({@link CompoundName#compounds}); empty for most entities. */
    static List<List<String>> entityCompounds(List<IndexedName> names) {
        List<List<String>> out = List.of();
        for (int x = 0, n = names.size(); x < n; x++) {
            String written = names.get(x).name().value();
            if (written.indexOf('-') < 0) continue;
            List<List<String>> found = CompoundName.listedCompounds(written, names.get(x).normalized().tokens());
            if (found.isEmpty()) continue;
            if (out.isEmpty()) out = new ArrayList<>();
            out.addAll(found);
        }
        return out;
    }

    /**
     * Whether a word of {@code whole} is two adjacent words of {@code split} written as one, neither of which {@code whole}
     * also has: the join the alignment credits in full ({@link TokenAlignment}).
     */
    static boolean joinedWords(List<String> whole, List<String> split) {
        for (int i = 0; i + 1 < split.size(); i++) {
            String x = split.get(i), y = split.get(i + 1);
            if (whole.contains(x) || whole.contains(y)) continue;
            int len = x.length() + y.length();
            for (String w : whole) if (w.length() == len && w.startsWith(x) && w.startsWith(y, x.length())) return true;
        }
        return false;
    }

    /**
     * Whether alignment {@code a} of option {@code o} counts at {@link ScorerV1#REPLACED_FACTOR}: each name leaves a word
     * that names a firm unmatched ({@link TokenAlignment#replaced}), between organisations (a person's given names
     * differ by spelling and by what a list keeps), not between translations ({@code translated}: a translator chooses
     * among words, "research" or "science", "systems" or "complexes", and the translation already counts less), and not
     * where another rule already reads the same (a nameless comparison, a vessel read as renamed).
     */
    static boolean replaced(TokenAlignment a, boolean person, boolean translated, Option o) {
        return a.replaced() && !person && !translated && !o.nameless() && !o.renamed();
    }

    /**
     * Whether alignment {@code a} of option {@code o} counts at {@link ScorerV1#WITHIN_FACTOR}: the query's one word that
     * names a firm is found in a listed name that leaves a naming word of its own unmatched ({@link TokenAlignment#within}),
     * between organisations, with nothing besides the name ({@code supported}: an agreeing country or identifier) pointing to
     * the entity (the caller also asks for another legal form or the word written otherwise: {@link #exact}). Not between translations (a translator chooses among words), acronyms (the acronym rules read those),
     * nor where another rule already reads the comparison (nameless, renamed, the one-word rule).
     */
    static boolean within(TokenAlignment a, boolean person, boolean translated, boolean supported, Option o, IndexedName.ListedSpelling listed) {
        return a.within() && !person && !translated && !supported && !o.nameless() && !o.renamed() && !o.unsupportedOneWord()
                && !o.query().acronym() && !listed.acronym();
    }

    /**
     * Whether every word of query spelling {@code q} that names a firm (weighs more than {@link TokenAlignment#NAMING}) has a
     * word written the same among the {@code m} listed words ({@code sims}: similarity 1). A listed firm's own word written as
     * listed, with no other legal form stated, is how a trader shortens its name ("Роснефть" for "Rosneft Oil Company");
     * the word written otherwise, or beside another form, is one more sign of another firm.
     */
    static boolean exact(PreparedQuery.QuerySpelling q, int m, double[] sims) {
        double[] w = q.weights();
        for (int i = 0; i < w.length; i++) {
            if (w[i] <= TokenAlignment.NAMING) continue;
            boolean same = false;
            for (int j = 0; j < m && !same; j++) same = sims[i * m + j] >= 1.0;
            if (!same) return false;
        }
        return true;
    }

    /**
     * The query's words without its seat cities ({@code seats}, null for none), unless {@code listed} is one of them: the
     * words that name the firm, which the one-word rule counts ({@link ScorerV1#needsSupport}).
     */
    static List<String> named(List<String> tokens, boolean[] seats, String listed) {
        if (seats == null) return tokens;
        List<String> out = new ArrayList<>(tokens.size());
        for (int i = 0; i < tokens.size(); i++) {
            if (!seats[i]) out.add(tokens.get(i));
            else if (tokens.get(i).equals(listed)) return tokens;
        }
        return out;
    }

    /** The words of a spelling that name a city ({@link Cities#cityWords}), or null when none does. */
    static boolean[] seats(List<String> tokens) {
        boolean[] marks = Cities.cityWords(tokens);
        for (boolean b : marks) if (b) return marks;
        return null;
    }

    /**
     * Caps at {@link SurnameForms#KIN} the similarities ({@code sims[i * b.size() + j]}) of words of {@code a} and
     * {@code b} that are two forms of one surname ({@link SurnameForms#kin}): a listed person's man's form against a
     * woman's, a surname against another made from it, a surname against a patronymic.
     */
    static void kin(List<String> a, List<String> b, double[] sims) {
        int n = a.size(), m = b.size();
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                double v = sims[i * m + j];
                if (v > SurnameForms.KIN && v < 1.0 && SurnameForms.kin(a.get(i), b.get(j))) sims[i * m + j] = SurnameForms.KIN;
            }
        }
    }

    /**
     * Whether no distinctive word (weighing more than {@link TokenWeights#DESCRIPTIVE}: neither generic nor descriptive) of
     * either side has a like word on the other ({@code ceilA}, {@code ceilB}: each word's best similarity, raised for joins
     * and acronyms), while some distinctive word has none: "SPECIAL DESIGN BUREAU" against "SPECIAL DESIGN BUREAU TURBINA",
     * where the listed name's own word is missing and the query has none. Read from the best similarities, not from the
     * alignment: a word with a like word counts as agreeing even when the alignment pairs it otherwise. A city
     * ({@link Cities}) that has no like word is no distinctive word missing: it says where a firm sits ("Shenzhen ..."),
     * not which it is. {@code a} and {@code b} may be null: the words are then not read, and cities count as missing words.
     */
    static boolean nameless(List<String> a, double[] wa, int n, List<String> b, double[] wb, int m, double[] ceilA, double[] ceilB) {
        boolean missing = false;
        for (int i = 0; i < n; i++) {
            if (wa[i] <= TokenWeights.DESCRIPTIVE) continue;
            if (ceilA[i] > 0) return false;
            if (a == null || !Cities.isCity(a.get(i))) missing = true;
        }
        for (int j = 0; j < m; j++) {
            if (wb[j] <= TokenWeights.DESCRIPTIVE) continue;
            if (ceilB[j] > 0) return false;
            if (b == null || !Cities.isCity(b.get(j))) missing = true;
        }
        return missing;
    }

    /**
     * The token weight an alignment must rest on before it counts in full: more for a translation
     * ({@link ScorerV1#MIN_EVIDENCE_TRANSLATED}) and for a vessel read as renamed ({@link ScorerV1#MIN_EVIDENCE_RENAMED}).
     */
    private static double evidenceFloor(boolean translated, boolean renamed) {
        double floor = translated ? ScorerV1.MIN_EVIDENCE_TRANSLATED : ScorerV1.MIN_EVIDENCE;
        return renamed ? Math.max(floor, ScorerV1.MIN_EVIDENCE_RENAMED) : floor;
    }

    /** Whether some value of {@code x} is among {@code y[from, from + count)}. */
    private static boolean shared(int[] x, int[] y, int from, int count) {
        for (int a : x) for (int j = from, end = from + count; j < end; j++) if (a == y[j]) return true;
        return false;
    }

    /** One bit per first letter of the tokens (letters and digits fold onto 64 bits; a shared bit may be a collision). */
    static long firstLetters(List<String> tokens) {
        long bits = 0;
        for (String t : tokens) if (!t.isEmpty()) bits |= 1L << (t.charAt(0) & 63);
        return bits;
    }

    /**
     * The most an alignment without joined words or acronyms can score, before the alias and translation factors:
     * every pair it makes credits at most each word's weight times its best similarity (an initial credits less), so
     * the matched weight is at most {@code coveredA + coveredB} and each side's covered weight at most its own. The totals
     * are each side's weights summed in word order.
     */
    private static double bound(double totalA, double totalB, double coveredA, double coveredB, double evidenceFloor) {
        double total = totalA + totalB;
        double dice = total <= 0 ? 0 : Math.min(1.0, (coveredA + coveredB) / total);
        double cover = Math.max(totalA <= 0 ? 0 : coveredA / totalA, totalB <= 0 ? 0 : coveredB / totalB);
        double score = Math.min(1.0, (1 - TokenAlignment.COVER_SHARE) * dice + TokenAlignment.COVER_SHARE * Math.min(1.0, cover));
        if (score >= 1.0) return 1.0; // a full alignment needs no evidence
        return score * Math.min(1.0, Math.min(coveredA, coveredB) / evidenceFloor);
    }
}
