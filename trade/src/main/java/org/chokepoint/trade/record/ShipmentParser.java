package org.chokepoint.trade.record;

import org.chokepoint.country.Countries;
import org.chokepoint.identifier.CheckDigits;
import org.chokepoint.lists.Rejection;
import org.chokepoint.trade.goods.HsCode;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.chokepoint.trade.record.ShipmentColumn.*;

/**
 * The rules of {@code formats.md} §1 applied to one row of raw values: required fields present, dates
 * ISO-8601, country codes ISO 3166-1 alpha-2 in upper case, HS codes of 6 to 10 digits, amounts with
 * '.' as decimal separator and not negative, transport modes from the fixed set, IMO numbers of 7
 * digits with a valid check digit. Every problem of a row is reported, each with its column. Not
 * thread-safe only in that it is bound to one file name; it holds no other state.
 */
final class ShipmentParser {
    // Made once: values() and array literals would allocate on every row of files of millions.
    private static final ShipmentColumn[] REQUIRED = java.util.Arrays.stream(ShipmentColumn.values()).filter(ShipmentColumn::required).toArray(ShipmentColumn[]::new);
    private static final ShipmentColumn[] COUNTRIES = {EXPORTER_COUNTRY, IMPORTER_COUNTRY, ORIGIN_COUNTRY, DISPATCH_COUNTRY, DESTINATION_COUNTRY};
    private static final ShipmentColumn[] AMOUNTS = {QUANTITY, NET_WEIGHT_KG, VALUE_USD};

    private final String file;

    ShipmentParser(String file) {
        this.file = file;
    }

    /**
     * @param values raw values indexed by {@link ShipmentColumn#ordinal()}, stripped, null when absent
     */
    ParsedRow parse(long line, String[] values, Map<String, String> extras) {
        List<Rejection> problems = null;
        for (ShipmentColumn c : REQUIRED) {
            if (values[c.ordinal()] == null) {
                problems = add(problems, line, c, "required value is missing");
            }
        }
        String v;
        LocalDate date = null;
        if ((v = values[DATE.ordinal()]) != null && (date = date(v)) == null) problems = add(problems, line, DATE, dateProblem(v));
        for (ShipmentColumn c : COUNTRIES) {
            if ((v = values[c.ordinal()]) != null && !Countries.isIso2(v)) problems = add(problems, line, c, countryProblem(v));
        }
        if ((v = values[HS_CODE.ordinal()]) != null) {
            String p = HsCode.problem(v);
            if (p != null) problems = add(problems, line, HS_CODE, p);
        }
        BigDecimal[] amounts = new BigDecimal[3];
        for (int i = 0; i < 3; i++) {
            if ((v = values[AMOUNTS[i].ordinal()]) == null) continue;
            String p = decimalProblem(v);
            if (p != null) problems = add(problems, line, AMOUNTS[i], p);
            else amounts[i] = v.indexOf('.') < 0 || v.charAt(v.length() - 1) != '0' ? new BigDecimal(v) : canonical(new BigDecimal(v));
        }
        TransportMode mode = null;
        if ((v = values[TRANSPORT_MODE.ordinal()]) != null && (mode = TransportMode.of(v)) == null) {
            problems = add(problems, line, TRANSPORT_MODE, "must be one of " + TransportMode.allowed() + " ('" + v + "'"
                    + (TransportMode.of(v.toLowerCase(Locale.ROOT)) != null ? ", in lower case" : "") + ")");
        }
        if ((v = values[VESSEL_IMO.ordinal()]) != null) {
            String p = imoProblem(v);
            if (p != null) problems = add(problems, line, VESSEL_IMO, p);
        }
        String recordId = values[RECORD_ID.ordinal()];
        if (problems != null) return new ParsedRow(line, recordId, null, problems);
        Shipment s = new Shipment(recordId, date,
                values[EXPORTER_NAME.ordinal()], values[EXPORTER_COUNTRY.ordinal()], values[EXPORTER_ADDRESS.ordinal()], values[EXPORTER_ID.ordinal()],
                values[IMPORTER_NAME.ordinal()], values[IMPORTER_COUNTRY.ordinal()], values[IMPORTER_ADDRESS.ordinal()], values[IMPORTER_ID.ordinal()],
                values[MANUFACTURER.ordinal()], values[ORIGIN_COUNTRY.ordinal()], values[DISPATCH_COUNTRY.ordinal()], values[DESTINATION_COUNTRY.ordinal()],
                values[HS_CODE.ordinal()], values[DESCRIPTION.ordinal()], amounts[0], values[UNIT.ordinal()], amounts[1], amounts[2],
                mode, values[CARRIER.ordinal()], values[VESSEL_IMO.ordinal()], extras);
        return new ParsedRow(line, recordId, s, List.of());
    }

