package org.chokepoint.detect.watchlist;

import org.chokepoint.country.Cities;
import org.chokepoint.model.Address;
import org.chokepoint.model.Entity;
import org.chokepoint.text.NameNormalizer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Listed entities by address, for the red flag "address shared with a listed party". Addresses are
 * compared as sets of words after the names' normalisation (any script to Latin, folded), leaving out
 * the words every address has ("street", "ул", "office", the country) and postal codes (five digits or
 * more: they name a district, not a building). Two addresses are the same building when they share the
 * building's numbers — at least two of them, or all of the shorter address's if it has one — and at least
 * one other distinctive word (the street: a city of the cities table is none), and the shared words cover at
 * least 70% of the shorter address. A city and a street alone, a house number and a city, or neighbouring house
 * numbers, never suffice. Immutable after
 * construction, thread-safe.
 */
public final class AddressIndex {
    static final double MIN_COVER = 0.7;
    static final int MIN_SHARED = 3;

    /** A listed entity at the address, and the listed address that matched. */
    public record AddressHit(Entity entity, String listedAddress, double cover) {}

    /**
     * {@code words}: the numbers of its words ({@link #wordIds}), ascending, so that the words two addresses share are
     * counted by walking two short arrays (hashing each of a party's words against each candidate's set of words was
     * most of the party rules' time at a million records); {@code numbers}: how many of its words hold a digit, counted
     * once here rather than at every comparison.
     */
    private record Listed(Entity entity, String full, int[] words, String country, int numbers) {}

    /** Every word of a listed address, numbered; read-only after construction. */
    private final Map<String, Integer> wordIds = new HashMap<>();
    /** Per word number, whether the word holds a digit. */
    private boolean[] digitWord = new boolean[0];

    private static final Set<String> GENERIC = Set.of(
            "street", "st", "str", "ul", "ulitsa", "ulica", "ulitsy", "prospekt", "prosp", "pr", "pereulok", "per", "shosse", "sh",
            "naberezhnaya", "nab", "bulvar", "ploshchad", "pl", "dom", "d", "korpus", "korp", "k", "stroenie", "str.", "litera", "lit",
            "building", "bldg", "bld", "block", "office", "of", "ofis", "room", "rm", "floor", "fl", "suite", "unit", "flat", "apt", "pom",
            "pomeshchenie", "etazh", "kom", "komnata", "house", "no", "nr", "number", "road", "rd", "avenue", "ave", "lane", "ln",
            "boulevard", "blvd", "square", "city", "g", "gorod", "oblast", "obl", "region", "district", "rayon", "r", "n", "mkr",
            "village", "pos", "poselok", "municipal", "okrug", "federation", "russian", "russia", "rossiya", "rf", "the", "and", "at",
            "on", "in", "p", "o", "box", "po", "mahallesi", "mah", "cad", "caddesi", "sokak", "sok", "kat", "daire", "industrial", "zone",
            "free", "area", "fze", "jafza", "dubai", "uae", "united", "arab", "emirates", "hong", "kong", "china", "prc", "kowloon", "new",
            "territories", "moscow", "moskva", "saint", "petersburg", "sankt", "peterburg",
            // Street types of the western European addresses lists carry ("16 rue de la Paix", "Industriestraße 4").
            "rue", "strasse", "platz", "weg", "via", "viale", "piazza", "calle", "avenida", "plaza");

    private final Map<String, List<Listed>> byWord = new HashMap<>();
    /**
     * The same lists split by the listed address's country ({@link #NO_COUNTRY} for none): a party's address is
     * compared only with listed addresses of its country or of none, and a common word's list is mostly of others.
     */
    private final Map<String, Map<String, List<Listed>>> byWordAndCountry = new HashMap<>();
    private static final String NO_COUNTRY = "\u0000none";

    private AddressIndex() {}

    static AddressIndex of(List<Entity> entities) {
        AddressIndex ix = new AddressIndex();
        for (Entity e : entities) {
            for (Address a : e.addresses()) {
                String full = a.full();
                List<String> tokens = tokens(full);
                Set<String> words = words(tokens);
                if (words.size() < MIN_SHARED || !namesABuilding(full, tokens)) continue;
                Listed l = new Listed(e, full, ix.number(words), a.country(), numbers(words));
                for (String w : words) if (hasDigit(w) || w.length() >= 4) {
                    ix.byWord.computeIfAbsent(w, k -> new ArrayList<>()).add(l);
                    ix.byWordAndCountry.computeIfAbsent(w, k -> new HashMap<>())
                            .computeIfAbsent(l.country() == null ? NO_COUNTRY : l.country(), k -> new ArrayList<>()).add(l);
                }
            }
        }
        return ix;
    }

