package org.chokepoint.detect.watchlist;

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
 * one other distinctive word (the street), and the shared words cover at least 70% of the shorter
 * address. A city and a street alone, or neighbouring house numbers, never suffice. Immutable after
 * construction, thread-safe.
 */
public final class AddressIndex {
    static final double MIN_COVER = 0.7;
    static final int MIN_SHARED = 3;

    /** A listed entity at the address, and the listed address that matched. */
    public record AddressHit(Entity entity, String listedAddress, double cover) {}

    /** {@code numbers}: how many of its words hold a digit, counted once here rather than at every comparison. */
    private record Listed(Entity entity, String full, Set<String> words, String country, int numbers) {}

    private static final Set<String> GENERIC = Set.of(
            "street", "st", "str", "ul", "ulitsa", "ulica", "ulitsy", "prospekt", "prosp", "pr", "pereulok", "per", "shosse", "sh",
            "naberezhnaya", "nab", "bulvar", "ploshchad", "pl", "dom", "d", "korpus", "korp", "k", "stroenie", "str.", "litera", "lit",
            "building", "bldg", "bld", "block", "office", "of", "ofis", "room", "rm", "floor", "fl", "suite", "unit", "flat", "apt", "pom",
            "pomeshchenie", "etazh", "kom", "komnata", "house", "no", "nr", "number", "road", "rd", "avenue", "ave", "lane", "ln",
            "boulevard", "blvd", "square", "city", "g", "gorod", "oblast", "obl", "region", "district", "rayon", "r", "n", "mkr",
            "village", "pos", "poselok", "municipal", "okrug", "federation", "russian", "russia", "rossiya", "rf", "the", "and", "at",
            "on", "in", "p", "o", "box", "po", "mahallesi", "mah", "cad", "caddesi", "sokak", "sok", "kat", "daire", "industrial", "zone",
            "free", "area", "fze", "jafza", "dubai", "uae", "united", "arab", "emirates", "hong", "kong", "china", "prc", "kowloon", "new",
            "territories", "moscow", "moskva", "saint", "petersburg", "sankt", "peterburg");

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
                Set<String> words = words(full);
                if (words.size() < MIN_SHARED || words.stream().noneMatch(AddressIndex::hasDigit)) continue;
                Listed l = new Listed(e, full, words, a.country(), numbers(words));
                for (String w : words) if (hasDigit(w) || w.length() >= 4) {
                    ix.byWord.computeIfAbsent(w, k -> new ArrayList<>()).add(l);
                    ix.byWordAndCountry.computeIfAbsent(w, k -> new HashMap<>())
                            .computeIfAbsent(l.country() == null ? NO_COUNTRY : l.country(), k -> new ArrayList<>()).add(l);
                }
            }
        }
        return ix;
    }

    /** Listed entities at an address like this one, best cover first; empty for blank or too short addresses. */
    public List<AddressHit> find(String address, String country) {
        if (address == null || address.isBlank()) return List.of();
        Set<String> words = words(address);
        if (words.size() < MIN_SHARED) return List.of();
        // The rarest distinctive word narrows the candidates; an address must share it anyway when it
        // shares most words, so trying the three rarest is enough.
        List<String> rare = words.stream().filter(byWord::containsKey)
                .sorted((x, y) -> Integer.compare(byWord.get(x).size(), byWord.get(y).size())).limit(3).toList();
        // By identity: a Listed record hashes its whole entity otherwise, names, addresses, raw record and all.
        Map<Listed, Double> hits = new java.util.IdentityHashMap<>();
        int ownNumbers = numbers(words);
        for (String w : rare) {
            for (Listed l : candidates(w, country)) {
                if (hits.containsKey(l)) continue;
                if (country != null && l.country() != null && !country.equals(l.country())) {
                    hits.put(l, -1.0);
                    continue;
                }
                int shared = 0;
                int sharedNumbers = 0;
                for (String x : words) if (l.words().contains(x)) {
                    shared++;
                    if (hasDigit(x)) sharedNumbers++;
                }
                int numbers = Math.min(ownNumbers, l.numbers());
                boolean building = sharedNumbers >= Math.min(2, numbers) && sharedNumbers >= 1;
                boolean street = shared - sharedNumbers >= 1;
                double cover = shared / (double) Math.min(words.size(), l.words().size());
                if (shared >= MIN_SHARED && building && street && cover >= MIN_COVER) hits.put(l, cover);
                else hits.put(l, -1.0);
            }
        }
        List<AddressHit> out = new ArrayList<>();
        // Ties end on the listed address: one entity listed at two addresses that both cover the party's equally came
        // out in identity-hash order, so the address the flag names changed from run to run.
        hits.entrySet().stream().filter(en -> en.getValue() > 0)
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

    static Set<String> words(String address) {
        Set<String> out = new LinkedHashSet<>();
        for (String t : NameNormalizer.standard().normalize(address.replace(',', ' ')).tokens()) {
            if (GENERIC.contains(t) || (t.length() >= 5 && t.chars().allMatch(Character::isDigit))) continue;
            if (t.length() > 1 || hasDigit(t)) out.add(t);
        }
        return out;
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
