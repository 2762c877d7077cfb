package org.chokepoint.detect.watchlist;

import org.chokepoint.model.Entity;
import org.chokepoint.model.Schema;
import org.chokepoint.network.resolve.EntryNames;
import org.chokepoint.text.NameNormalizer;
import org.chokepoint.text.NormalizedName;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;

/**
 * The listed firms' names by their words, for resolution ({@link EntryNames}): a firm declared under its English name, a
 * transliteration of its Russian one and its Cyrillic short name is one party when each of these equals, normalised as
 * screening reads it, a name of one list entry. Exact, never fuzzy: a name like a listed one may be a namesake's.
 *
 * <p>A name links only when it names one entry and tells one firm from others:
 * <ul>
 *   <li>an entry is one entity, or its copies on other lists: entities that share two names or more, or all their names
 *       (the SDN entry and its copy on the Consolidated Screening List, OpenSanctions' record of it). A name that two
 *       entries carry (two firms called "ALFA", a parent and a subsidiary under one alias) links nothing;</li>
 *   <li>only organisations link (a person's or a vessel's namesake is no firm of the trade); a name that a person or a
 *       vessel also carries links nothing;</li>
 *   <li>the name's own words, without its legal form and without the generic and descriptive words that say what kind
 *       of firm it is ({@link NameNormalizer#namingWords}: "trading", "plant", "institute", a seat city), must have at
 *       least {@value #MIN_NAMING_CHARACTERS} letters and digits. Firms take common words as names ("PROGRESS",
 *       "ALMAZ", "SIGNAL", "VEKTOR", "TAGMET") far more often than long coinages ("URALVAGONZAVOD", "KALASHNIKOV") or
 *       two words together ("PKK MILANDR"), and a short name equal to a listed one in a country of the entry is a
 *       namesake often enough that its trade must not be added to the listed firm's;</li>
 *   <li>the mention's country must be one the entry gives (any, when it gives none).</li>
 * </ul>
 * Built once per index from the names as the screening index read them; immutable and thread-safe.
 */
public final class ListedNames implements EntryNames {
    /** Letters and digits of a name's own words below which it links nothing (see the class comment). */
    static final int MIN_NAMING_CHARACTERS = 10;

    /** A name more entities carry than this is no name of one entry, and its holders are not counted in pairs. */
    private static final int MAX_HOLDERS = 64;

    /**
     * The kinds of entity a trade party's name may name: organisations, and entities of no stated kind (the Consolidated
     * Screening List's Entity List records, its copies of SDN firms). Persons, vessels and aircraft are never linked.
     */
    private static final Set<Schema> FIRMS = java.util.EnumSet.of(Schema.ORGANIZATION, Schema.UNKNOWN);

    /**
     * A register number more entities carry than this joins none of them: one firm's copies on the lists are a handful
     * (SDN, its copy on the Consolidated Screening List, the UK and EU lists, OpenSanctions), and a number on more is a
     * parent's or a ministry's that the lists repeat on its units.
     */
    private static final int MAX_COPIES = 6;

    private record Entry(String id, Set<String> countries) {}

    /** Every reading of a firm's name that one entry carries, whether or not it tells one firm (asked when found). */
    private final Map<String, Entry> byWords;
    private final NameNormalizer normalizer;
    /**
     * {@link #tellsOneFirm} of the names found so far: asked of the few names a run's parties bear, not of the lists'
     * million (their words' look-ups in the vocabulary were most of building this).
     */
    private final Map<String, Boolean> tells = new java.util.concurrent.ConcurrentHashMap<>();

    private ListedNames(Map<String, Entry> byWords, NameNormalizer normalizer) {
        this.byWords = byWords;
        this.normalizer = normalizer;
    }

    /** No names: links nothing. */
    public static ListedNames none() {
        return new ListedNames(Map.of(), NameNormalizer.standard());
    }

