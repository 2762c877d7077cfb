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
        Gathered gathered = new Gathered();
        eachName.accept(gathered);
        List<Entity> entities = gathered.entities;
        List<List<NormalizedName>> namesOf = gathered.namesOf;
        int n = entities.size();
        // Entities are copies of one entry by the names they share (one name, however many readings, counts once); a
        // firm's name is looked up by every reading of it, and a person's or a vessel's, which only keeps a firm's name
        // from linking, by its words. Each entity's keys and readings worked out on every core: the lists hold a hundred
        // thousand names. A name's key is among its readings (its words are its first reading), so the readings are all
        // the keys there are.
        List<Keys> keysOf = java.util.stream.IntStream.range(0, n).parallel().mapToObj(e -> {
            Set<String> keys = new HashSet<>(2);
            for (NormalizedName name : namesOf.get(e)) {
                String key = key(name.tokens());
                if (key != null) keys.add(key);
            }
            if (!FIRMS.contains(entities.get(e).schema())) return new Keys(keys, keys, false);
            Set<String> readings = new HashSet<>(4);
            for (NormalizedName name : namesOf.get(e)) readings.addAll(readings(name));
            return new Keys(keys, readings, true);
        }).toList();
        // One look-up per reading of an entity: who holds it, whether they are all firms, and which of them bear it as
        // their words (the copies of an entry are found by those).
        // Walked in the order first held, from a list: a walk of the map's table cost more than the look-ups.
        Map<String, Holders> byReading = HashMap.newHashMap(2 * n);
        List<Holders> holders = new ArrayList<>(2 * n);
        for (int e = 0; e < n; e++) {
            Keys k = keysOf.get(e);
            for (String r : k.readings()) {
                Holders h = byReading.get(r);
                if (h == null) {
                    byReading.put(r, h = new Holders(r));
                    holders.add(h);
                }
                h.add(e, k.firm(), k.keys() == k.readings() || k.keys().contains(r));
            }
        }
        int[] entry = copies(entities, keysOf, holders);
        // Each entry's countries and id (the least of its entities' ids: the same whatever the order the lists are read in),
        // kept at its number (an entry's number is one of its entities' ordinals).
        @SuppressWarnings("unchecked")
        Set<String>[] countries = new Set[n];
        String[] ids = new String[n];
        for (int e = 0; e < n; e++) {
            int f = entry[e];
            if (countries[f] == null) countries[f] = new TreeSet<>();
            countries[f].addAll(entities.get(e).countries());
            String id = entities.get(e).id();
            ids[f] = ids[f] == null || id.compareTo(ids[f]) < 0 ? id : ids[f];
        }
        Entry[] entries = new Entry[n];
        Map<String, Entry> byWords = HashMap.newHashMap(holders.size());
        for (Holders hs : holders) {
            if (!hs.firms) continue;
            int first = entry[hs.all[0]];
            boolean one = true;
            for (int i = 1; i < hs.count && one; i++) one = entry[hs.all[i]] == first;
            if (!one) continue;
            if (entries[first] == null) entries[first] = new Entry(ids[first], Set.copyOf(countries[first]));
            byWords.put(hs.reading, entries[first]);
        }
        return new ListedNames(java.util.Collections.unmodifiableMap(byWords), normalizer);
    }

    /**
     * The entities in the order they come, each with its names. The index hands on an entity's names one after the
     * other, so an entity is looked up by identity only when it is not the one before.
     */
    private static final class Gathered implements BiConsumer<Entity, NormalizedName> {
        final List<Entity> entities = new ArrayList<>();
        final List<List<NormalizedName>> namesOf = new ArrayList<>();
        private final Map<Entity, Integer> ordinal = new java.util.IdentityHashMap<>();
        private Entity last;
        private List<NormalizedName> lastNames;

        @Override
        public void accept(Entity entity, NormalizedName name) {
            if (entity != last) {
                Integer o = ordinal.get(entity);
                if (o == null) {
                    o = entities.size();
                    ordinal.put(entity, o);
                    entities.add(entity);
                    namesOf.add(new ArrayList<>(2));
                }
                last = entity;
                lastNames = namesOf.get(o);
            }
            lastNames.add(name);
        }
    }

    /** An entity's keys (its names' words) and readings (its keys, and for a firm its names' other readings too). */
    private record Keys(Set<String> keys, Set<String> readings, boolean firm) {}

    /**
     * The entities that hold a reading, in ascending order, whether they are all firms, and those that bear it as a
     * key (their names' words), in ascending order; of these, no more than one past {@value #MAX_HOLDERS} are kept (a key
     * more carry joins nothing, {@link #copies}), with their count.
     */
    private static final class Holders {
        final String reading;
        int[] all = new int[1];
        int count;
        boolean firms = true;
        int[] named = NONE;
        int namedCount;

        private static final int[] NONE = new int[0];

        Holders(String reading) {
            this.reading = reading;
        }

        void add(int entity, boolean firm, boolean named) {
            if (count == all.length) all = java.util.Arrays.copyOf(all, 2 * count);
            all[count++] = entity;
            firms &= firm;
            if (!named) return;
            if (namedCount <= MAX_HOLDERS) {
                if (namedCount == this.named.length) this.named = java.util.Arrays.copyOf(this.named, Math.max(2, 2 * namedCount));
                this.named[namedCount] = entity;
            }
            namedCount++;
        }
    }

    /**
     * Each entity's entry: the least ordinal among the entities it is joined with, entities joined when they share two
     * names or more, all the names of both, or a register number (INN, OGRN, IMO, ...: {@link ListedIndex#REGISTERS}) that
     * at most {@value #MAX_COPIES} entities carry: copies of one entry on several lists, which the lists name differently.
     */
    private static int[] copies(List<Entity> entities, List<Keys> keysOf, List<Holders> holders) {
        int n = entities.size();
        Map<Long, Integer> shared = new HashMap<>();
        for (Holders h : holders) {
            int size = h.namedCount;
            if (size < 2 || size > MAX_HOLDERS) continue;
            int[] hs = h.named;
            for (int i = 0; i < size; i++) for (int j = i + 1; j < size; j++) {
                int a = Math.min(hs[i], hs[j]), b = Math.max(hs[i], hs[j]);
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
            if (count >= 2 || count == keysOf.get(a).keys().size() && count == keysOf.get(b).keys().size()) union(parent, a, b);
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