    /** The numbers of the words, ascending, each word numbered when first seen. Only while the index is built. */
    private int[] number(Set<String> words) {
        int[] ids = new int[words.size()];
        int i = 0;
        for (String w : words) {
            Integer id = wordIds.get(w);
            if (id == null) {
                wordIds.put(w, id = wordIds.size());
                if (id >= digitWord.length) digitWord = java.util.Arrays.copyOf(digitWord, Math.max(16, 2 * id));
                digitWord[id] = hasDigit(w);
            }
            ids[i++] = id;
        }
        java.util.Arrays.sort(ids);
        return ids;
    }

    /** The numbers of those of the words that some listed address has, ascending (a word no listed address has is shared with none). */
    private int[] known(Set<String> words) {
        int[] ids = new int[words.size()];
        int n = 0;
        for (String w : words) {
            Integer id = wordIds.get(w);
            if (id != null) ids[n++] = id;
        }
        ids = java.util.Arrays.copyOf(ids, n);
        java.util.Arrays.sort(ids);
        return ids;
    }

    /** Listed entities at an address like this one, best cover first; empty for blank or too short addresses. */
    public List<AddressHit> find(String address, String country) {
        if (address == null || address.isBlank()) return List.of();
        // The address read once for its words and its city words (reading it was most of the party rules' time, twice).
        List<String> tokens = tokens(address);
        Set<String> words = words(tokens);
        if (words.size() < MIN_SHARED) return List.of();
        // The rarest distinctive word narrows the candidates; an address must share it anyway when it
        // shares most words, so trying the three rarest is enough.
        List<String> rare = words.stream().filter(byWord::containsKey)
                .sorted((x, y) -> Integer.compare(byWord.get(x).size(), byWord.get(y).size())).limit(3).toList();
        if (rare.isEmpty()) return List.of();
        // By identity: a Listed record hashes its whole entity otherwise, names, addresses, raw record and all.
        Map<Listed, Double> hits = new java.util.IdentityHashMap<>();
        int ownNumbers = numbers(words);
        int[] own = known(words);
        Set<Integer> cities = cityWordIds(tokens);
        for (String w : rare) {
            for (Listed l : candidates(w, country)) {
                if (hits.containsKey(l)) continue;
                if (country != null && l.country() != null && !country.equals(l.country())) {
                    hits.put(l, -1.0);
                    continue;
                }
                int shared = 0;
                int sharedNumbers = 0;
                int sharedStreet = 0;
                int[] theirs = l.words();
                for (int i = 0, j = 0; i < own.length && j < theirs.length; ) {
                    if (own[i] < theirs[j]) i++;
                    else if (own[i] > theirs[j]) j++;
                    else {
                        shared++;
                        if (digitWord[own[i]]) sharedNumbers++;
                        else if (!cities.contains(own[i])) sharedStreet++;
                        i++;
                        j++;
                    }
                }
                int numbers = Math.min(ownNumbers, l.numbers());
                boolean building = sharedNumbers >= Math.min(2, numbers) && sharedNumbers >= 1;
                boolean street = sharedStreet >= 1;
                double cover = shared / (double) Math.min(words.size(), theirs.length);
                if (shared >= MIN_SHARED && building && street && cover >= MIN_COVER) hits.put(l, cover);
                else hits.put(l, -1.0);
            }
        }
        List<AddressHit> out = new ArrayList<>();
        hits.entrySet().stream().filter(en -> en.getValue() > 0)
                // Then by the address itself: two addresses of one entity that cover as much came out in identity-hash order,
                // so a run cited either of them ('228 Tianhe Road, Guangzhou' against two of ZEAITER, Ali's on the independent 100k).
                .sorted(Map.Entry.<Listed, Double>comparingByValue().reversed().thenComparing(en -> en.getKey().entity().id())
                        .thenComparing(en -> en.getKey().full()))
                .forEach(en -> out.add(new AddressHit(en.getKey().entity(), en.getKey().full(), en.getValue())));
        return out;
    }

    /**
     * The listed addresses holding the word that a party's address in {@code country} may share a building with:
     * those of that country or of none (any, when the party's country is unknown).
     */
    private Iterable<Listed> candidates(String word, String country) {
        if (country == null) return byWord.get(word);
        Map<String, List<Listed>> byCountry = byWordAndCountry.get(word);
        List<Listed> same = byCountry.getOrDefault(country, List.of()), none = byCountry.getOrDefault(NO_COUNTRY, List.of());
        if (none.isEmpty() || same == none) return same;
        if (same.isEmpty()) return none;
        List<Listed> both = new ArrayList<>(same.size() + none.size());
        both.addAll(same);
        both.addAll(none);
        return both;
    }