    /**
     * The names of the entities {@code eachName} hands on (entity by entity, every name as the standard normaliser read
     * it: {@link org.chokepoint.screening.Screener#forEachName}).
     */
    public static ListedNames of(java.util.function.Consumer<BiConsumer<Entity, NormalizedName>> eachName, NameNormalizer normalizer) {
        List<Entity> entities = new ArrayList<>();
        List<List<NormalizedName>> namesOf = new ArrayList<>();
        Map<Entity, Integer> ordinal = new java.util.IdentityHashMap<>();
        eachName.accept((entity, name) -> {
            Integer o = ordinal.get(entity);
            if (o == null) {
                o = entities.size();
                ordinal.put(entity, o);
                entities.add(entity);
                namesOf.add(new ArrayList<>(2));
            }
            namesOf.get(o).add(name);
        });
        int n = entities.size();
        // Entities are copies of one entry by the names they share (one name, however many readings, counts once); a
        // firm's name is looked up by every reading of it, and a person's or a vessel's, which only keeps a firm's name
        // from linking, by its words. Each entity's keys worked out on every core: the lists hold a million names.
        List<Set<String>> keysOf = java.util.stream.IntStream.range(0, n).parallel().mapToObj(e -> {
            Set<String> keys = new HashSet<>(2);
            for (NormalizedName name : namesOf.get(e)) {
                String key = key(name.tokens());
                if (key != null) keys.add(key);
            }
            return keys;
        }).toList();
        List<Set<String>> readingsOf = java.util.stream.IntStream.range(0, n).parallel().mapToObj(e -> {
            if (!FIRMS.contains(entities.get(e).schema())) return keysOf.get(e);
            Set<String> keys = new HashSet<>(4);
            for (NormalizedName name : namesOf.get(e)) keys.addAll(readings(name));
            return keys;
        }).toList();
        Map<String, List<Integer>> named = new HashMap<>(), holders = new HashMap<>();
        for (int e = 0; e < n; e++) {
            for (String k : keysOf.get(e)) named.computeIfAbsent(k, x -> new ArrayList<>(1)).add(e);
            for (String k : readingsOf.get(e)) holders.computeIfAbsent(k, x -> new ArrayList<>(1)).add(e);
        }
        int[] entry = copies(entities, keysOf, named);
        // Each entry's countries and id (the least of its entities' ids: the same whatever the order the lists are read in).
        Map<Integer, Set<String>> countries = new HashMap<>();
        Map<Integer, String> ids = new HashMap<>();
        for (int e = 0; e < n; e++) {
            countries.computeIfAbsent(entry[e], x -> new TreeSet<>()).addAll(entities.get(e).countries());
            ids.merge(entry[e], entities.get(e).id(), (a, b) -> a.compareTo(b) <= 0 ? a : b);
        }
        Map<Integer, Entry> entries = new HashMap<>();
        Map<String, Entry> byWords = HashMap.newHashMap(holders.size());
        for (Map.Entry<String, List<Integer>> h : holders.entrySet()) {
            List<Integer> hs = h.getValue();
            int first = entry[hs.getFirst()];
            boolean one = true, firms = true;
            for (int e : hs) {
                one &= entry[e] == first;
                firms &= FIRMS.contains(entities.get(e).schema());
            }
            if (one && firms) byWords.put(h.getKey(), entries.computeIfAbsent(first, f -> new Entry(ids.get(f), Set.copyOf(countries.get(f)))));
        }
        return new ListedNames(java.util.Collections.unmodifiableMap(byWords), normalizer);
    }

