package org.chokepoint.server.page;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/**
 * The title and one-line description of each red-flag rule id, from {@code rules.properties}, so pages
 * say what a flag means next to it. Unknown ids come back as themselves. Thread-safe (read once).
 */
public final class RuleTitles {
    private static final Properties RULES = load();

    private RuleTitles() {}

    public static String title(String rule) {
        String v = RULES.getProperty(rule);
        return v == null ? rule : v.substring(0, v.indexOf('|'));
    }

    /** What the rule detects, or null when the id is not known. */
    public static String description(String rule) {
        String v = RULES.getProperty(rule);
        return v == null ? null : v.substring(v.indexOf('|') + 1);
    }

    private static Properties load() {
        Properties p = new Properties();
        try (InputStream in = RuleTitles.class.getResourceAsStream("rules.properties")) {
            if (in != null) p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }
}
