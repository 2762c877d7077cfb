package org.chokepoint.network.resolve;

import org.chokepoint.text.NameNormalizer;
import org.chokepoint.text.NormalizedName;
import org.chokepoint.text.TokenWeights;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ForkJoinTask;
import java.util.stream.IntStream;

/**
 * Clusters party mentions into resolved parties (algorithm {@value #ALGORITHM}):
 * <ol>
 *   <li>every mention is normalised by the screening chain ({@link NameNormalizer}), its identifiers are
 *       read by register ({@link DeclaredIdentifier}) and its address split into words;</li>
 *   <li>{@link Blocking} proposes the pairs of one country that share a rare word, a transliteration key,
 *       a word prefix, the joined name or an identifier;</li>
 *   <li>{@link PairDecision} decides each pair (merge with evidence, cannot-link, or nothing), in parallel, each two
 *       names of one country compared once however many pairs of mentions bear them (the country says which words
 *       are seat cities, {@link org.chokepoint.country.Cities#seatWords});</li>
 *   <li>mentions of one country whose names are names of one entry of a register ({@link EntryNames}, a sanctions
 *       list's aliases, which may share no word) are joined first, whatever the comparisons said, unless their
 *       identifiers conflict;</li>
 *   <li>{@link ConstrainedClusters} joins the merges strongest first (ties by the mentions' content, so the
 *       partition does not depend on the input order), refusing any join that would put two different
 *       numbers of one register, or a cannot-link pair, in one cluster.</li>
 * </ol>
 * Thread-safe and stateless between calls; the normaliser is shared.
 */
public final class PartyResolver {
    /** Name of the algorithm, to be recorded with results. */
    public static final String ALGORITHM = "resolve-v2";

    private final ResolutionSettings settings;
    private final NameNormalizer normalizer;

