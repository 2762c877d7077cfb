package org.chokepoint.country;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
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
 * Whether a text is the name of a city that company names carry as their seat ("Shenzhen", "Dubai",
 * "St. Petersburg"), and of which country: {@code cities.txt}, the commercial cities of the countries whose trade is
 * screened. Not a gazetteer; a city it lacks is simply not recognised. Thread-safe; the table is read once.
 */
public final class Cities {
    /** A city's name runs over at most this many words ("ho chi minh city"). */
    public static final int MAX_WORDS = 4;

    private static final Table TABLE = load();

    private Cities() {}

    /** True when the whole text (case, accents, punctuation and spacing aside) is a city of the table. */
    public static boolean isCity(String text) {
        return text != null && TABLE.all.contains(plainKey(text));
    }

    /** True when the words written together are a city of the table ({@code ["nizhny", "novgorod"]}); false for none. */
    public static boolean isCityWords(List<String> words) {
        return !words.isEmpty() && TABLE.all.contains(joinedKey(words, 0, words.size()));
    }

    /**
     * Marks the words that are part of a city of one to {@value #MAX_WORDS} words, so that a city named inside a name
     * ("Nizhny Novgorod Plant") is read as the firm's seat, word by word, and neither half passes for a name of its own.
     *
     * @param words a name's words, normalised; not null
     * @return one flag per word, true where the word belongs to a city
     */
    public static boolean[] cityWords(List<String> words) {
        boolean[] out = marks(words, TABLE.all);
        return out == null ? new boolean[words.size()] : out;
    }

    /**
     * Which words of a name are a city of the given country: "Shenzhen" in "Shenzhen Huaqiang Electronics" says where
     * a Chinese firm sits, not which firm it is, while "Moscow" in a Chinese firm's name is a word of its name. Null
     * when no word is (most names), so that callers allocate nothing.
     *
     * @param words   a name's words, normalised; not null
     * @param country ISO alpha-2 code; null or a country without cities in the table gives null
     */
    public static boolean[] seatWords(List<String> words, String country) {
        Set<String> cities = country == null ? null : TABLE.byCountry.get(country);
        return cities == null ? null : marks(words, cities);
    }

    /**
     * True when the word is one word of some city's name in the table ("nizhny", "novgorod", "tianjin"): a test on one word
     * alone that is true for every word {@link #cityWords} may mark, and for some it does not (a "novgorod" without its
     * "nizhny"). For a bound that must hold whichever city a name carries.
     */
    public static boolean isCityWord(String word) {
        return word != null && TABLE.words.contains(plainKey(word));
    }

    /** The country codes the table has cities for. */
    public static Set<String> countries() {
        return TABLE.byCountry.keySet();
    }

    private static boolean[] marks(List<String> words, Set<String> cities) {
        for (String w : words) if (!plain(w)) return marksByKeys(words, cities);
        // Plain words written together are their own key, and a run of them that begins no city's key cannot grow into
        // one: most words end the search at once, without a string made for each run of up to four words. The same marks
        // as marksByKeys (every name a query or a listed spelling carries is read here, some several times).
        boolean[] out = null;
        for (int i = 0; i < words.size(); i++) {
            String joined = words.get(i);
            for (int k = 1; k <= MAX_WORDS && i + k <= words.size(); k++) {
                if (k > 1) joined = joined.concat(words.get(i + k - 1));
                if (cities.contains(joined)) {
                    if (out == null) out = new boolean[words.size()];
                    java.util.Arrays.fill(out, i, i + k, true);
                }
                if (!TABLE.prefixes.contains(joined)) break;
            }
        }
        return out;
    }

    /**
     * {@link #cityWords} (country null) or {@link #seatWords} as the key of every run of words gives them, never null: for
     * tests, which compare it with the search that stops at a run no city begins with.
     */
    static boolean[] marksByKeys(List<String> words, String country) {
        Set<String> cities = country == null ? TABLE.all : TABLE.byCountry.getOrDefault(country, Set.of());
        boolean[] out = marksByKeys(words, cities);
        return out == null ? new boolean[words.size()] : out;
    }

    /** {@link #marks} by the key of every run of words. */
    private static boolean[] marksByKeys(List<String> words, Set<String> cities) {
        boolean[] out = null;
        for (int i = 0; i < words.size(); i++) {
            for (int k = 1; k <= MAX_WORDS && i + k <= words.size(); k++) {
                if (cities.contains(joinedKey(words, i, i + k))) {
                    if (out == null) out = new boolean[words.size()];
                    java.util.Arrays.fill(out, i, i + k, true);
                }
            }
        }
        return out;
    }

    /** The key of words written together. */
    private static String joinedKey(List<String> words, int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int i = from; i < to; i++) b.append(words.get(i));
        return plainKey(b.toString());
    }

    /** The key of a text; a normalised word (lower-case letters and digits) is its own key, with no regular expression run. */
    private static String plainKey(String text) {
        return plain(text) ? text : key(text);
    }

    /** Whether a text is lower-case letters a to z and digits only (or empty): its own key. */
    private static boolean plain(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9')) return false;
        }
        return true;
    }

    private static String key(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        return n.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "");
    }

    /** {@code prefixes}: every key of {@code all} and each of its beginnings, the empty one too (an empty word joins the next). */
    private record Table(Set<String> all, Map<String, Set<String>> byCountry, Set<String> words, Set<String> prefixes) {}

    private static Table load() {
        Set<String> all = new HashSet<>(), words = new HashSet<>();
        Map<String, Set<String>> byCountry = new HashMap<>();
        try (InputStream in = Cities.class.getResourceAsStream("cities.txt")) {
            if (in == null) throw new IllegalStateException("cities.txt is missing from the classpath");
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            int lineNo = 0;
            for (String line; (line = r.readLine()) != null; ) {
                lineNo++;
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] f = line.split("\t");
                if (f.length != 2 || !f[0].matches("[A-Z]{2}"))
                    throw new IllegalStateException("cities.txt:" + lineNo + ": expected a country code, a tab and the city's spellings");
                Set<String> ofCountry = byCountry.computeIfAbsent(f[0], c -> new HashSet<>());
                for (String spelling : f[1].split("\\|")) {
                    String k = key(spelling);
                    if (k.isEmpty()) throw new IllegalStateException("cities.txt:" + lineNo + ": an empty spelling");
                    all.add(k);
                    ofCountry.add(k);
                    for (String word : spelling.strip().split("[^\\p{L}\\p{N}]+")) if (!key(word).isEmpty()) words.add(key(word));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read cities.txt", e);
        }
        Map<String, Set<String>> frozen = new HashMap<>();
        byCountry.forEach((c, s) -> frozen.put(c, Set.copyOf(s)));
        Set<String> prefixes = new HashSet<>();
        for (String k : all) for (int end = 0; end <= k.length(); end++) prefixes.add(k.substring(0, end));
        return new Table(Set.copyOf(all), Map.copyOf(frozen), Set.copyOf(words), Set.copyOf(prefixes));
    }
}
