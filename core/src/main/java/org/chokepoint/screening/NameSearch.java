package org.chokepoint.screening;

import org.chokepoint.model.NameKind;
import org.chokepoint.similarity.TokenAlignment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The best name comparison of {@link ScorerV1}: among every spelling of the query against every spelling of
 * an entity's names, the one that scores highest (the first in name order among equals). An entity has up
 * to hundreds of such comparisons and each alignment costs, so each comparison first gets an upper bound
 * of its score from its words' best similarities alone (raised for the words a joined word or an acronym could
 * take), the comparisons are aligned best bound first, and the search stops when no bound left can reach the
 * best score found, or the floor. The result is the one aligning every
 * comparison gives. Pure; thread-safe.
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
                double evidence, boolean translated) {}

    /** Every name of the entity scores below the floor asked for. */
    static final Best BELOW = new Best(null, null, null, -1, 0, 0, false);

    /**
     * A comparison worth aligning, and the most it can score. {@code rows} are the listed words' memo rows (shared by
     * the comparisons of one listed spelling); the similarity matrix is filled only for the comparisons aligned.
     */
    private record Option(int order, IndexedName name, PreparedQuery.QuerySpelling query, IndexedName.ListedSpelling listed, double[][] rows,
                          double factor, double bound) {
        /** {@code sims[i * m + j]}: query word i against listed word j. */
        double[] sims() {
            int[] qpos = query.positions();
            int n = qpos.length, m = rows.length;
            double[] sims = new double[n * m];
            for (int i = 0; i < n; i++) for (int j = 0; j < m; j++) sims[i * m + j] = rows[j][qpos[i]];
            return sims;
        }
    }

    /**
     * The best comparison; null when no name shares anything with the query and the floor is 0 or less; {@link #BELOW}
     * when none can score {@code floor} or more (pass a negative floor to always get the best).
     */
    static Best best(PreparedQuery pq, List<IndexedName> names, long[] spellingBits, QueryMemo memo, double floor, boolean countryAgrees) {
        List<Option> options = new ArrayList<>();
        // Indexed loops: this is the innermost work of screening, and iterators cost here.
        List<PreparedQuery.QuerySpelling> querySpellings = pq.spellings();
        int spellingCount = querySpellings.size();
        double[] ceilA = new double[8], ceilB = new double[8];
        // The spellings' bits are read from one array, so that a name or spelling like no query word is passed over
        // without reading its objects (scattered in memory: reading them is most of the cost of passing them).
        for (int x = 0, nameCount = names.size(), k = 0; x < nameCount; x++) {
            int listedCount = (int) spellingBits[k++];
            IndexedName name = null;
            double aliasFactor = 1.0;
            List<IndexedName.ListedSpelling> listedSpellings = null;
            for (int y = 0; y < listedCount; y++) {
                long letterBits = spellingBits[k++], keyBits = spellingBits[k++];
                // A spelling none of whose words is like any query word has only zero rows: no comparison with it
                // has anything in common, nor could join or abbreviate (that needs a shared first letter). An empty
                // spelling has no bits.
                if (!memo.mayBeAlike(letterBits, keyBits)) continue;
                if (name == null) {
                    name = names.get(x);
                    aliasFactor = name.name().kind() == NameKind.WEAK_AKA ? ScorerV1.WEAK_ALIAS_FACTOR : 1.0;
                    listedSpellings = name.spellings();
                }
                IndexedName.ListedSpelling cs = listedSpellings.get(y);
                List<String> ct = cs.tokens();
                int m = ct.size();
                if (m == 0) continue;
                // Each listed token's similarities to every query token, fetched once for all query spellings.
                double[][] rows = new double[m][];
                int[] ids = cs.ids();
                for (int j = 0; j < m; j++) rows[j] = memo.row(ids[j]);
                if (ceilB.length < m) ceilB = new double[m];
                for (int z = 0; z < spellingCount; z++) {
                    PreparedQuery.QuerySpelling qs = querySpellings.get(z);
                    // A variant against a variant adds little, except translation against translation.
                    if (!qs.primary() && !cs.primary() && !(qs.translated() && cs.translated())) continue;
                    double factor = aliasFactor;
                    if (qs.acronym() || cs.acronym()) {
                        factor *= ScorerV1.ACRONYM_FACTOR;
                        // An acronym alone needs an agreeing country: a few letters stand for many organisations.
                        if ((qs.acronym() ? qs.tokens() : ct).size() == 1 && !countryAgrees) factor *= ScorerV1.UNSUPPORTED_ACRONYM_FACTOR;
                        // A short listed name identifies no one alone ("rti"); counted here, so that the search weighs
                        // it against the entity's other spellings (ScorerV1 leaves acronym winners alone).
                        if (cs.letters() <= ScorerV1.SHORT_NAME_LETTERS) factor *= ScorerV1.SHORT_NAME_FACTOR;
                    }
                    int n = qs.tokens().size();
                    if (n == 0) continue;
                    if (ceilA.length < n) ceilA = new double[n];
                    int[] qpos = qs.positions();
                    // The best similarity each word can get: what the alignment could at most credit it with.
                    java.util.Arrays.fill(ceilA, 0, n, 0.0);
                    boolean any = false;
                    for (int j = 0; j < m; j++) {
                        double[] row = rows[j];
                        double bestB = 0;
                        for (int i = 0; i < n; i++) {
                            double v = row[qpos[i]];
                            if (v > bestB) bestB = v;
                            if (v > ceilA[i]) ceilA[i] = v;
                        }
                        ceilB[j] = bestB;
                        if (bestB > 0) any = true;
                    }
                    // Joined words and acronyms need two words with the same first letter.
                    boolean sameFirst = (qs.firstLetters() & cs.firstLetters()) != 0;
                    boolean joins = sameFirst && qs.shape().mayJoinOrAbbreviate(cs.shape());
                    if (!any) {
                        if (!sameFirst) continue; // nothing in common at all
                        // With no similar word and nothing to join or abbreviate, every ceiling stays 0 and so does the
                        // bound: below a positive floor such a comparison can never be aligned, so it is left out
                        // without the word test (which reads every word). At a floor of 0 or less it still counts:
                        // whether any comparison exists decides how a name that shares nothing is explained.
                        if (floor > SLACK ? !joins : !TokenAlignment.mayJoin(qs.tokens(), ct)) continue;
                    }
                    // Joined words and acronyms credit whole words whatever their similarities: raise those words' ceilings.
                    if (joins) TokenAlignment.raiseForJoinsAndAcronyms(qs.tokens(), ct, ceilA, ceilB);
                    double[] wa = qs.weights(), wb = cs.weights();
                    double coveredA = 0, coveredB = 0;
                    for (int i = 0; i < n; i++) coveredA += ceilA[i] * wa[i];
                    for (int j = 0; j < m; j++) coveredB += ceilB[j] * wb[j];
                    boolean translated = qs.translated() || cs.translated();
                    double bound = factor * (translated ? ScorerV1.TRANSLATION_FACTOR : 1.0) * bound(wa, wb, coveredA, coveredB, translated);
                    options.add(new Option(options.size(), name, qs, cs, rows, factor, bound));
                }
            }
        }
        // No name shares anything: it scores 0, which a positive floor rules out (ScorerV1 would add at most an
        // agreeing country, still below it).
        if (options.isEmpty()) return floor > 0 ? BELOW : null;
        options.sort(Comparator.comparingDouble(Option::bound).reversed().thenComparingInt(Option::order));
        if (options.getFirst().bound() + SLACK < floor) return BELOW;
        Best best = null;
        int bestOrder = Integer.MAX_VALUE;
        for (Option o : options) {
            if (best != null && o.bound() + SLACK < best.score()) break; // neither this nor any later one can reach the best
            if (o.bound() + SLACK < floor) break; // nor the floor
            TokenAlignment a = TokenAlignment.align(o.query().tokens(), o.listed().tokens(), o.query().weights(), o.listed().weights(), o.sims(), false);
            double s = a.score() * o.factor();
            boolean translated = o.query().translated() || o.listed().translated();
            if (translated) s *= ScorerV1.TRANSLATION_FACTOR;
            double evidenceFloor = translated ? ScorerV1.MIN_EVIDENCE_TRANSLATED : ScorerV1.MIN_EVIDENCE;
            // Identical names (every word on both sides equal) need no more evidence: they are the same name.
            if (a.evidence() < evidenceFloor && a.score() < 1.0) s *= a.evidence() / evidenceFloor;
            if (best == null || s > best.score() || (s == best.score() && o.order() < bestOrder)) {
                best = new Best(o.name(), o.query(), o.listed(), s, a.score(), a.evidence(), translated);
                bestOrder = o.order();
            }
        }
        // What was not aligned cannot reach the floor; when the best aligned does not either, no name can.
        return best.score() < floor ? BELOW : best;
    }

    /**
     * What {@link #best} reads of an entity's names before their objects: for each name in order, its number of
     * spellings, then for each spelling its {@link IndexedName.ListedSpelling#firstLetters()} and
     * {@link IndexedName.ListedSpelling#keyBits()}.
     */
    static long[] spellingBits(List<IndexedName> names) {
        int size = 0;
        for (IndexedName n : names) size += 1 + 2 * n.spellings().size();
        long[] out = new long[size];
        int k = 0;
        for (IndexedName n : names) {
            out[k++] = n.spellings().size();
            for (IndexedName.ListedSpelling s : n.spellings()) {
                out[k++] = s.firstLetters();
                out[k++] = s.keyBits();
            }
        }
        return out;
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
     * the matched weight is at most {@code coveredA + coveredB} and each side's covered weight at most its own.
     */
    private static double bound(double[] wa, double[] wb, double coveredA, double coveredB, boolean translated) {
        double totalA = 0, totalB = 0;
        for (double w : wa) totalA += w;
        for (double w : wb) totalB += w;
        double total = totalA + totalB;
        double dice = total <= 0 ? 0 : Math.min(1.0, (coveredA + coveredB) / total);
        double cover = Math.max(totalA <= 0 ? 0 : coveredA / totalA, totalB <= 0 ? 0 : coveredB / totalB);
        double score = Math.min(1.0, (1 - TokenAlignment.COVER_SHARE) * dice + TokenAlignment.COVER_SHARE * Math.min(1.0, cover));
        if (score >= 1.0) return 1.0; // a full alignment needs no evidence
        double evidenceFloor = translated ? ScorerV1.MIN_EVIDENCE_TRANSLATED : ScorerV1.MIN_EVIDENCE;
        return score * Math.min(1.0, Math.min(coveredA, coveredB) / evidenceFloor);
    }
}
