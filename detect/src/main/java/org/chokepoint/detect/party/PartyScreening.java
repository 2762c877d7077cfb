package org.chokepoint.detect.party;

import org.chokepoint.detect.watchlist.ListedHit;
import org.chokepoint.detect.watchlist.ListedIndex;
import org.chokepoint.model.Entity;
import org.chokepoint.model.Schema;
import org.chokepoint.text.NameNormalizer;
import org.chokepoint.text.NormalizedName;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

/**
 * Screens every resolved party against the lists. Matches at the screening threshold are kept as the
 * party's list matches; the party is taken as listed only at {@code listedAt} (0.88 by default), since a
 * trade name that holds a listed firm's word ("Ladoga-Les" and the listed "LADOGA") reaches 0.80 often
 * enough to drown the real hits: below it the match is reported as a possible one for a person to check. At it, the
 * match must also carry the evidence an analyst would accept ({@link ListedEvidence}): no conflicting identifier,
 * the same country, names that agree word for word.
 * A party is screened by its most used spellings, each with the party's country
 * and declared identifiers; the hits are merged per listed entity (best score kept). In parallel over
 * parties, in two passes: the hits of every party first, then each listed decision, which weighs the party's words
 * against the other parties' (how many other traders bear them). The result does not depend on the number of threads,
 * but it does on the other parties screened with it.
 */
public final class PartyScreening {
    private PartyScreening() {}

    public static List<Party> screen(List<Party> parties, ListedIndex lists, int names, int keep, double listedAt, int threads, IntConsumer progress) {
        return screen(parties, Map.of(), lists, names, keep, listedAt, threads, progress);
    }

    /**
     * As {@link #screen(List, ListedIndex, int, int, double, int, IntConsumer)}, with spellings already read by
     * {@link NameNormalizer#standard()} ({@code read}, spelling to its normalisation; any may be missing): resolution
     * normalised every spelling of every party ({@link PartyResolution#resolveReading}), and normalising them again here
     * was a tenth of the stage. The same answer with or without them.
     */
    public static List<Party> screen(List<Party> parties, Map<String, NormalizedName> read, ListedIndex lists, int names, int keep, double listedAt,
                                     int threads, IntConsumer progress) {
        int n = parties.size();
        Spellings[] spelled = new Spellings[n];
        List<ListedHit>[] found = hitArray(n);
        List<Set<String>> byId = new ArrayList<>(java.util.Collections.nCopies(n, Set.of()));
        AtomicInteger done = new AtomicInteger();
        EachParty.run(threads, n, "screening", i -> {
            Party p = parties.get(i);
            spelled[i] = Spellings.of(p.names(), names, read);
            byId.set(i, declaredIdentifierHolders(p, lists));
            found[i] = hits(p, lists, spelled[i], byId.get(i), keep);
            int d = done.incrementAndGet();
            if ((d & 255) == 0) progress.accept(d);
        });
        // The listed decision weighs a party's words against the other parties' (how many traders bear the word a match
        // rests on), so it waits for every party's spellings and hits. It takes a few parties' worth of time: most have no hit.
        Namesakes namesakes = Namesakes.of(spelled, found);
        Party[] out = new Party[n];
        EachParty.run(threads, n, "listed decision", i -> out[i] = decide(parties.get(i), i, found[i], byId.get(i), spelled[i], lists, listedAt, namesakes));
        return new ArrayList<>(java.util.Arrays.asList(out));
    }

    @SuppressWarnings("unchecked")
    private static List<ListedHit>[] hitArray(int n) {
        return (List<ListedHit>[]) new List<?>[n];
    }

    /**
     * For each word, the parties whose screened spellings carry it, and which listed entities each party's hits name: how
     * many traders of these records bear a word and are not matched to a given listed firm at all, that is, are plainly
     * other firms. Read-only after {@link #of}.
     */
    private record Namesakes(Map<String, List<Integer>> carriers, List<ListedHit>[] hits) {
        static Namesakes of(Spellings[] spelled, List<ListedHit>[] hits) {
            Map<String, List<Integer>> carriers = new java.util.HashMap<>();
            for (int i = 0; i < spelled.length; i++) {
                Set<String> words = new HashSet<>();
                for (NormalizedName n : spelled[i].normalised()) words.addAll(n.tokens());
                for (String w : words) carriers.computeIfAbsent(w, k -> new ArrayList<>()).add(i);
            }
            return new Namesakes(carriers, hits);
        }