    /**
     * The words of an address: the tokens of the names' normalisation ({@link NameNormalizer#stripped}, the tokens of
     * {@link NameNormalizer#normalize} without the variants, translations and acronyms it also works out for a name,
     * which were half the party rules' time), less the generic words and postal codes. The two differ only for a word
     * followed by two or three initials ("Kerimov S. A."): no digit, so no address this index matches either way.
     */
    static Set<String> words(String address) {
        return words(tokens(address));
    }

    /** {@link #words(String)} of the address's {@link #tokens}. */
    private static Set<String> words(List<String> tokens) {
        Set<String> out = new LinkedHashSet<>();
        for (String t : tokens) {
            if (GENERIC.contains(t) || (t.length() >= 5 && t.chars().allMatch(Character::isDigit))) continue;
            if (t.length() > 1 || hasDigit(t)) out.add(t);
        }
        return out;
    }

    /**
     * The numbers of the words that name a city ({@link Cities}): a city says where a building is, not which, so a house
     * number and a city in common ("Industriestraße 4, Frankfurt" and "Friedenstr 4, Frankfurt") are two buildings.
     */
    private Set<Integer> cityWordIds(List<String> tokens) {
        // On all the address's words, generic ones included: "Ho Chi Minh City", "Frankfurt am Main".
        boolean[] city = Cities.cityWords(tokens);
        Set<Integer> out = new java.util.HashSet<>();
        for (int i = 0; i < tokens.size(); i++) {
            Integer id = city[i] ? wordIds.get(tokens.get(i)) : null;
            if (id != null) out.add(id);
        }
        return out;
    }

    /**
     * Places whose parts are numbered like buildings: Dubai's communities ("Al Qusais 2", "Al Quoz Industrial Area 3", "Al
     * Barsha 1"), the districts Dubai addresses are written by. A number after one of them names the district, not a
     * building: a listed address that gives no other ("Deira Al Qusais 2, Dubai") names no building to share.
     */
    private static final Set<String> NUMBERED_DISTRICTS = Set.of("qusais", "quoz", "barsha", "jumeirah", "jumeira", "suqeim", "twar",
            "muhaisnah", "mizhar", "warqa", "nahda", "safa", "khawaneej");

    /**
     * Whether the address has a number that names a building: a word with a digit that is not the number of a district
     * (after it in the same part of the address: "Warehouse 7, Al Quoz Industrial Area 3" has the building 7).
     */
    static boolean namesABuilding(String address, List<String> tokens) {
        // Only an address with a numbered community is read again part by part: the rest are decided on their words.
        if (tokens.stream().noneMatch(NUMBERED_DISTRICTS::contains)) return namesABuilding(tokens);
        for (String part : address.split(",")) if (namesABuilding(tokens(part))) return true;
        return false;
    }

    private static boolean namesABuilding(List<String> tokens) {
        for (int i = 0; i < tokens.size(); i++) {
            String t = tokens.get(i);
            if (!hasDigit(t) || GENERIC.contains(t) || t.length() >= 5 && t.chars().allMatch(Character::isDigit)) continue;
            if (!NUMBERED_DISTRICTS.contains(before(tokens, i))) return true;
        }
        return false;
    }

    /**
     * The nearest word before token i that is not a generic address word: Dubai writes a community's number after its
     * name, also after "Industrial Area" ("Al Qusais Industrial Area 2"); a number before it is a building's ("14 Palm
     * Jumeirah", "108 Al Safa Tower").
     */
    private static String before(List<String> tokens, int i) {
        for (int j = i - 1; j >= 0; j--) {
            String t = tokens.get(j);
            if (!GENERIC.contains(t)) return t;
        }
        return "";
    }

    /** Every word of an address as the names' normalisation reads it ({@link NameNormalizer#stripped}), generic words included. */
    private static List<String> tokens(String address) {
        return NameNormalizer.standard().stripped(address.replace(',', ' ')).tokens();
    }

    private static int numbers(Set<String> words) {
        int n = 0;
        for (String w : words) if (hasDigit(w)) n++;
        return n;
    }

    private static boolean hasDigit(String w) {
        for (int i = 0; i < w.length(); i++) if (Character.isDigit(w.charAt(i))) return true;
        return false;
    }
}
