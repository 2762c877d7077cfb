package org.chokepoint.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the tab-separated data files of this package (legal forms, vocabulary, abbreviations):
 * lines starting with {@code #} and blank lines are skipped, columns split on tabs, and
 * alternatives inside a column on {@code |}. Data lives in files so that linguists can extend it
 * without touching code.
 */
final class DataFile {
    private DataFile() {}

    /** The rows of a resource next to this class; each row has at least one non-blank column. */
    static List<String[]> rows(String resource) {
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = DataFile.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing resource " + resource);
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                if (line.isBlank() || line.stripLeading().startsWith("#")) continue;
                String[] cols = line.split("\t");
                for (int i = 0; i < cols.length; i++) cols[i] = cols[i].strip();
                rows.add(cols);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        return rows;
    }

    /** The whole text of a resource next to this class (for ICU rule files). */
    static String text(String resource) {
        try (InputStream in = DataFile.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing resource " + resource);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    /** The {@code |}-separated alternatives of one column, stripped, blanks dropped. */
    static List<String> alternatives(String column) {
        List<String> out = new ArrayList<>();
        for (String part : column.split("\\|")) if (!part.isBlank()) out.add(part.strip());
        return out;
    }
}