        /** Parties other than {@code self} that carry {@code word} and have no hit on {@code entityId}. */
        int others(String word, String entityId, int self) {
            int count = 0;
            for (int j : carriers.getOrDefault(word, List.of())) {
                if (j == self) continue;
                boolean matched = false;
                for (ListedHit h : hits[j]) if (h.entityId().equals(entityId)) matched = true;
                if (!matched) count++;
            }
            return count;
        }
    }

    /**
     * How many other traders of the records must bear every word a match rests on for the name to be a namesake's: "Grand",
     * "Star", "Sky" each begin a dozen Hong Kong or Dubai firms' names in a hundred thousand records, while a listed firm's
     * own word ("Kurganpribor", "Tongsheng") is borne by one or two.
     */
    static final int NAMESAKES = 5;

    /**
     * The spellings of a party that {@link #distinctSpellings} picks, normalised, with the fewest words among them (legal
     * forms are not words; {@link Integer#MAX_VALUE} for none), from one normalisation of each name read.
     */
    private record Spellings(List<String> names, List<NormalizedName> normalised, int fewestWords) {
        /** @param known spellings already normalised by the standard normaliser; the others are normalised here */
        static Spellings of(List<String> all, int limit, Map<String, NormalizedName> known) {
            List<String> out = new ArrayList<>();
            List<NormalizedName> normalised = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            int fewest = Integer.MAX_VALUE;
            for (String n : all) {
                if (out.size() == limit) break;
                NormalizedName read = n == null ? null : known.get(n);
                if (read == null) read = NameNormalizer.standard().normalize(n);
                if (seen.add(String.join(" ", read.tokens()))) {
                    out.add(n);
                    normalised.add(read);
                    fewest = Math.min(fewest, read.tokens().size());
                }
            }
            return new Spellings(out, normalised, fewest);
        }
    }

    /**
     * The party with its hits and whether it is taken as listed. A match makes the party the listed entity when the party
     * declares an identifier the entity holds, or when it scores {@code listedAt} or more and the evidence holds
     * ({@link ListedEvidence}): no conflicting identifier, not a company against a listed person, and names that agree
     * word for word; also not through a listed name of one word that covers only part of every name the party goes by
     * ("Al Noor Logistics LLC" against the former name "NOOR"). One word in common, however rare, says that the party may
     * be that entity, not that it is. Nor when the names differ and meet only in words {@value #NAMESAKES} or more other
     * traders bear ({@link #commonWordsOnly}), nor, without an identifier, when two listed firms bear the name
     * ({@link #namesakeFirms}). A match at {@code listedAt} that fails stays a possible one for a person to check
     * ({@code possible_list_match}), its explanation saying why. The hits that make the party listed come first.
     */
    private static Party decide(Party p, int self, List<ListedHit> hits, Set<String> byId, Spellings screened, ListedIndex lists, double listedAt,
                                Namesakes namesakes) {
        List<ListedHit> taken = new ArrayList<>();
        List<ListedHit> rest = new ArrayList<>();
        for (ListedHit h : hits) {
            if (h.score() < listedAt) {
                rest.add(h);
                continue;
            }
            if (byId.contains(h.entityId())) {
                taken.add(h);
                continue;
            }
            String why = oneWordOfMore(words(h.matchedName()), screened.fewestWords())
                    ? "one listed word covers only part of the party's name" : null;
            Entity e = lists.entity(h.entityId());
            if (why == null) why = ListedEvidence.conflictingIdentifier(p.identifiers(), e);
            if (why == null) why = ListedEvidence.otherCountry(p.country(), e);
            if (why == null && !screened.names().isEmpty()) {
                why = ListedEvidence.companyForPerson(screened.normalised(), e);
                if (why == null) why = ListedEvidence.nameGap(screened.normalised(), h.matchedName());
                if (why == null) why = ListedEvidence.compoundPart(screened.normalised(), h.matchedName());
                if (why == null) why = ListedEvidence.otherSeat(screened.normalised(), e);
                if (why == null) why = commonWordsOnly(self, h, e, screened, namesakes);
            }
            if (why == null) taken.add(h);
            else rest.add(notTaken(h, why));
        }
        if (!taken.isEmpty() && byId.isEmpty()) {
            String why = namesakeFirms(taken, lists);
            Set<String> inFull = why == null ? Set.of() : writtenInFull(p.names(), taken, lists);
            if (!inFull.isEmpty()) {
                // The party writes one firm's name as the list does, legal form and all: that firm, not its namesake.
                String firm = inFull.iterator().next();
                List<ListedHit> other = new ArrayList<>();
                for (ListedHit h : taken) if (!inFull.contains(h.entityId())) other.add(h);
                taken.removeAll(other);
                for (ListedHit h : other) rest.add(notTaken(h, "the party writes the name of " + lists.entity(firm).name()
                        + " (" + firm + ") in full, legal form included, and the two firms' numbers differ"));
                rest.sort(Comparator.comparingDouble(ListedHit::score).reversed().thenComparing(ListedHit::entityId));
            } else if (why != null) {
                for (ListedHit h : taken) rest.add(notTaken(h, why));
                taken.clear();
                rest.sort(Comparator.comparingDouble(ListedHit::score).reversed().thenComparing(ListedHit::entityId));
            }
        }
        if (taken.isEmpty()) return p.withHits(rest, false);
        List<ListedHit> ordered = new ArrayList<>(taken);
        ordered.addAll(rest);
        return p.withHits(ordered, true);
    }

