package org.chokepoint.network.resolve;

import java.util.List;
import java.util.Set;

/**
 * The pairwise decision: are two mentions of one country the same party? A pure function of the two
 * prepared mentions, the word weights and the settings. Thread-safe.
 *
 * <ul>
 *   <li>Conflicting identifiers (two numbers of one register that differ): never.</li>
 *   <li>Legal forms of different families ({@link LegalFormFamily}: "OOO" and "AO", "GmbH" and "AG"): not the
 *       same party unless they share an identifier (a firm that changes its form keeps its number), and a
 *       cannot-link when the names are alike.</li>
 *   <li>An equal identifier: yes when the names reach {@link ResolutionSettings#identifierNameFloor()} and
 *       do not each have a word of their own with one of them distinctive. An identical number under an
 *       unrelated name is not the same party: fronts reuse other firms' tax numbers.</li>
 *   <li>Names alone: yes when every distinctive word has a counterpart, at most one side has generic
 *       words of its own ("General"), and the alignment reaches {@link ResolutionSettings#nameThreshold()},
 *       lowered by {@link ResolutionSettings#addressBonus()} when the addresses agree. Legal forms are not
 *       name words (the normaliser takes them out), so "LLC", "L.L.C." or none never block.</li>
 *   <li>Names alike (at least {@link ResolutionSettings#cannotLinkScore()}) but with a word each, one of
 *       them distinctive, and the two words not alike even loosely ({@link NameComparison#leftAlike()}:
 *       "tried" / "treyd" may be one word twice misspelt) ("Al Noor Trading" / "Al Noor Electronics"): a cannot-link, which the clustering
 *       keeps also across chains of other merges.</li>
 *   <li>Names alike with a word each, generic ones included, not alike, and two declared addresses that differ
 *       ("Kosmaj Import" at one address, "Kosmaj Holding" at another): namesakes, a cannot-link. At any address
 *       when the words of each are lines of business ({@link NameComparison#tradesApart()}: "Zlatibor Import" /
 *       "Zlatibor Service"), as two seat cities are.</li>
 * </ul>
 */
final class PairDecision {
    enum Kind { MERGE, CANNOT_LINK, NONE }

    /**
     * A decision; {@code evidence} is set for merges only. The evidence of a merge is written out when asked for
     * ({@link #evidence()}, a pure function of the pair): most merges join mentions already joined, and aligning the
     * names again for words that nobody reads cost more than deciding.
     *
     * @param addressSimilarity of a merge, as in its evidence; 0 otherwise
     */
    record Verdict(Kind kind, double score, double addressSimilarity, java.util.function.Supplier<MergeEvidence> pending) {
        static final Verdict NONE = new Verdict(Kind.NONE, 0, 0, null);
        static final Verdict CANNOT_LINK = new Verdict(Kind.CANNOT_LINK, 0, 0, null);

        /** Why the pair merges (worked out anew at each call), or null when it does not. */
        MergeEvidence evidence() {
            return pending == null ? null : pending.get();
        }
    }

    private final SpellingWeights weights;
    private final ResolutionSettings settings;
    private final WordSimilarities words;

    PairDecision(SpellingWeights weights, ResolutionSettings settings) {
        this(weights, settings, null);
    }

    /** @param words the word similarities of the resolution's names, remembered; null to work each out anew */
    PairDecision(SpellingWeights weights, ResolutionSettings settings, WordSimilarities words) {
        this.weights = weights;
        this.settings = settings;
        this.words = words;
    }

    /**
     * How the names of the two compare ({@link NameComparison#compare}): a pure function of the two names (the
     * first one's first), so a resolution compares each pair of names once and decides all pairs of mentions
     * bearing them with {@link #decide(PreparedMention, PreparedMention, NameComparison)}.
     */
    NameComparison compare(PreparedMention a, PreparedMention b) {
        return NameComparison.compare(a, b, weights, words);
    }

    Verdict decide(PreparedMention a, PreparedMention b) {
        return decide(a, b, null);
    }

    /** Whether {@link #decide} compares the names of the two: they are of one country and no identifiers conflict. */
    static boolean comparesNames(PreparedMention a, PreparedMention b) {
        if (!a.country().equals(b.country())) return false;
        // By index, not by iterator: called for every candidate pair, most without identifiers, and the quick compiler
        // allocates each iterator (it does no escape analysis).
        List<DeclaredIdentifier> xs = a.identifiers(), ys = b.identifiers();
        for (int i = 0; i < xs.size(); i++) for (int j = 0; j < ys.size(); j++) if (xs.get(i).conflictsWith(ys.get(j))) return false;
        return true;
    }

