package org.chokepoint.network.resolve;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/** A word list of this package's resources: lines of words separated by spaces, "#" comments. */
final class Words {
    private Words() {}

    /** The words of the resource; fails when it is missing, which is a packaging error. */
    static Set<String> load(String resource) {
        try (InputStream in = Words.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException(resource + " is missing from the class path");
            Set<String> words = new HashSet<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList()) {
                if (line.isBlank() || line.startsWith("#")) continue;
                for (String w : line.strip().split(" +")) words.add(w);
            }
            return Set.copyOf(words);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