    private static ListedHit notTaken(ListedHit h, String why) {
        return new ListedHit(h.entityId(), h.list(), h.name(), h.matchedName(), h.score(), h.explanation() + "; not taken as listed: " + why);
    }

    /**
     * Why a name that is not the listed one word for word does not make the party the entity: every word that names
     * something and that the names share is borne by {@value #NAMESAKES} or more other traders of these records, none of
     * them matched to the entity. A common word tells no firm from another, and what differs is all the names have left.
     */
    private static String commonWordsOnly(int self, ListedHit h, Entity e, Spellings screened, Namesakes namesakes) {
        if (ListedEvidence.sameWords(screened.normalised(), e)) return null;
        Set<String> shared = ListedEvidence.sharedNamingWords(screened.normalised(), h.matchedName());
        if (shared.isEmpty()) return null;
        List<String> counted = new ArrayList<>();
        for (String w : shared) {
            int others = namesakes.others(w, h.entityId(), self);
            if (others < NAMESAKES) return null;
            counted.add(w + ", " + others);
        }
        return "the names differ and meet only in words other traders of these records bear too (" + String.join("; ", counted) + ")";
    }

    /**
     * Why a name taken for two listed firms makes the party neither: the lists hold two different firms of that name (each
     * with its own number in one register), and nothing of the party's own says which, if either, it is. "Strela" is an
     * LLC in Dikson and a joint-stock company in Bryansk, and a third firm of the name is as likely as either.
     */
    private static String namesakeFirms(List<ListedHit> taken, ListedIndex lists) {
        for (int i = 0; i < taken.size(); i++) {
            for (int j = i + 1; j < taken.size(); j++) {
                if (ListedEvidence.differentFirms(lists.entity(taken.get(i).entityId()), lists.entity(taken.get(j).entityId())))
                    return "two listed firms bear the name (" + taken.get(i).name() + ", " + taken.get(j).name()
                            + ": different register numbers) and no identifier of the party's says which it is";
            }
        }
        return null;
    }

    /**
     * The firms among {@code taken} that bear, as a name of their own, a name the party goes by written as the list writes
     * it, legal form included ("FEDERAL STATE UNITARY ENTERPRISE FEDERAL CENTER OF DUAL TECHNOLOGIES SOYUZ", where the
     * namesake is the JOINT-STOCK COMPANY of that name), when they are one firm (the same entry on several lists); empty
     * when none does, or when two different firms do. Case, marks, punctuation and spacing aside: a declarant who writes a
     * listed firm's whole name, legal form and all, names that firm; one who writes the name both share ("PAO Sosnovets"
     * against an LLC and a joint-stock company) names neither.
     */
    static Set<String> writtenInFull(List<String> partyNames, List<ListedHit> taken, ListedIndex lists) {
        Set<String> written = new HashSet<>();
        for (String n : partyNames) if (n != null) written.add(asWritten(n));
        List<Entity> bearers = new ArrayList<>();
        for (ListedHit h : taken) {
            Entity e = lists.entity(h.entityId());
            if (e == null || bearers.contains(e)) continue;
            if (e.names().stream().anyMatch(n -> written.contains(asWritten(n.value())))) bearers.add(e);
        }
        for (int i = 0; i < bearers.size(); i++)
            for (int j = i + 1; j < bearers.size(); j++)
                if (ListedEvidence.differentFirms(bearers.get(i), bearers.get(j))) return Set.of();
        Set<String> ids = new java.util.LinkedHashSet<>();
        for (Entity e : bearers) ids.add(e.id());
        return ids;
    }

