package org.chokepoint.lists.update;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * Where each source is downloaded from: the defaults in {@code sources.properties} (official publisher
 * URLs), overridden key by key by {@code <data dir>/sources.properties}. Keys are
 * {@code <source>.url.<file name>}; unknown key shapes are rejected so that a typo is not silently ignored.
 */
public final class SourceCatalog {
    private final Map<String, Map<String, URI>> urls;

    private SourceCatalog(Map<String, Map<String, URI>> urls) {
        this.urls = urls;
    }

    /** The source id → (file name → URL), sources in file order. */
    public Map<String, Map<String, URI>> urls() {
        return urls;
    }

    public static SourceCatalog load(Path dataDir) throws IOException {
        Properties p = new Properties();
        try (InputStream in = SourceCatalog.class.getResourceAsStream("sources.properties")) {
            if (in == null) throw new IOException("sources.properties missing from the build");
            p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        Path override = dataDir == null ? null : dataDir.resolve("sources.properties");
        if (override != null && Files.isRegularFile(override)) {
            try (Reader r = Files.newBufferedReader(override, StandardCharsets.UTF_8)) {
                p.load(r);
            }
        }
        return of(p, override == null ? "sources.properties" : override.toString());
    }

    static SourceCatalog of(Properties p, String where) {
        Map<String, Map<String, URI>> urls = new LinkedHashMap<>();
        for (String key : new TreeMap<>(p).keySet().stream().map(Object::toString).toList()) {
            int i = key.indexOf(".url.");
            if (i <= 0 || i + 5 >= key.length()) throw new IllegalArgumentException(where + ": unknown key '" + key + "' (expected <source>.url.<file name>)");
            String value = p.getProperty(key).strip();
            if (value.isEmpty()) continue; // an empty override switches a file off
            URI uri = URI.create(value);
            if (uri.getScheme() == null || !(uri.getScheme().equals("https") || uri.getScheme().equals("http")))
                throw new IllegalArgumentException(where + ": " + key + " is not an http(s) URL: " + value);
            urls.computeIfAbsent(key.substring(0, i), k -> new LinkedHashMap<>()).put(key.substring(i + 5), uri);
        }
        return new SourceCatalog(urls);
    }
}
