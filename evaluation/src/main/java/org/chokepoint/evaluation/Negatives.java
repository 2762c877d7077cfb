package org.chokepoint.evaluation;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import org.chokepoint.model.Schema;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Realistic parties that are not listed: manufacturers, distributors, forwarders, banks and traders in
 * the hub countries, and ordinary people, in several scripts ({@code negatives.csv}, see NEGATIVES.md).
 * Any match at or above the threshold is a false positive.
 */
public final class Negatives {
    private Negatives() {}

    public static List<EvalQuery> load() {
        List<EvalQuery> out = new ArrayList<>();
        try (InputStream in = Negatives.class.getResourceAsStream("negatives.csv")) {
            if (in == null) throw new IllegalStateException("negatives.csv missing from the build");
            try (CsvReader<NamedCsvRecord> r = CsvReader.builder().ofNamedCsvRecord(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                int row = 1;
                for (NamedCsvRecord rec : r) {
                    row++;
                    String country = rec.getField("country").strip();
                    out.add(new EvalQuery("negatives", "negative", "negatives.csv:" + row, rec.getField("name").strip(),
                            country.isEmpty() ? null : country, Schema.parse(rec.getField("type")), null, Set.of()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
