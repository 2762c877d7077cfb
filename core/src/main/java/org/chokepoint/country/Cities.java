package org.chokepoint.country;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashSet;
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