    /**
     * The decision on two mentions, {@code a} first.
     *
     * @param name {@link #compare(PreparedMention, PreparedMention)} of the two, or of any two mentions bearing the same
     *             names in the same order; null to compare them here
     */
    Verdict decide(PreparedMention a, PreparedMention b, NameComparison known) {
        if (!a.country().equals(b.country())) return Verdict.NONE;
        // The identifier itself, its key written out only for a merge's evidence: most pairs that share one are decided
        // without it being read.
        DeclaredIdentifier shared = null;
        List<DeclaredIdentifier> xs = a.identifiers(), ys = b.identifiers();
        for (int i = 0; i < xs.size(); i++) {
            DeclaredIdentifier x = xs.get(i);
            for (int j = 0; j < ys.size(); j++) {
                DeclaredIdentifier y = ys.get(j);
                if (x.conflictsWith(y)) return Verdict.CANNOT_LINK;
                if (shared == null && x.equals(y)) shared = x;
            }
        }
        NameComparison name = known != null ? known : compare(a, b);
        // Siblings share names and differ in legal form: never one party, also not through a chain. The
        // same identifier says otherwise: a firm that changed its form keeps its number.
        if (shared == null && LegalFormFamily.conflict(a.formFamilies(), b.formFamilies()))
            return name.score() >= settings.cannotLinkScore() ? Verdict.CANNOT_LINK : Verdict.NONE;
        double address = a.addressIds() != null && b.addressIds() != null ? addressSimilarity(a.addressIds(), b.addressIds())
                : addressSimilarity(a.address(), b.address());
        if (name.acronym()) {
            // A firm declared by its acronym: one with its name only on a second sign, the number or the address.
            if (shared != null) return merge(a, b, name.score(), name, shared, address, "identifier+acronym");
            if (address >= settings.addressMatch()) return merge(a, b, name.score(), name, null, address, "acronym+address");
            return Verdict.NONE;
        }
        boolean distinctiveClash = name.differentWords() && name.strongLeft() > 0;
        if (shared != null && name.score() >= settings.identifierNameFloor() && !distinctiveClash) {
            return merge(a, b, Math.max(name.score(), 0.99), name, shared, address, "identifier");
        }
        boolean addressAgrees = address >= settings.addressMatch();
        double threshold = settings.nameThreshold() - (addressAgrees ? settings.addressBonus() : 0);
        if (name.strongLeft() == 0 && !name.differentWords() && name.score() >= threshold) {
            double score = Math.min(1.0, name.score() + (addressAgrees ? settings.addressBonus() : 0));
            return merge(a, b, score, name, shared, address, addressAgrees && name.score() < settings.nameThreshold() ? "name+address" : "name");
        }
        // A cannot-link is lasting: not when the words left over may be one word misspelt twice.
        if (distinctiveClash && !name.leftAlike() && name.score() >= settings.cannotLinkScore()) return Verdict.CANNOT_LINK;
        // Namesakes: each name keeps a word of its own, generic ones included ("Kosmaj Import" / "Kosmaj Holding"), and
        // the two declared addresses differ. Two firms of one name (often of one group), not one firm written two ways:
        // kept apart also through the bare name ("Kosmaj d.o.o.") that resembles both.
        // So are two firms of one name each with a line of business of its own ("Zlatibor Import" / "Zlatibor Service"), at
        // any address: the two trades weigh as two seat cities do, kept apart also through the bare name.
        boolean addressesDiffer = address >= 0 && address < settings.addressMatch();
        if (name.differentWords() && !name.leftAlike() && (addressesDiffer || name.tradesApart()) && name.score() >= settings.cannotLinkScore())
            return Verdict.CANNOT_LINK;
        return Verdict.NONE;
    }

    private Verdict merge(PreparedMention a, PreparedMention b, double score, NameComparison name, DeclaredIdentifier shared,
                                 double address, String basis) {
        int first = Math.min(a.index(), b.index()), second = Math.max(a.index(), b.index());
        return new Verdict(Kind.MERGE, score, address,
                () -> new MergeEvidence(first, second, score, name.score(), name.aligned(weights), shared == null ? null : shared.key(), address, basis));
    }

    /** {@link #addressSimilarity(Set, Set)} of the address words as ascending numbers ({@link PreparedMention#addressIds()}). */
    static double addressSimilarity(int[] a, int[] b) {
        if (a.length == 0 || b.length == 0) return -1;
        int common = 0;
        for (int i = 0, j = 0; i < a.length && j < b.length; ) {
            if (a[i] == b[j]) {
                common++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return (double) common / (a.length + b.length - common);
    }

    /** Jaccard overlap of the address words, or -1 when either side declared none. */
    static double addressSimilarity(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) return -1;
        int common = 0;
        if (a instanceof java.util.SortedSet<String> x && b instanceof java.util.SortedSet<String> y && x.comparator() == null && y.comparator() == null) {
            // Both in natural order (PreparedMention.addressWords): one walk over the two, not a tree look-up per word.
            java.util.Iterator<String> i = x.iterator(), j = y.iterator();
            String u = i.next(), v = j.next();
            while (true) {
                int c = u.compareTo(v);
                if (c == 0) common++;
                if (c <= 0) {
                    if (!i.hasNext()) break;
                    u = i.next();
                }
                if (c >= 0) {
                    if (!j.hasNext()) break;
                    v = j.next();
                }
            }
        } else {
            for (String w : a) if (b.contains(w)) common++;
        }
        return (double) common / (a.size() + b.size() - common);
    }

}
