package org.chokepoint.trade.flows;

import de.siegmar.fastcsv.reader.CsvRecord;
import org.chokepoint.country.Countries;
import org.chokepoint.lists.CsvHeader;
import org.chokepoint.lists.CsvRows;
import org.chokepoint.lists.ListFormatException;
import org.chokepoint.lists.TextFile;

import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Reads monthly trade totals in the layout of {@code eurostat_eu_exports_to_russia_and_neighbours_monthly.csv}
 * (columns {@code year_month, reporter, partner, flow, value_eur}; others ignored) for one reporter and
 * one flow. Eurostat names the reporters in long form: the EU of 27 members is
 * {@code European Union - 27 countries (AT, BE, ...)}, while {@code European Union (AT-01/1995, ...)}
 * is the EU of changing membership (28 with the UK until January 2020); they are chosen by the start of
 * the name. The same month reported twice with the same value (the extract repeats some months with
 * another period label) counts once; with different values the file is refused. Stateless.
 */
public final class EurostatMonthlyReader {
    /** The reporter whose exports the published EU figures describe. */
    public static final String EU27 = "European Union - 27 countries";

    private EurostatMonthlyReader() {}

    /**
     * @param reporter the start of the reporter's name (case ignored), e.g. {@link #EU27}
     * @param flow     {@code EXPORT} or {@code IMPORT}
     * @throws ListFormatException when the file cannot be read, a value is not a number, a month is
     *                             reported twice with different values, or no row has that reporter
     */
    public static TradeFlows read(Path file, String reporter, String flow) throws ListFormatException {
        TextFile text = TextFile.read(file);
        List<CsvRecord> rows = CsvRows.parse(text);
        if (rows.isEmpty()) throw new ListFormatException(text.name(), 1, "no header row");
        CsvHeader h = CsvHeader.of(text.name(), rows.get(0));
        int cMonth = h.require("year_month"), cReporter = h.require("reporter"), cPartner = h.require("partner"),
                cFlow = h.require("flow"), cValue = h.require("value_eur");
        String prefix = reporter.toLowerCase(Locale.ROOT);
        Set<String> reporters = new LinkedHashSet<>();
        String reporterName = null;
        Map<String, TreeMap<YearMonth, Double>> series = new LinkedHashMap<>();
        Map<String, Long> lineOf = new java.util.HashMap<>();
        Map<String, Integer> duplicates = new LinkedHashMap<>();
        for (CsvRecord r : rows.subList(1, rows.size())) {
            String rep = CsvRows.field(r, cReporter);
            if (rep == null) continue;
            reporters.add(rep);
            if (!rep.toLowerCase(Locale.ROOT).startsWith(prefix) || !flow.equalsIgnoreCase(CsvRows.field(r, cFlow))) continue;
            if (reporterName != null && !reporterName.equals(rep)) {
                throw new ListFormatException(text.name(), r.getStartingLineNumber(), "'" + reporter + "' matches two reporters: '" + reporterName + "' and '" + rep + "'");
            }
            reporterName = rep;
            long line = r.getStartingLineNumber();
            String partner = CsvRows.field(r, cPartner);
            YearMonth month;
            double value;
            try {
                month = YearMonth.parse(String.valueOf(CsvRows.field(r, cMonth)));
                value = Double.parseDouble(String.valueOf(CsvRows.field(r, cValue)));
            } catch (DateTimeParseException | NumberFormatException e) {
                throw new ListFormatException(text.name(), line, "year_month must be YYYY-MM and value_eur a number: " + r.getFields());
            }
            if (partner == null) throw new ListFormatException(text.name(), line, "no partner");
            Double before = series.computeIfAbsent(partner, p -> new TreeMap<>()).putIfAbsent(month, value);
            String key = partner + " " + month;
            if (before == null) {
                lineOf.put(key, line);
            } else if (before == value) {
                duplicates.merge(partner, 1, Integer::sum);
            } else {
                throw new ListFormatException(text.name(), line, partner + " " + month + " reported twice with different values: "
                        + before + " (line " + lineOf.get(key) + ") and " + value);
            }
        }
        if (reporterName == null) {
            throw new ListFormatException(text.name(), 0, "no " + flow + " row of a reporter named '" + reporter + "…' (reporters: " + String.join("; ", reporters) + ")");
        }
        List<PartnerSeries> partners = new ArrayList<>();
        for (var e : series.entrySet()) partners.add(new PartnerSeries(e.getKey(), iso2(e.getKey()), e.getValue()));
        List<String> notes = new ArrayList<>();
        duplicates.forEach((p, n) -> notes.add(p + ": " + n + " months reported twice with the same value, counted once"));
        return new TradeFlows(reporterName, flow.toUpperCase(Locale.ROOT), partners, notes);
    }

    /** ISO code of a Eurostat partner name such as {@code Russian Federation (Russia)}. */
    static String iso2(String partner) {
        String iso = Countries.toIso2(partner);
        int paren = partner.indexOf(" (");
        if (iso == null && paren > 0) iso = Countries.toIso2(partner.substring(0, paren));
        return iso;
    }
}