    public PartyResolver(ResolutionSettings settings, NameNormalizer normalizer) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.normalizer = Objects.requireNonNull(normalizer, "normalizer");
    }

    /** With {@link ResolutionSettings#DEFAULTS} and the shared normaliser. */
    public PartyResolver() {
        this(ResolutionSettings.DEFAULTS, NameNormalizer.standard());
    }

    public ResolutionSettings settings() {
        return settings;
    }

    /** The normaliser names are read with ({@link Resolution#normalizedNames()}). */
    public NameNormalizer normalizer() {
        return normalizer;
    }

    /**
     * Resolves the mentions. Mentions with an empty name are parties of their own (nothing to compare).
     * The partition depends only on the set of mentions, not on their order.
     *
     * @param mentions the distinct mentions; no null elements
     */
    public Resolution resolve(List<PartyMention> mentions) {
        return resolve(mentions, EntryNames.NONE);
    }

    /**
     * As {@link #resolve(List)}, with the mentions of one country whose names {@code entries} finds to be names of one
     * entry joined first ({@link EntryNames}): each such join is kept among the evidence ({@link MergeEvidence#ENTRY}) and
     * in {@link Resolution#entryJoins()}. The partition still depends only on the set of mentions.
     *
     * @param entries the register's names; {@link EntryNames#NONE} for none
     */
    public Resolution resolve(List<PartyMention> mentions, EntryNames entries) {
        Objects.requireNonNull(entries, "entries");
        // Each step is a method of its own: resolve runs once per run, and as one method of a hundred kilobytes of machine
        // code its loops had the JIT compile all of it (seconds of a compiler thread's time, for a method never called
        // again); a step's loop now compiles alone, at the size of the step.
        int n = mentions.size();
        // Names and addresses are normalised once each: mentions repeat them (one firm, several identifiers; one
        // building, several firms), and normalising is the costly part of preparing a mention.
        Numbered names = Numbered.of(mentions, PartyMention::name), addresses = Numbered.of(mentions, PartyMention::address);
        List<PreparedMention.Name> preparedNames = prepareNames(names.values());
        List<Set<String>> addressWords = addresses.values().parallelStream().map(x -> PreparedMention.addressWords(x, normalizer)).toList();
        int[][] addressWordIds = numberWords(addressWords);
        // The seat cities of a name depend on its country too: worked out once per name and country, the pairs the
        // comparisons are keyed by below.
        // Numbered as pairs of numbers, not as texts joined: a text made and hashed per mention cost more than the rest.
        Numbered countries = Numbered.of(mentions, PartyMention::country);
        Numbering compared = Numbering.of(names.of(), countries.of());
        int[] bearer = compared.first();
        boolean[][][] seats = IntStream.range(0, bearer.length).parallel().mapToObj(k -> {
            PartyMention m = mentions.get(bearer[k]);
            return PreparedMention.seats(preparedNames.get(names.of()[bearer[k]]), m.country());
        }).toArray(boolean[][][]::new);
        // An entry is looked up once per name and country, like the seats: a pure function of the two.
        String[] entryOfCompared = entries == EntryNames.NONE ? null : IntStream.range(0, bearer.length).parallel().mapToObj(k -> {
            PreparedMention.Name name = preparedNames.get(names.of()[bearer[k]]);
            return name.read().isEmpty() ? null : entries.entryOf(name.read(), mentions.get(bearer[k]).country());
        }).toArray(String[]::new);
        // An identifier is read once per identifier and country (a pure function of the two), not once per mention: the
        // mentions of one firm repeat its number under every spelling of its name (27,794 mentions, 3,358 of these pairs
        // at a million records).
        Numbering declared = Numbering.of(Numbered.of(mentions, PartyMention::identifier).of(), countries.of());
        List<List<DeclaredIdentifier>> identifiers = IntStream.range(0, declared.first().length).parallel().mapToObj(k -> {
            PartyMention m = mentions.get(declared.first()[k]);
            return List.copyOf(DeclaredIdentifier.parse(m.identifier(), m.country()));
        }).toList();
        int[] noAddress = new int[0];
        List<PreparedMention> prepared = IntStream.range(0, n).parallel().mapToObj(i -> {
            PartyMention m = mentions.get(i);
            int name = names.of()[i];
            int address = addresses.of()[i];
            return PreparedMention.of(i, m, preparedNames.get(name), name, address < 0 ? Set.of() : addressWords.get(address),
                    address < 0 ? noAddress : addressWordIds[address], seats[compared.of()[i]],
                    declared.of()[i] < 0 ? List.of() : identifiers.get(declared.of()[i]));
        }).toList();
        // What the decisions need besides the candidates is worked out by a worker of the common pool while this thread
        // blocks (or by this thread, when no worker took it up): each piece of it runs on one thread, and in turn with
        // blocking, which is only in part parallel, they held one core idle for a tenth of the stage.
        ForkJoinTask<Beside> beside = ForkJoinTask.adapt(() -> Beside.of(prepared, preparedNames, compared, settings)).fork();
        int[][] candidates = Blocking.candidates(prepared, settings.maxBlockSize());
        Beside made = beside.join();
        WordSimilarities wordSimilarities = made.wordSimilarities();
        PairDecision decision = made.decision();
        int[] place = made.place();

        // Read once per mention, not once per candidate pair: the pairs run into millions.
        boolean[] noName = new boolean[n];
        for (int i = 0; i < n; i++) noName[i] = prepared.get(i).name().isEmpty();
        // Pairs are decided in content order: the search over spellings may stop at the first good one, and which one
        // comes first must not depend on input positions. A name comparison depends on the two names only, and the
        // pairs of mentions are several times the pairs of names (one firm, several identifiers or countries): each
        // pair of names is compared once, then every pair of mentions decided with it. Per candidate pair, in the
        // order of the candidates, the (first name, second name) numbers, or -1 when the names are not compared.
        int[] offset = new int[n + 1];
        for (int i = 0; i < n; i++) offset[i + 1] = Math.addExact(offset[i], candidates[i].length);
        long[] nameKey = new long[offset[n]];
        Readings readings = made.readings();
        int[] readingOf = readings.of(), reader = readings.reader();
        Slices.forEach(n, offset, () -> null, (none, i) -> {
            int at = offset[i];
            PreparedMention a = prepared.get(i);
            for (int j : candidates[i]) {
                PreparedMention b = prepared.get(j);
                boolean namesCompared = !noName[i] && !noName[j] && PairDecision.comparesNames(a, b);
                nameKey[at++] = !namesCompared ? -1 : place[i] <= place[j] ? pairKey(readingOf[i], readingOf[j]) : pairKey(readingOf[j], readingOf[i]);
            }
        });
        // Each candidate pair's number among the distinct pairs of names, -1 for none: the decisions below read their
        // comparison by it, with no search.
        int[] pairNumber = new int[nameKey.length];
        long[] namePairs = PairNumbers.of(nameKey, pairNumber);
        NameComparison[] comparison = IntStream.range(0, namePairs.length).parallel()
                .mapToObj(k -> decision.compare(prepared.get(reader[(int) (namePairs[k] >>> 32)]), prepared.get(reader[(int) namePairs[k]])))
                .toArray(NameComparison[]::new);

        // Pairs whose mentions declare different numbers of one register are never joined, and their cannot-link is not
        // filed (ConstrainedClusters.forbid): not decided at all.
        ConstrainedClusters clusters = made.clusters();
        Link[][] found = new Link[n][];
        // In slices by the candidates' count (Slices): the first mentions have the most.
        Slices.forEach(n, offset, () -> null, (none, i) -> {
            if (noName[i]) {
                found[i] = new Link[0];
                return;
            }
            List<Link> out = new ArrayList<>();
            PreparedMention a = prepared.get(i);
            int at = offset[i];
            for (int j : candidates[i]) {
                int pair = pairNumber[at++];
                if (noName[j] || clusters.declaredApart(i, j)) continue;
                PreparedMention b = prepared.get(j);
                NameComparison name = pair < 0 ? null : comparison[pair];
                int pa = place[i], pb = place[j];
                PairDecision.Verdict v = pa <= pb ? decision.decide(a, b, name) : decision.decide(b, a, name);
                if (v.kind() != PairDecision.Kind.NONE) out.add(new Link(a, b, v, Math.min(pa, pb), Math.max(pa, pb), v.score(),
                        v.addressSimilarity()));
            }
            found[i] = out.toArray(Link[]::new);
        });
        wordSimilarities.release();
        List<MergeEvidence> entryJoins = entryOfCompared == null ? List.of() : joinEntries(entryLinks(entryOfCompared, compared, prepared, place), clusters);
        // Per mention: 1 when its name names an entry, 2 when it was joined so.
        byte[] entryState = new byte[n];
        if (entryOfCompared != null) for (int i = 0; i < n; i++) if (compared.of()[i] >= 0 && entryOfCompared[compared.of()[i]] != null) entryState[i] = 1;
        for (MergeEvidence e : entryJoins) entryState[e.first()] = entryState[e.second()] = 2;
        List<Link> joined = join(found, clusters, entryState);
        // The names as the normaliser read them, handed on: whoever screens the parties reads the same names again.
        Map<String, NormalizedName> read = HashMap.newHashMap(names.values().size());
        for (int k = 0; k < names.values().size(); k++) read.put(names.values().get(k), preparedNames.get(k).read());
        int[] partyOf = partyOf(clusters, n);
        // The parties, with the evidence of each merge accepted, built when first asked for: detect reads only which party
        // each mention is of, and the evidence (the two names aligned again, in parallel, a pure function of the pair, in
        // the order of the joins) and the parties' canonical names, identifiers and addresses were a tenth of a cold
        // resolution of the 1M file's mentions, for nobody.
        return new Resolution(partyOf, () -> parties(prepared, partyOf, java.util.stream.Stream.concat(entryJoins.stream(),
                joined.parallelStream().map(l -> l.verdict().evidence())).toList()), read, entryJoins);
    }

    /**
     * What the decisions need of the prepared mentions besides their candidates: the word weights and similarities, the
     * mentions' places in the content order, the readings the names are compared by, and the clusters' constraints.
     */
    private record Beside(WordSimilarities wordSimilarities, PairDecision decision, int[] place, Readings readings,
                          ConstrainedClusters clusters) {
        static Beside of(List<PreparedMention> prepared, List<PreparedMention.Name> preparedNames, Numbering compared, ResolutionSettings settings) {
            int n = prepared.size();
            TokenWeights weights = n >= settings.minCorpusForWeights() && n > 0
                    ? TokenWeights.build(prepared.stream().map(p -> p.name().tokens()).toList())
                    : TokenWeights.genericOnly();
            WordSimilarities wordSimilarities = new WordSimilarities(preparedNames.stream().map(PreparedMention.Name::words).toList());
            PairDecision decision = new PairDecision(new SpellingWeights(weights, prepared), settings, wordSimilarities);
            return new Beside(wordSimilarities, decision, contentPlaces(prepared), Readings.of(prepared, compared), new ConstrainedClusters(prepared));
        }
    }

    /**
     * The distinct pairs of two numbers of the mentions, numbered in order of first mention.
     *
     * @param of    for each mention, the number of its pair, or -1 when its first number is -1
     * @param first for each number, the first mention with that pair
     */
    private record Numbering(int[] of, int[] first) {
        static Numbering of(int[] a, int[] b) {
            int n = a.length;
            long[] keys = new long[n];
            // The second number unsigned: were it -1 (a null value; countries are never null today) it would fill the high half
            // and the pair would read as none.
            for (int i = 0; i < n; i++) keys[i] = a[i] < 0 ? -1 : (long) a[i] << 32 | (b[i] & 0xFFFFFFFFL);
            int[] of = new int[n];
            int[] first = new int[PairNumbers.of(keys, of).length];
            int seen = 0;
            for (int i = 0; i < n; i++) if (of[i] == seen) first[seen++] = i;
            return new Numbering(of, first);
        }
    }

    /**
     * The distinct values of one field of the mentions, numbered in order of first mention.
     *
     * @param values the distinct values (nulls left out)
     * @param of     for each mention, the number of its value, or -1 for null
     * @param first  for each number, the first mention with that value
     */
    private record Numbered(List<String> values, int[] of, int[] first) {
        static Numbered of(List<PartyMention> mentions, java.util.function.Function<PartyMention, String> field) {
            int n = mentions.size();
            Map<String, Integer> ids = new HashMap<>();
            List<String> values = new ArrayList<>();
            int[] of = new int[n];
            int[] first = new int[n];
            for (int i = 0; i < n; i++) {
                PartyMention m = mentions.get(i);
                // Not requireNonNull(m, "mention " + i): its message was made for every mention.
                if (m == null) throw new NullPointerException("mention " + i);
                String v = field.apply(m);
                if (v == null) {
                    of[i] = -1;
                    continue;
                }
                Integer id = ids.putIfAbsent(v, values.size());
                if (id == null) {
                    id = values.size();
                    first[id] = i;
                    values.add(v);
                }
                of[i] = id;
            }
            return new Numbered(values, of, Arrays.copyOf(first, values.size()));
        }
    }

    /**
     * Each name normalised, then what the resolution needs of it worked out once per reading ({@link PreparedMention.Name#readAs}):
     * names declared apart often read alike, and the spellings, words and forms of a reading cost a third as much again
     * as reading it.
     */
    private List<PreparedMention.Name> prepareNames(List<String> declared) {
        // Read once per distinct reading of the first steps (NameNormalizer.normalizeAll): spellings of one firm differ in
        // case and punctuation more often than in words.
        List<NormalizedName> read = normalizer.normalizeAll(declared);
        Map<PreparedMention.Name.Reading, Integer> readingIds = HashMap.newHashMap(read.size());
        int[] readingOf = new int[read.size()];
        List<Integer> first = new ArrayList<>();
        for (int k = 0; k < read.size(); k++) {
            Integer id = readingIds.putIfAbsent(PreparedMention.Name.Reading.of(read.get(k)), first.size());
            if (id == null) {
                id = first.size();
                first.add(k);
            }
            readingOf[k] = id;
        }
        List<PreparedMention.Name> byReading = first.parallelStream().map(k -> PreparedMention.Name.of(read.get(k), normalizer)).toList();
        List<PreparedMention.Name> out = new ArrayList<>(read.size());
        for (int k = 0; k < read.size(); k++) {
            PreparedMention.Name name = byReading.get(readingOf[k]);
            out.add(first.get(readingOf[k]) == k ? name : name.readAs(read.get(k)));
        }
        return out;
    }

    /** The address words numbered, each address's ascending: the pairs of mentions compare addresses hundreds of thousands of times. */
    private static int[][] numberWords(List<Set<String>> addressWords) {
        Map<String, Integer> wordIds = new HashMap<>();
        int[][] addressWordIds = new int[addressWords.size()][];
        for (int a = 0; a < addressWordIds.length; a++) {
            int[] ids = new int[addressWords.get(a).size()];
            int k = 0;
            for (String w : addressWords.get(a)) ids[k++] = wordIds.computeIfAbsent(w, x -> wordIds.size());
            Arrays.sort(ids);
            addressWordIds[a] = ids;
        }
        return addressWordIds;
    }

    /**
     * Each mention's place in the content order (equal contents, equal places): compared as numbers, not as the long
     * sort keys, in every decision and in the sort of the merges.
     */
    private static int[] contentPlaces(List<PreparedMention> prepared) {
        int n = prepared.size();
        Integer[] byContent = new Integer[n];
        for (int i = 0; i < n; i++) byContent[i] = i;
        StableSort.onTwoThreads(byContent, Comparator.comparing(i -> prepared.get(i).sortKey()));
        int[] place = new int[n];
        for (int k = 1; k < n; k++) {
            boolean same = prepared.get(byContent[k]).sortKey().equals(prepared.get(byContent[k - 1]).sortKey());
            place[byContent[k]] = same ? place[byContent[k - 1]] : k;
        }
        return place;
    }

    /**
     * A comparison depends on the two names and the country, whose seat cities it excuses (Cities.seatWords), and of a
     * name only on how it reads: its script, its spellings and its acronyms (its words, their weights and the seats all
     * follow from these). Names declared apart often read alike ("ACME TRADING LLC", "Acme Trading L.L.C."), and every
     * pair of readings is then compared once, three to four times fewer comparisons than pairs of names. The pairs are
     * keyed by (reading, country), numbered over the (name, country) numbers.
     *
     * @param of     for each mention, the number of its reading
     * @param reader for each reading, a mention that reads so
     */
    private record Readings(int[] of, int[] reader) {
        private record Reading(String script, List<List<String>> spellings, Set<String> acronyms, String country) {
            // Written out, with a record's hash: the generated ones are method handles, slow under the quick compiler.
            @Override
            public boolean equals(Object o) {
                return this == o || o instanceof Reading r && java.util.Objects.equals(script, r.script) && java.util.Objects.equals(spellings, r.spellings)
                        && java.util.Objects.equals(acronyms, r.acronyms) && java.util.Objects.equals(country, r.country);
            }

            @Override
            public int hashCode() {
                return ((java.util.Objects.hashCode(script) * 31 + java.util.Objects.hashCode(spellings)) * 31 + java.util.Objects.hashCode(acronyms)) * 31
                        + java.util.Objects.hashCode(country);
            }
        }

        static Readings of(List<PreparedMention> prepared, Numbering compared) {
            int[] bearer = compared.first();
            Map<Reading, Integer> readingIds = HashMap.newHashMap(bearer.length);
            int[] readingOfCompared = new int[bearer.length];
            List<Integer> readers = new ArrayList<>();
            for (int k = 0; k < bearer.length; k++) {
                PreparedMention b = prepared.get(bearer[k]);
                Integer id = readingIds.putIfAbsent(new Reading(b.name().script(), b.spellings(), b.acronyms(), b.country()), readers.size());
                if (id == null) {
                    id = readers.size();
                    readers.add(bearer[k]);
                }
                readingOfCompared[k] = id;
            }
            int n = prepared.size();
            int[] readingOf = new int[n];
            for (int i = 0; i < n; i++) readingOf[i] = readingOfCompared[compared.of()[i]];
            return new Readings(readingOf, readers.stream().mapToInt(Integer::intValue).toArray());
        }
    }

    /** A merge or cannot-link found; the merge's score and address similarity copied in, which the sort of the merges reads millions of times. */
    private record Link(PreparedMention a, PreparedMention b, PairDecision.Verdict verdict, int first, int last, double score, double address) {}

    /**
     * The mentions that name one entry, per entry and country (a group of two or more; {@code entryOfCompared} looked up
     * per name and country): the groups in order of entry and country, each's mentions in content order, so that which
     * joins a conflict refuses does not depend on the input order.
     */
    private static List<EntryGroup> entryLinks(String[] entryOfCompared, Numbering compared, List<PreparedMention> prepared, int[] place) {
        Map<String, List<Integer>> byEntry = new HashMap<>();
        int[] of = compared.of();
        for (int i = 0; i < of.length; i++) {
            String entry = of[i] < 0 ? null : entryOfCompared[of[i]];
            if (entry != null) byEntry.computeIfAbsent(entry + '\u0000' + prepared.get(i).country(), k -> new ArrayList<>(2)).add(i);
        }
        List<EntryGroup> groups = new ArrayList<>();
        byEntry.entrySet().stream().filter(e -> e.getValue().size() > 1).sorted(Map.Entry.comparingByKey()).forEach(e -> {
            List<Integer> ms = new ArrayList<>(e.getValue());
            ms.sort(Comparator.<Integer>comparingInt(i -> place[i]).thenComparing(i -> prepared.get(i).sortKey()));
            groups.add(new EntryGroup(e.getKey().substring(0, e.getKey().indexOf('\u0000')), ms.stream().mapToInt(Integer::intValue).toArray()));
        });
        return groups;
    }

    /** Mentions of one country whose names are names of one entry, in content order. */
    private record EntryGroup(String entry, int[] mentions) {}

    /**
     * Joins each group's mentions into one cluster, before any comparison's verdict is applied: names of one entry are
     * one party whatever their words, so a cannot-link between two of them (two aliases alike but for one word) does not
     * hold them apart. Identifiers still do ({@link ConstrainedClusters#union}): a mention that declares another number of a
     * register than the cluster holds stays out. Each mention joins the cluster of the first mention before it (in content
     * order) whose cluster takes it, so mentions declaring one other number become one party of their own. The joins made.
     */
    private static List<MergeEvidence> joinEntries(List<EntryGroup> groups, ConstrainedClusters clusters) {
        List<MergeEvidence> joined = new ArrayList<>();
        for (EntryGroup g : groups) {
            int[] ms = g.mentions();
            for (int k = 1; k < ms.length; k++) {
                for (int j = 0; j < k; j++) {
                    if (clusters.find(ms[j]) == clusters.find(ms[k])) break;
                    if (clusters.union(ms[j], ms[k])) {
                        joined.add(MergeEvidence.sameEntry(Math.min(ms[j], ms[k]), Math.max(ms[j], ms[k]), g.entry()));
                        break;
                    }
                }
            }
        }
        return joined;
    }

    /**
     * Applies the cannot-links found, then joins the merges strongest first where the constraints allow, in one walk
     * over the links found (the merges gathered in the order found); the merges that joined two clusters, in order.
     *
     * <p>A cannot-link between a mention joined as a name of a registered entry ({@code entryState} 2) and a mention that
     * names no entry (0) is not applied: the entry's names differ in words by nature ("ALPHA IMPEX ITHALAT VE IHRACAT" and
     * "ALPHA IMPEX IMPORT EXPORT"), and a misspelling of one of them ("ALHPA IMPEX ITHALAT ...") clashes with the others as
     * a namesake would, so the cannot-link would keep it out of the party it merges with. Between two mentions that both
     * name an entry, or neither, it holds.
     */
    private static List<Link> join(Link[][] found, ConstrainedClusters clusters, byte[] entryState) {
        int mergeCount = 0;
        for (Link[] l : found) for (Link x : l) if (x.verdict().kind() == PairDecision.Kind.MERGE) mergeCount++;
        Link[] merges = new Link[mergeCount];
        int m = 0;
        for (Link[] l : found) {
            for (Link x : l) {
                if (x.verdict().kind() == PairDecision.Kind.CANNOT_LINK) {
                    int a = entryState[x.a().index()], b = entryState[x.b().index()];
                    if (a + b != 2 || a == 1) clusters.forbid(x.a().index(), x.b().index());
                }
                else if (x.verdict().kind() == PairDecision.Kind.MERGE) merges[m++] = x;
            }
        }
        // Ties break on content, never on input positions: the partition must not depend on the order.
        // Among equal scores, agreeing addresses first: a mention without identifier then joins the sibling
        // (same name, another number) that declared its address.
        Comparator<Link> strongestFirst = (x, y) -> {
            int c = Double.compare(-x.score(), -y.score());
            if (c != 0) return c;
            c = Double.compare(-x.address(), -y.address());
            if (c != 0) return c;
            c = Integer.compare(x.first(), y.first());
            return c != 0 ? c : Integer.compare(x.last(), y.last());
        };
        // A stable sort, so the order is the same whatever the threads. (A parallel stream's sort ran on one thread on two
        // cores: Arrays.parallelSort sorts alone when the common pool has one worker.)
        StableSort.onTwoThreads(merges, strongestFirst);
        List<Link> joined = new ArrayList<>();
        for (Link l : merges) {
            int ra = clusters.find(l.a().index()), rb = clusters.find(l.b().index());
            if (ra == rb) continue;
            if (clusters.union(ra, rb)) joined.add(l);
        }
        return joined;
    }

    private static long pairKey(int first, int second) {
        return ((long) first << 32) | second;
    }

    /** The party of each mention: the clusters numbered in the order of their first mention. */
    private static int[] partyOf(ConstrainedClusters clusters, int n) {
        int[] partyOf = new int[n];
        int[] partyOfRoot = new int[n];
        Arrays.fill(partyOfRoot, -1);
        int parties = 0;
        for (int i = 0; i < n; i++) {
            int root = clusters.find(i);
            if (partyOfRoot[root] < 0) partyOfRoot[root] = parties++;
            partyOf[i] = partyOfRoot[root];
        }
        return partyOf;
    }

    private static List<ResolvedParty> parties(List<PreparedMention> prepared, int[] partyOf, List<MergeEvidence> accepted) {
        int n = prepared.size();
        List<List<Integer>> members = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (partyOf[i] == members.size()) members.add(new ArrayList<>());
            members.get(partyOf[i]).add(i);
        }
        List<List<MergeEvidence>> evidence = new ArrayList<>();
        for (int p = 0; p < members.size(); p++) evidence.add(new ArrayList<>());
        for (MergeEvidence e : accepted) evidence.get(partyOf[e.first()]).add(e);
        List<ResolvedParty> parties = new ArrayList<>(members.size());
        for (int p = 0; p < members.size(); p++) {
            List<Integer> ms = members.get(p);
            PartyMention canonical = ms.stream().map(i -> prepared.get(i).mention())
                    .min(Comparator.comparingLong(PartyMention::occurrences).reversed().thenComparing(PartyMention::name)).orElseThrow();
            TreeSet<String> ids = new TreeSet<>(), addresses = new TreeSet<>();
            for (int i : ms) {
                PartyMention m = prepared.get(i).mention();
                if (m.identifier() != null) ids.add(m.identifier());
                if (m.address() != null) addresses.add(m.address());
            }
            parties.add(new ResolvedParty(p, canonical.name(), canonical.country(), ms.stream().mapToInt(Integer::intValue).toArray(),
                    List.copyOf(ids), List.copyOf(addresses), evidence.get(p)));
        }
        return parties;
    }
}