    private static final java.util.regex.Pattern MARKS = java.util.regex.Pattern.compile("\\p{M}");

    /** A name as written ({@link ListedEvidence#writtenWordList}), compared without marks either. */
    private static String asWritten(String name) {
        return String.join(" ", ListedEvidence.writtenWordList(MARKS.matcher(java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFKD)).replaceAll("")));
    }

    /** A listed name of one word against party names that all have more words. */
    static boolean oneWordOfMore(int listedWords, int partyFewestWords) {
        return listedWords == 1 && partyFewestWords > 1;
    }

    /** Words of a name after normalisation (legal forms are not words). */
    private static int words(String name) {
        return NameNormalizer.standard().normalize(name).tokens().size();
    }

    private static Set<String> declaredIdentifierHolders(Party p, ListedIndex lists) {
        Set<String> byId = new HashSet<>();
        for (String id : p.identifiers()) for (Entity e : lists.byIdentifier(id, p.country())) byId.add(e.id());
        return byId;
    }

    /**
     * A party is listed when one of its names matches a listed entity at the threshold, or matches it
     * fairly ({@value #NAME_SUPPORT}) while the party declares an identifier the entity holds. An identifier
     * alone does not make the party that entity: a front may declare a listed firm's number under its own
     * name, and {@code shared_identifier} says so instead.
     */
    static List<ListedHit> hits(Party p, ListedIndex lists, int names, int keep) {
        return hits(p, lists, Spellings.of(p.names(), names, Map.of()), declaredIdentifierHolders(p, lists), keep);
    }

    /**
     * As {@link #hits(Party, ListedIndex, int, int)} with the party's spellings and {@link #declaredIdentifierHolders} given. Each
     * spelling goes to the screener with its normalisation, which it would otherwise do again (some 5% of the stage).
     */
    private static List<ListedHit> hits(Party p, ListedIndex lists, Spellings spellings, Set<String> byId, int keep) {
        Map<String, ListedHit> best = new LinkedHashMap<>();
        double floor = byId.isEmpty() ? lists.threshold() : Math.min(NAME_SUPPORT, lists.threshold());
        for (int i = 0; i < spellings.names().size(); i++) {
            for (ListedHit h : lists.screen(spellings.names().get(i), spellings.normalised().get(i), p.country(), null, Schema.UNKNOWN, keep, floor)) {
                // A trade party is a company or a person; a listed vessel or aircraft is a carrier, screened as
                // one. Without this, "Sunrise Service Private Limited" was the vessel whose former name is SUNRISE.
                if (lists.isOf(h, CARRIERS)) continue;
                best.merge(h.entityId(), h, (a, b) -> b.score() > a.score() ? b : a);
            }
        }
        List<ListedHit> out = new ArrayList<>();
        for (ListedHit h : best.values()) {
            if (byId.contains(h.entityId())) {
                out.add(new ListedHit(h.entityId(), h.list(), h.name(), h.matchedName(), Math.max(h.score(), IDENTIFIER_AGREES),
                        h.explanation() + "; declared identifier " + String.join(", ", p.identifiers()) + " is the entity's"));
            } else if (h.score() >= lists.threshold()) {
                out.add(h);
            }
        }
        return out.stream()
                .sorted(Comparator.comparingDouble(ListedHit::score).reversed().thenComparing(ListedHit::entityId))
                .limit(keep).toList();
    }

    /** What a seller or buyer never is: it is carried by them. */
    private static final Set<Schema> CARRIERS = java.util.EnumSet.of(Schema.VESSEL, Schema.AIRCRAFT);

    /**
     * The most used spellings that differ after normalisation: "AL NOOR GEN. TRADING L.L.C." adds nothing to
     * "Al Noor General Trading LLC", a Cyrillic or re-worded spelling does.
     */
    static List<String> distinctSpellings(List<String> names, int limit) {
        return Spellings.of(names, limit, Map.of()).names();
    }

    /** Name similarity that an agreeing identifier turns into a match. */
    static final double NAME_SUPPORT = 0.6;
    /** The score of a fair name match backed by an agreeing identifier, as the screening engine gives it. */
    static final double IDENTIFIER_AGREES = 0.99;
}
