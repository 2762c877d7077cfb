package org.chokepoint.network.resolve;

import org.chokepoint.similarity.TransliterationKey;
import org.chokepoint.text.TokenWeights;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which pairs of mentions are worth a pairwise decision: those of one country that share a blocking key.
 * Keys, each prefixed by the country: every declared identifier; every distinctive (non-generic) word of
 * three letters or more in any compared spelling; its {@link TransliterationKey} (words of six letters or
 * more, so "Mikroelektronika" and "Mikroelektronica" meet); its first five letters (words of seven or more,
 * so a typing error further on still meets); and the whole name written together ("gazprombank").
 * A key shared by more than {@link ResolutionSettings#maxBlockSize()} mentions proposes nothing: a word
 * that common is no evidence, and the pairs it would propose grow with its square.
 *
 * <p>Misses, by construction: two spellings of one party in different countries; two spellings whose
 * distinctive words all have two typing errors, or one in words of fewer than five letters, with no
 * adjacent word to pair them with.
 */
final class Blocking {
    /** Words at least this long also get deletion keys. */
    static final int DELETION_MIN_LENGTH = 5;
    /** Deletion keys drop each of this many first letters; errors further on meet through the prefix keys. */
    static final int DELETION_SPAN = 4;

    private Blocking() {}

    /** For every mention, the others (of higher index) it shares a usable key with, ascending. */
    static int[][] candidates(List<PreparedMention> mentions, int maxBlockSize) {
        // The keys of a name depend on what the name reads as and the country only ({@link #nameKeys}), and mentions
        // repeat a reading in one country (one firm, several identifiers; one name written several ways): those keys are
        // worked out and filed once per reading and country, a block then counting the mentions of each, and the
        // identifiers' once per mention. Worked out in parallel (building the strings is most of the cost).
        int n = mentions.size();
        Map<NameKeySource, Integer> nameGroups = new HashMap<>();
        int[] nameGroup = new int[n];
        List<PreparedMention> bearers = new ArrayList<>();
        for (int x = 0; x < n; x++) {
            PreparedMention m = mentions.get(x);
            Integer g = nameGroups.putIfAbsent(NameKeySource.of(m), bearers.size());
            if (g == null) {
                g = bearers.size();
                bearers.add(m);
            }
            nameGroup[x] = g;
        }
        int groups = bearers.size();
        // The mentions of each group, ascending.
        int[] groupSize = new int[groups];
        for (int x = 0; x < n; x++) groupSize[nameGroup[x]]++;
        int[][] groupMembers = new int[groups][];
        for (int g = 0; g < groups; g++) groupMembers[g] = new int[groupSize[g]];
        int[] fillGroup = new int[groups];
        for (int x = 0; x < n; x++) groupMembers[nameGroup[x]][fillGroup[nameGroup[x]]++] = mentions.get(x).index();
        WordKeys wordKeys = new WordKeys();
        List<Set<String>> nameKeysOf = bearers.parallelStream().map(m -> nameKeys(m, wordKeys)).toList();
        List<List<String>> idKeysOf = mentions.stream().map(Blocking::identifierKeys).toList();
        int keyCount = 0;
        for (int x = 0; x < n; x++) keyCount += idKeysOf.get(x).size();
        for (int g = 0; g < groups; g++) keyCount += nameKeysOf.get(g).size();
        // Filed in shards by the key's hash, one thread each: the map of the keys is most of the cost of blocking. The
        // order of the blocks and of their members does not matter: each mention's candidates are sorted below. Sized for
        // its share of the keys at once: growing a map of a million keys rehashes it many times over.
        int shards = Math.max(1, Math.min(8, Runtime.getRuntime().availableProcessors()));
        int perShard = keyCount / shards + 1;
        List<int[]> usable = java.util.stream.IntStream.range(0, shards).parallel().mapToObj(shard -> {
            // Identifier keys and name keys never coincide (their kinds differ): the first are filed by mention, the
            // others by group of mentions.
            Map<String, Members> byIdentifier = new HashMap<>(), byName = HashMap.newHashMap(perShard);
            for (int x = 0; x < n; x++) {
                int index = mentions.get(x).index();
                for (String key : idKeysOf.get(x)) {
                    if (Math.floorMod(key.hashCode(), shards) == shard) byIdentifier.computeIfAbsent(key, k -> new Members()).add(index, 1);
                }
            }
            for (int g = 0; g < groups; g++) {
                for (String key : nameKeysOf.get(g)) {
                    if (Math.floorMod(key.hashCode(), shards) == shard) byName.computeIfAbsent(key, k -> new Members()).add(g, groupSize[g]);
                }
            }
            List<int[]> kept = new ArrayList<>();
            for (Members block : byIdentifier.values()) if (usable(block, maxBlockSize)) kept.add(java.util.Arrays.copyOf(block.members, block.size));
            for (Members block : byName.values()) {
                if (!usable(block, maxBlockSize)) continue;
                int[] members = new int[block.mentions];
                int at = 0;
                for (int k = 0; k < block.size; k++) for (int i : groupMembers[block.members[k]]) members[at++] = i;
                kept.add(members);
            }
            return kept;
        }).flatMap(List::stream).toList();
        // Per mention, the blocks it belongs to; then the union of their later members.
        int[] count = new int[n];
        for (int[] b : usable) for (int i : b) count[i]++;
        int[][] memberOf = new int[n][];
        for (int i = 0; i < n; i++) memberOf[i] = new int[count[i]];
        int[] fill = new int[n];
        for (int k = 0; k < usable.size(); k++) for (int i : usable.get(k)) memberOf[i][fill[i]++] = k;
        int[][] out = new int[n][];
        // Made distinct per mention by a stamp per mention (the mention last seen), then sorted: a mention's blocks hold
        // it and its later members many times over (5.3 million entries at a million records for 0.4 million distinct
        // pairs), and sorting them all to drop the repeats cost more than the rest of blocking. Each thread its own
        // stamps, taking slices of the mentions weighed by the entries of their blocks (Slices).
        int[] entries = new int[n + 1];
        for (int i = 0; i < n; i++) {
            int e = 0;
            for (int k : memberOf[i]) e += usable.get(k).length;
            entries[i + 1] = entries[i] + e;
        }
        Slices.forEach(n, entries, () -> new Stamps(n), (own, i) -> {
            int[] seen = own.seen;
            int found = 0;
            for (int k : memberOf[i]) {
                for (int j : usable.get(k)) {
                    if (j <= i || seen[j] == i) continue;
                    seen[j] = i;
                    if (found == own.later.length) own.later = java.util.Arrays.copyOf(own.later, found * 2);
                    own.later[found++] = j;
                }
            }
            java.util.Arrays.sort(own.later, 0, found);
            out[i] = java.util.Arrays.copyOf(own.later, found);
        });
        return out;
    }

    /** One thread's stamps: the mention each other one was last seen for, and the later members found. */
    private static final class Stamps {
        final int[] seen;
        int[] later = new int[16];

        Stamps(int n) {
            seen = new int[n];
            java.util.Arrays.fill(seen, -1);
        }
    }

    /** The members of one block (mentions, or groups of mentions), and how many mentions they are. */
    private static final class Members {
        int[] members = new int[2];
        int size;
        int mentions;

        void add(int member, int mentionCount) {
            if (size == members.length) members = java.util.Arrays.copyOf(members, size * 2);
            members[size++] = member;
            mentions += mentionCount;
        }
    }

    /** A block of two mentions or more and no more than the most: a key that common is no evidence. */
    private static boolean usable(Members block, int maxBlockSize) {
        return block.mentions >= 2 && block.mentions <= maxBlockSize;
    }

    /**
     * Everything {@link #nameKeys} reads of a mention: mentions equal in these have the same name keys. The seats as text,
     * since arrays compare by identity.
     */
    private record NameKeySource(List<List<String>> spellings, String concatenated, boolean empty, Set<String> acronyms, String seats,
                                 String country) {
        static NameKeySource of(PreparedMention m) {
            return new NameKeySource(m.spellings(), m.name().concatenated(), m.name().isEmpty(), m.acronyms(),
                    m.seats() == null ? "" : java.util.Arrays.deepToString(m.seats()), m.country());
        }

        // Written out, with a record's hash: the generated ones are method handles, slow under the quick compiler.
        @Override
        public boolean equals(Object o) {
            return this == o || o instanceof NameKeySource k && empty == k.empty && java.util.Objects.equals(spellings, k.spellings)
                    && java.util.Objects.equals(concatenated, k.concatenated) && java.util.Objects.equals(acronyms, k.acronyms)
                    && java.util.Objects.equals(seats, k.seats) && java.util.Objects.equals(country, k.country);
        }

        @Override
        public int hashCode() {
            int h = java.util.Objects.hashCode(spellings);
            h = h * 31 + java.util.Objects.hashCode(concatenated);
            h = h * 31 + Boolean.hashCode(empty);
            h = h * 31 + java.util.Objects.hashCode(acronyms);
            h = h * 31 + java.util.Objects.hashCode(seats);
            return h * 31 + java.util.Objects.hashCode(country);
        }
    }

    /**
     * The keys of one distinctive word in one country ({@link #wordKeys}), remembered for one blocking: a word recurs in
     * name after name ("elektronika", "shenzhen"), and its keys were made anew each time (a transliteration key, a
     * prefix, five deletions). The same key then is one string in every name that has it, which the maps of the keys
     * below compare by identity and hash once. Thread-safe.
     */
    private static final class WordKeys {
        private final Map<String, java.util.concurrent.ConcurrentHashMap<String, String[]>> byCountry = new java.util.concurrent.ConcurrentHashMap<>();

        String[] of(String country, String word) {
            return byCountry.computeIfAbsent(country, x -> new java.util.concurrent.ConcurrentHashMap<>())
                    .computeIfAbsent(word, w -> wordKeys(country + "|", w));
        }
    }

    /** The keys of one distinctive word of three letters or more, in the country {@code c} (its code and "|"), in order. */
    private static String[] wordKeys(String c, String t) {
        List<String> keys = new ArrayList<>(8);
        keys.add(c + "t|" + t);
        if (t.length() >= TransliterationKey.MIN_LENGTH) keys.add(c + "k|" + TransliterationKey.of(t));
        if (t.length() >= 7) keys.add(c + "p|" + t.substring(0, 5));
        if (t.length() >= DELETION_MIN_LENGTH) {
            // The word and the word less one of its first letters: a letter swapped, dropped, added or
            // replaced near the start ("vsotok" / "vostok" both give "votok") still meets.
            keys.add(c + "d|" + t);
            for (int i = 0; i < DELETION_SPAN; i++) keys.add(c + "d|" + t.substring(0, i) + t.substring(i + 1));
        }
        return keys.toArray(String[]::new);
    }

    private static String head(String word) {
        return word.length() <= 3 ? word : word.substring(0, 3);
    }

    /** All the blocking keys of a mention: its identifiers' ({@link #identifierKeys}) and its name's ({@link #nameKeys}). */
    static Set<String> keys(PreparedMention m) {
        Set<String> keys = new LinkedHashSet<>(identifierKeys(m));
        keys.addAll(nameKeys(m));
        return keys;
    }

    /** The keys of the mention's declared identifiers, each once. */
    static List<String> identifierKeys(PreparedMention m) {
        if (m.identifiers().isEmpty()) return List.of();
        Set<String> keys = new LinkedHashSet<>();
        String c = m.country() + "|";
        for (DeclaredIdentifier id : m.identifiers()) keys.add(c + "i|" + id.key());
        return List.copyOf(keys);
    }

    /** The keys of the mention's name in its country: a function of the name and the country only. */
    static Set<String> nameKeys(PreparedMention m) {
        return nameKeys(m, new WordKeys());
    }

    /** {@link #nameKeys(PreparedMention)}, the keys of each word in a country taken from {@code wordKeys}. */
    private static Set<String> nameKeys(PreparedMention m, WordKeys wordKeys) {
        Set<String> keys = new LinkedHashSet<>();
        String c = m.country() + "|";
        for (List<String> spelling : m.spellings()) {
            for (String t : spelling) {
                if (t.length() < 3 || TokenWeights.isGeneric(t)) continue;
                for (String k : wordKeys.of(m.country(), t)) keys.add(k);
            }
        }
        if (!m.name().isEmpty()) keys.add(c + "c|" + m.name().concatenated());
        // Its acronyms as a name written together: "АО КРЭТ" meets "Концерн Радиоэлектронные технологии".
        for (String acronym : m.acronyms()) keys.add(c + "c|" + acronym);
        // Every compared spelling written together: a translated or other romanised variant ("dongguan
        // ruifeng technology" from the Chinese) meets its Latin spelling when each word is too common a key.
        for (int s = 0; s < m.spellings().size(); s++) {
            List<String> spelling = m.spellings().get(s);
            String joined = String.join("", spelling);
            keys.add(c + "c|" + joined);
            // Without its seat city too: "KasibSystems (Shenzhen)" meets "Kasib Systems", to merge or to be kept apart.
            boolean[] seat = m.seats() == null ? null : m.seats()[s];
            if (seat != null) {
                StringBuilder rest = new StringBuilder();
                for (int i = 0; i < seat.length; i++) if (!seat[i]) rest.append(spelling.get(i));
                if (!rest.isEmpty()) keys.add(c + "c|" + rest);
            }
            // Cyrillic "дж" read "dzh" where Latin writes "j" ("Ак-Джол" / "Ak-Jol"): short words, often no other key.
            if (joined.contains("dzh")) keys.add(c + "c|" + joined.replace("dzh", "j"));
        }
        // Adjacent words, one of them cut to three letters: still rare when each word alone is common
        // ("Kazan" and "Trading"), and a typing error past the third letter of either still meets.
        for (List<String> spelling : m.spellings()) {
            for (int i = 0; i + 1 < spelling.size(); i++) {
                String x = spelling.get(i), y = spelling.get(i + 1);
                keys.add(c + "b|" + x + " " + head(y));
                keys.add(c + "b|" + head(x) + " " + y);
            }
        }
        return keys;
    }
}
