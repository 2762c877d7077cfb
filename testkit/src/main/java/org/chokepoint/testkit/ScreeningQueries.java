package org.chokepoint.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Invented screening queries in several scripts and spellings ({@code screening-queries.txt}), one a line in the syntax of
 * core's {@code cases.tsv} ("name|country=..|type=..|identifier=.."): for tests that compare two ways of answering the
 * same queries (an index built in memory and one read back from a file). Stateless.
 */
public final class ScreeningQueries {
    private ScreeningQueries() {}

    /** The queries, in file order, without comments and blank lines. */
    public static List<String> all() {
        try (InputStream in = ScreeningQueries.class.getResourceAsStream("screening-queries.txt")) {
            if (in == null) throw new IllegalStateException("missing resource screening-queries.txt");
            List<String> out = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) out.add(line.strip());
            }
            return List.copyOf(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