    /**
     * Each entity's entry: the least ordinal among the entities it is joined with, entities joined when they share two
     * names or more, all the names of both, or a register number (INN, OGRN, IMO, ...: {@link ListedIndex#REGISTERS}) that
     * at most {@value #MAX_COPIES} entities carry: copies of one entry on several lists, which the lists name differently.
     */
    private static int[] copies(List<Entity> entities, List<Set<String>> keysOf, Map<String, List<Integer>> holders) {
        int n = entities.size();
        Map<Long, Integer> shared = new HashMap<>();
        for (List<Integer> hs : holders.values()) {
            if (hs.size() < 2 || hs.size() > MAX_HOLDERS) continue;
            for (int i = 0; i < hs.size(); i++) for (int j = i + 1; j < hs.size(); j++) {
                int a = Math.min(hs.get(i), hs.get(j)), b = Math.max(hs.get(i), hs.get(j));
                shared.merge((long) a << 32 | b, 1, Integer::sum);
            }
        }
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) parent[i] = i;
        Map<String, List<Integer>> numbers = new HashMap<>();
        for (int e = 0; e < n; e++) {
            for (org.chokepoint.model.Identifier id : entities.get(e).identifiers()) {
                if (!ListedIndex.REGISTERS.contains(id.type())) continue;
                String key = ListedIndex.identifierKey(id.value());
                List<Integer> hs = key.length() >= 6 ? numbers.computeIfAbsent(key, k -> new ArrayList<>(2)) : null;
                if (hs != null && (hs.isEmpty() || hs.getLast() != e)) hs.add(e);
            }
        }
        for (List<Integer> hs : numbers.values()) {
            if (hs.size() < 2 || hs.size() > MAX_COPIES) continue;
            for (int e : hs.subList(1, hs.size())) union(parent, hs.getFirst(), e);
        }
        for (Map.Entry<Long, Integer> s : shared.entrySet()) {
            int a = (int) (s.getKey() >>> 32), b = (int) (long) s.getKey();
            int count = s.getValue();
            if (count >= 2 || count == keysOf.get(a).size() && count == keysOf.get(b).size()) union(parent, a, b);
        }
        int[] entry = new int[n];
        for (int i = 0; i < n; i++) entry[i] = root(parent, i);
        return entry;
    }

    /** Joins the sets of a and b, the least ordinal their root (so the entry's number does not depend on the order). */
    private static void union(int[] parent, int a, int b) {
        int ra = root(parent, a), rb = root(parent, b);
        if (ra != rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
    }

    private static int root(int[] parent, int i) {
        while (parent[i] != i) i = parent[i] = parent[parent[i]];
        return i;
    }

    /** Whether a name's own words ({@link NameNormalizer#namingWords}) have at least {@value #MIN_NAMING_CHARACTERS} letters and digits. */
    static boolean tellsOneFirm(String key, NameNormalizer normalizer) {
        List<String> words = List.of(key.split(" "));
        boolean[] naming = normalizer.namingWords(words);
        int characters = 0;
        for (int i = 0; i < naming.length; i++) if (naming[i]) characters += words.get(i).length();
        return characters >= MIN_NAMING_CHARACTERS;
    }

    /** Words as the lookup keys them, or null for none. */
    private static String key(List<String> words) {
        return words.isEmpty() ? null : String.join(" ", words);
    }

    /**
     * The keys of a name's readings: its words and its other readings ({@link NormalizedName#variants}: the other
     * romanisations of a Cyrillic name, "prikladnoi" beside "prikladnoy"), not its English translation, which rests on
     * common words ("zavod" read "plant").
     */
    private static List<String> readings(NormalizedName name) {
        List<String> out = new ArrayList<>(1 + name.variants().size());
        for (List<String> words : name.tokenLists()) {
            if (words == name.tokens() || !words.equals(name.translated())) {
                String k = key(words);
                if (k != null && !out.contains(k)) out.add(k);
            }
        }
        return out;
    }

    /**
     * {@inheritDoc} Every reading of the name is looked up ({@link #readings}); the entry is the one they find, null when
     * they find none or two.
     */
    @Override
    public String entryOf(NormalizedName name, String country) {
        Entry found = null;
        for (String key : readings(name)) {
            Entry e = byWords.get(key);
            if (e == null || !tells.computeIfAbsent(key, k -> tellsOneFirm(k, normalizer))) continue;
            if (found != null && !found.id().equals(e.id())) return null;
            found = e;
        }
        if (found == null) return null;
        return found.countries().isEmpty() || found.countries().contains(country) ? found.id() : null;
    }

    /** How many readings of names one entry carries (each links when it also tells one firm). */
    public int size() {
        return byWords.size();
    }
}
