package org.chokepoint.network.resolve;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The cities a firm of a country names as its seat ({@code seat-cities.tsv}: the cities of core's
 * {@code country/cities.txt}, each under its country). "Shenzhen" in "Shenzhen Huaqiang Electronics" says where
 * the firm sits, not which firm it is: clerks write it or leave it out, before the name, after it or in brackets.
 * Only a city of the party's own country is a seat: "Moscow" in a Chinese firm's name is a name word. Immutable and
 * thread-safe; the table is read once.
 */
final class SeatCities {
    /** A city's name runs over at most this many words ("ho chi minh city"). */
    static final int MAX_WORDS = 4;
    /** Country code to the folded spellings (letters only) of its cities. */
    private static final Map<String, Set<String>> BY_COUNTRY = load("seat-cities.tsv");

    private SeatCities() {}

    /**
     * Which words of a romanised name are a seat city of the country: for each position, true when the word is part
     * of one to {@value #MAX_WORDS} adjacent words that spell such a city. Null when none are (most names), so callers
     * test for null and allocate nothing.
     *
     * @param words   the name's words (normalised tokens); not null
     * @param country the party's country (ISO alpha-2), null or unknown for none
     */
    static boolean[] seats(List<String> words, String country) {
        Set<String> cities = country == null ? null : BY_COUNTRY.get(country);
        if (cities == null) return null;
        boolean[] out = null;
        for (int i = 0; i < words.size(); i++) {
            StringBuilder joined = new StringBuilder();
            for (int k = 1; k <= MAX_WORDS && i + k <= words.size(); k++) {
                joined.append(words.get(i + k - 1));
                if (cities.contains(joined.toString())) {
                    if (out == null) out = new boolean[words.size()];
                    java.util.Arrays.fill(out, i, i + k, true);
                }
            }
        }
        return out;
    }

    /** The countries of the table, for tests. */
    static Set<String> countries() {
        return BY_COUNTRY.keySet();
    }

    /** The spellings of the country's cities as written in the table, for tests. */
    static Set<String> spellings(String country) {
        return BY_COUNTRY.getOrDefault(country, Set.of());
    }

    /** Case, accents and everything but letters and digits dropped: "Xi'an" and "xian", "Sankt-Peterburg" one key. */
    static String key(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        return n.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "");
    }

    private static Map<String, Set<String>> load(String resource) {
        try (InputStream in = SeatCities.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException(resource + " is missing from the class path");
            Map<String, Set<String>> out = new HashMap<>();
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
            for (int n = 0; n < lines.size(); n++) {
                String line = lines.get(n);
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] f = line.split("\t");
                if (f.length != 2 || !f[0].matches("[A-Z]{2}"))
                    throw new IllegalStateException(resource + " line " + (n + 1) + ": expected a country code, a tab and the cities");
                Set<String> cities = out.computeIfAbsent(f[0], c -> new HashSet<>());
                for (String city : f[1].split("[;|]")) {
                    String k = key(city);
                    if (k.isEmpty()) throw new IllegalStateException(resource + " line " + (n + 1) + ": an empty city spelling");
                    cities.add(k);
                }
            }
            Map<String, Set<String>> frozen = new HashMap<>();
            out.forEach((c, s) -> frozen.put(c, Set.copyOf(s)));
            return Map.copyOf(frozen);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