    private List<Rejection> add(List<Rejection> problems, long line, ShipmentColumn column, String reason) {
        List<Rejection> p = problems == null ? new ArrayList<>(2) : problems;
        p.add(new Rejection(file, line, column.column(), reason));
        return p;
    }

    /**
     * The value without trailing zeros after the point ({@code 3.50} is {@code 3.5}, {@code 1200.0} is
     * {@code 1200}), so that equal amounts are equal records however they were written or stored. A checked amount
     * with no point, or whose last digit is not 0, is already in this form: {@link #parse} then skips the call.
     */
    static BigDecimal canonical(BigDecimal d) {
        BigDecimal s = d.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }

    /** YYYY-MM-DD, strictly, or null. Hand-written because it runs on every row of files of millions. */
    static LocalDate date(String s) {
        if (s.length() != 10 || s.charAt(4) != '-' || s.charAt(7) != '-') return null;
        int y = digits(s, 0, 4), m = digits(s, 5, 7), d = digits(s, 8, 10);
        if (y < 0 || m < 0 || d < 0) return null;
        try {
            return LocalDate.of(y, m, d);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static String dateProblem(String s) {
        if (s.length() == 10 && s.charAt(4) == '-' && s.charAt(7) == '-' && digits(s, 0, 4) >= 0 && digits(s, 5, 7) >= 0 && digits(s, 8, 10) >= 0) {
            return "no such date ('" + s + "')";
        }
        return "not an ISO-8601 date YYYY-MM-DD ('" + s + "')";
    }

    private static String countryProblem(String s) {
        String upper = s.toUpperCase(Locale.ROOT);
        if (Countries.isIso2(upper)) return "country code must be upper case ('" + s + "', write '" + upper + "')";
        String iso = Countries.toIso2(s);
        if (iso != null) return "not an ISO 3166-1 alpha-2 code ('" + s + "', write '" + iso + "')";
        return "not an ISO 3166-1 alpha-2 country code ('" + s + "')";
    }

    /**
     * The most digits an amount may have before its point, leading zeros aside: 15, so at most 999,999,999,999,999. A
     * declaration line of a quadrillion dollars, kilograms or units is a typing or export error (the whole world's yearly
     * trade is some 25 trillion dollars), and the run sums amounts as exact decimals of 30 digits before the point: one
     * of 10^30 or more stopped detect with a database cast error instead of a rejected row.
     */
    static final int MAX_INTEGER_DIGITS = 15;

    /** Digits with an optional fraction after a '.', not negative, at most {@link #MAX_INTEGER_DIGITS} before the point; or why not. */
    static String decimalProblem(String s) {
        int i = 0, n = s.length();
        boolean negative = s.charAt(0) == '-';
        if (negative || s.charAt(0) == '+') i++;
        int intDigits = 0, fracDigits = 0, dots = 0;
        for (; i < n; i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                if (dots == 0) intDigits++;
                else fracDigits++;
            } else if (c == '.') {
                dots++;
            } else if (c == ',') {
                return "amounts use '.' as decimal separator and no thousands separator ('" + s + "')";
            } else {
                return "not a decimal number ('" + s + "')";
            }
        }
        if (dots > 1 || intDigits == 0 || (dots == 1 && fracDigits == 0)) return "not a decimal number ('" + s + "')";
        if (s.charAt(0) == '+') return "not a decimal number, no sign allowed ('" + s + "')";
        if (negative) return "must not be negative ('" + s + "')";
        int significant = intDigits;
        for (int k = 0; k < n && s.charAt(k) == '0' && significant > 1; k++) significant--;
        if (significant > MAX_INTEGER_DIGITS) {
            return significant + " digits before the point, more than the " + MAX_INTEGER_DIGITS + " any real declaration line needs ('"
                    + (s.length() <= 40 ? s : s.substring(0, 40) + "...") + "')";
        }
        return null;
    }

    private static String imoProblem(String s) {
        if (s.length() != 7 || digits(s, 0, 7) < 0) return "IMO number must be 7 digits ('" + s + "')";
        if (!CheckDigits.validImo(s)) {
            int sum = 0;
            for (int i = 0; i < 6; i++) sum += (s.charAt(i) - '0') * (7 - i);
            return "IMO number " + s + " fails its check digit (the seventh digit should be " + sum % 10 + ")";
        }
        return null;
    }

    /** The value of s[from, to) when all digits, else -1. */
    private static int digits(String s, int from, int to) {
        int v = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') return -1;
            v = v * 10 + (c - '0');
        }
        return v;
    }
}
