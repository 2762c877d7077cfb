package org.chokepoint.cli.batch;

import com.fasterxml.jackson.databind.node.ObjectNode;
import de.siegmar.fastcsv.reader.CsvRecord;
import org.chokepoint.cli.output.MatchJson;
import org.chokepoint.lists.Rejection;
import org.chokepoint.screening.Screener;
import org.chokepoint.screening.ScreeningBatch;
import org.chokepoint.screening.ScreeningQuery;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.stream.IntStream;

/**
 * Screens every row of a parties CSV ({@code id,name[,country,type,identifier]}, other columns ignored)
 * and writes one JSON line per row, in input order, even when nothing matched. Rows are screened in
 * parallel chunks; output order is kept. A row that cannot be screened (wrong field count, no id, neither a name nor an identifier) still
 * gets its line, with an {@code error} field, and is counted as rejected. A row whose query normalises the same as an
 * earlier row's (same country, type, identifier) gets that row's answer from memory ({@link ScreeningBatch}): the same
 * answer, as screening it again would give.
 */
public final class BatchScreening {
    private static final int CHUNK = 2_000;

    private BatchScreening() {}

    /**
     * Rows read, written, and the rows rejected with reasons; {@code seconds} the screening time; {@code remembered} the
     * rows answered from memory, because an earlier row's query normalised the same.
     */
    public record Result(long read, long written, long withMatches, List<Rejection> rejected, double seconds, long remembered) {}

    /** Screens the rows of a parties file already read and checked ({@link PartiesFile#read}). */
    public static Result run(Screener screener, PartiesFile file, Path out, int limit, double minScore, BiConsumer<Long, Long> progress)
            throws IOException {
        Map<String, Integer> header = file.header();
        int fields = file.fields();
        List<CsvRecord> data = file.rows();
        List<Rejection> rejected = new ArrayList<>();
        long start = System.nanoTime();
        long withMatches = 0;
        ScreeningBatch batch = screener.batch();
        Path tmp = out.resolveSibling(out.getFileName() + ".part");
        if (out.getParent() != null) Files.createDirectories(out.getParent());
        try (BufferedWriter w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            for (int from = 0; from < data.size(); from += CHUNK) {
                int to = Math.min(data.size(), from + CHUNK);
                int base = from;
                ObjectNode[] results = new ObjectNode[to - from];
                String[] errors = new String[to - from];
                IntStream.range(from, to).parallel().forEach(i -> {
                    CsvRecord row = data.get(i);
                    String id = field(row, header.get("id"));
                    String name = field(row, header.get("name"));
                    if (row.getFieldCount() != fields) errors[i - base] = "expected " + fields + " fields, found " + row.getFieldCount();
                    else if (id == null) errors[i - base] = "empty id";
                    ScreeningQuery q = errors[i - base] != null ? null
                            : ScreeningQuery.of(name == null ? "" : name, field(row, header.get("country")), field(row, header.get("type")),
                                    field(row, header.get("identifier")), limit, minScore);
                    if (q != null && q.screensNothing()) errors[i - base] = ScreeningQuery.NOTHING_TO_SCREEN;
                    if (errors[i - base] != null) {
                        results[i - base] = MatchJson.result(id == null ? "" : id, name == null ? "" : name, List.of(), false).put("error", errors[i - base]);
                        return;
                    }
                    results[i - base] = MatchJson.result(id, name == null ? "" : name, batch.screen(q), false);
                });
                for (int i = 0; i < results.length; i++) {
                    if (errors[i] != null) rejected.add(new Rejection(file.name(), data.get(from + i).getStartingLineNumber(), null, errors[i]));
                    if (!results[i].path("matches").isEmpty()) withMatches++;
                    w.write(results[i].toString());
                    w.write('\n');
                }
                progress.accept((long) to, (long) data.size());
            }
        }
        Files.move(tmp, out, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        return new Result(data.size(), data.size(), withMatches, rejected, (System.nanoTime() - start) / 1e9, batch.remembered());
    }

    private static String field(CsvRecord row, Integer index) {
        if (index == null || index >= row.getFieldCount()) return null;
        String v = row.getField(index).strip();
        return v.isEmpty() ? null : v;
    }
}
