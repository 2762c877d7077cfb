package org.chokepoint.evaluation.detection;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Party resolution measured over mentions: each (record, role) of {@code truth_parties.csv} is one item
 * whose true label is its party id. Its predicted label is the finding whose {@code record_ids} contain
 * the record and whose spellings contain the name declared for that role in the shipments file; a
 * mention no finding claims is a cluster of its own. Then pairwise and B-cubed scores
 * ({@link ClusteringMetrics}). Holds a map from record id to findings: memory grows with the records.
 */
public final class PartyResolution {
    private PartyResolution() {}

    /** The scores, or null when the findings carry no record ids (nothing to map mentions with). */
    public static DetectionReport.Resolution measure(Path truthParties, Path shipments, List<Finding> findings) throws DetectionFileException {
        Map<String, List<Finding>> byRecord = new HashMap<>();
        for (Finding f : findings) for (String r : f.recordIds()) byRecord.computeIfAbsent(r, x -> new ArrayList<>(1)).add(f);
        if (byRecord.isEmpty()) return null;
        Map<String, String[]> names = declaredNames(shipments);
        Map<String, Integer> trueLabels = new HashMap<>();
        Map<Finding, Integer> predictedLabels = new HashMap<>();
        List<int[]> pairs = new ArrayList<>();
        long mapped = 0;
        int singleton = -1;
        try (CsvReader<CsvRecord> csv = CsvReader.builder().ofCsvRecord(truthParties, StandardCharsets.UTF_8)) {
            long line = 0;
            for (CsvRecord r : csv) {
                line++;
                if (line == 1) continue;
                if (r.getFieldCount() != 3) throw new DetectionFileException(truthParties, line, "expected 3 fields record_id,role,party_id, found " + r.getFieldCount());
                String record = r.getField(0), role = r.getField(1), party = r.getField(2);
                int roleIndex = switch (role) {
                    case "exporter" -> 0;
                    case "importer" -> 1;
                    default -> throw new DetectionFileException(truthParties, line, "role must be exporter or importer ('" + role + "')");
                };
                int truth = trueLabels.computeIfAbsent(party, x -> trueLabels.size());
                String[] declared = names.get(record);
                if (declared == null) throw new DetectionFileException(truthParties, line, "record " + record + " is not in " + shipments.getFileName());
                Finding claimed = null;
                for (Finding f : byRecord.getOrDefault(record, List.of())) {
                    if (f.names().contains(declared[roleIndex])) {
                        claimed = f;
                        break;
                    }
                }
                int predicted;
                if (claimed == null) predicted = singleton--;
                else {
                    mapped++;
                    predicted = predictedLabels.computeIfAbsent(claimed, x -> predictedLabels.size());
                }
                pairs.add(new int[] {predicted, truth});
            }
        } catch (IOException | UncheckedIOException e) {
            throw new DetectionFileException(truthParties, 0, "cannot read: " + e.getMessage());
        }
        int[] p = new int[pairs.size()], t = new int[pairs.size()];
        for (int i = 0; i < p.length; i++) {
            p[i] = pairs.get(i)[0];
            t[i] = pairs.get(i)[1];
        }
        return new DetectionReport.Resolution(p.length, mapped, ClusteringMetrics.pairwise(p, t), ClusteringMetrics.bcubed(p, t));
    }

    /** record_id → {exporter_name, importer_name}, trimmed. */
    private static Map<String, String[]> declaredNames(Path shipments) throws DetectionFileException {
        Map<String, String[]> out = new HashMap<>();
        try (CsvReader<CsvRecord> csv = CsvReader.builder().ofCsvRecord(shipments, StandardCharsets.UTF_8)) {
            int id = -1, exp = -1, imp = -1;
            for (CsvRecord r : csv) {
                if (id < 0) {
                    for (int i = 0; i < r.getFieldCount(); i++) {
                        switch (r.getField(i).strip().toLowerCase(java.util.Locale.ROOT)) {
                            case "record_id" -> id = i;
                            case "exporter_name" -> exp = i;
                            case "importer_name" -> imp = i;
                            default -> { }
                        }
                    }
                    if (id < 0 || exp < 0 || imp < 0) throw new DetectionFileException(shipments, 1, "the header lacks record_id, exporter_name or importer_name");
                    continue;
                }
                if (r.getFieldCount() <= Math.max(id, Math.max(exp, imp))) continue;
                out.put(r.getField(id).strip(), new String[] {r.getField(exp).strip(), r.getField(imp).strip()});
            }
        } catch (IOException | UncheckedIOException e) {
            throw new DetectionFileException(shipments, 0, "cannot read: " + e.getMessage());
        }
        return out;
    }
}
