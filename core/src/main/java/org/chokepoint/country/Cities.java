package org.chokepoint.country;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Whether a text is the name of a city that company names carry as their seat ("Shenzhen", "Dubai",
 * "St. Petersburg"): {@code cities.txt}, the commercial cities of the countries whose trade is screened.
 * Not a gazetteer; a city it lacks is simply not recognised. Thread-safe; the table is read once.
 */
public final class Cities {
    private static final Set<String> NAMES = load();

    private Cities() {}

    /** True when the whole text (case, accents, punctuation and spacing aside) is a city of the table. */
    public static boolean isCity(String text) {
        return text != null && NAMES.contains(key(text));
    }

    /** True when the words written together are a city of the table ({@code ["nizhny", "novgorod"]}); false for none. */
    public static boolean isCityWords(List<String> words) {
        return !words.isEmpty() && NAMES.contains(key(String.join("", words)));
    }

    /** The longest city name, of at most this many words, that a name carries ("sankt peterburg", "nizhny novgorod"). */
    private static final int MAX_WORDS = 3;

    /**
     * Marks the words that are part of a city of one to {@value #MAX_WORDS} words, so that a city named inside a name
     * ("Nizhny Novgorod Plant") is read as the firm's seat, word by word, and neither half passes for a name of its own.
     *
     * @param words a name's words, normalised; not null
     * @return one flag per word, true where the word belongs to a city
     */
    public static boolean[] cityWords(List<String> words) {
        boolean[] city = new boolean[words.size()];
        for (int i = 0; i < words.size(); i++) {
            for (int k = 1; k <= MAX_WORDS && i + k <= words.size(); k++) {
                if (isCityWords(words.subList(i, i + k))) java.util.Arrays.fill(city, i, i + k, true);
            }
        }
        return city;
    }

    private static String key(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        return n.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "");
    }

    private static Set<String> load() {
        Set<String> out = new HashSet<>();
        try (InputStream in = Cities.class.getResourceAsStream("cities.txt")) {
            if (in == null) throw new IllegalStateException("cities.txt is missing from the classpath");
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            int lineNo = 0;
            for (String line; (line = r.readLine()) != null; ) {
                lineNo++;
                if (line.isBlank() || line.startsWith("#")) continue;
                for (String spelling : line.split("\\|")) {
                    String k = key(spelling);
                    if (k.isEmpty()) throw new IllegalStateException("cities.txt:" + lineNo + ": an empty spelling");
                    out.add(k);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read cities.txt", e);
        }
        return Set.copyOf(out);
    }
}
