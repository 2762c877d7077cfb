package org.chokepoint.trade.record;

import org.chokepoint.lists.Rejection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The rules of formats.md §1 on CSV input, one by one, with the line and column each rejection names. */
class ShipmentReaderTest {
    @TempDir
    Path dir;

    private List<ParsedRow> readAll(Path file) throws ShipmentFileException {
        List<ParsedRow> out = new ArrayList<>();
        try (ShipmentReader r = ShipmentReader.open(file)) {
            ParsedRow row;
            while ((row = r.next()) != null) out.add(row);
            assertThat(r.rowsRead()).isEqualTo(out.size());
        }
        return out;
    }

    @Test
    void aValidRowIsTyped() throws Exception {
        Path f = ShipmentCsv.standard().with("r1").with("r2", "transport_mode", "sea", "vessel_imo", "9253325", "quantity", "", "dispatch_country", "AE")
                .write(dir.resolve("s.csv"));
        List<ParsedRow> rows = readAll(f);
        assertThat(rows).allMatch(ParsedRow::ok);
        Shipment s = rows.get(0).shipment();
        assertThat(rows.get(0).line()).isEqualTo(2);
        assertThat(s.recordId()).isEqualTo("r1");
        assertThat(s.date()).isEqualTo(LocalDate.of(2023, 3, 14));
        assertThat(s.importerName()).isEqualTo("ОсОО Тест Трейд");
        assertThat(s.hsCode()).isEqualTo("8542310000");
        assertThat(s.hs6()).isEqualTo("854231");
        assertThat(s.valueUsd()).isEqualTo(new BigDecimal("18500.75"));
        assertThat(s.netWeightKg()).isEqualTo(new BigDecimal("3.5"));
        assertThat(s.transportMode()).isEqualTo(TransportMode.AIR);
        assertThat(s.description()).isEqualTo("Microcontrollers, \"ARM\" cores");
        assertThat(s.exporterId()).isNull();
        assertThat(s.extras()).isEmpty();
        Shipment t = rows.get(1).shipment();
        assertThat(t.transportMode()).isEqualTo(TransportMode.SEA);
        assertThat(t.vesselImo()).isEqualTo("9253325");
        assertThat(t.quantity()).isNull();
        assertThat(t.dispatchCountry()).isEqualTo("AE");
        assertThat(rows.get(1).line()).isEqualTo(3);
    }

    static Stream<Arguments> badValues() {
        return Stream.of(
                Arguments.of("record_id", "", "required value is missing"),
                Arguments.of("importer_name", "", "required value is missing"),
                Arguments.of("value_usd", "", "required value is missing"),
                Arguments.of("hs_code", "  ", "required value is missing"),
                Arguments.of("date", "14/03/2023", "not an ISO-8601 date YYYY-MM-DD ('14/03/2023')"),
                Arguments.of("date", "2023-02-30", "no such date ('2023-02-30')"),
                Arguments.of("date", "2023-03-14T10:00", "not an ISO-8601 date"),
                Arguments.of("exporter_country", "de", "country code must be upper case ('de', write 'DE')"),
                Arguments.of("importer_country", "Kyrgyzstan", "not an ISO 3166-1 alpha-2 code ('Kyrgyzstan', write 'KG')"),
                Arguments.of("destination_country", "XX", "not an ISO 3166-1 alpha-2 country code ('XX')"),
                Arguments.of("origin_country", "USA", "write 'US'"),
                Arguments.of("dispatch_country", "U.A.E.", "not an ISO 3166-1 alpha-2"),
                Arguments.of("hs_code", "8542.31", "digits only, without dots"),
                Arguments.of("hs_code", "85423", "5 digits, it must have 6 to 10 ('85423'; a leading zero lost"),
                Arguments.of("hs_code", "85423100001", "11 digits"),
                Arguments.of("hs_code", "8542A1", "must be 6 to 10 digits"),
                Arguments.of("value_usd", "18500,75", "amounts use '.' as decimal separator"),
                Arguments.of("value_usd", "1,850.75", "no thousands separator"),
                Arguments.of("value_usd", "-5", "must not be negative ('-5')"),
                Arguments.of("value_usd", "USD 5", "not a decimal number"),
                Arguments.of("quantity", "12e3", "not a decimal number ('12e3')"),
                Arguments.of("net_weight_kg", "1.2.3", "not a decimal number"),
                Arguments.of("net_weight_kg", "5.", "not a decimal number"),
                Arguments.of("quantity", "+5", "no sign allowed"),
                Arguments.of("value_usd", "1000000000000000", "16 digits before the point, more than the 15 any real declaration line needs ('1000000000000000')"),
                Arguments.of("net_weight_kg", "99999999999999999999999999999999.5", "32 digits before the point"),
                Arguments.of("transport_mode", "ship", "must be one of sea, air, road, rail, post, other ('ship')"),
                Arguments.of("transport_mode", "SEA", "('SEA', in lower case)"),
                Arguments.of("vessel_imo", "925332", "IMO number must be 7 digits ('925332')"),
                Arguments.of("vessel_imo", "IMO 9253325", "must be 7 digits"),
                Arguments.of("vessel_imo", "9253326", "IMO number 9253326 fails its check digit (the seventh digit should be 5)"));
    }

    @ParameterizedTest(name = "{0} = ''{1}''")
    @MethodSource("badValues")
    void eachRuleRejectsWithLineColumnAndReason(String column, String value, String reason) throws Exception {
        Path f = ShipmentCsv.standard().with("ok1").with("bad", column, value).with("ok2").write(dir.resolve("rules.csv"));
        List<ParsedRow> rows = readAll(f);
        assertThat(rows).hasSize(3);
        assertThat(rows.get(0).ok()).isTrue();
        assertThat(rows.get(2).ok()).isTrue();
        ParsedRow bad = rows.get(1);
        assertThat(bad.ok()).isFalse();
        assertThat(bad.problems()).hasSize(1);
        Rejection r = bad.problems().get(0);
        assertThat(r.file()).isEqualTo("rules.csv");
        assertThat(r.line()).isEqualTo(3);
        assertThat(r.field()).isEqualTo(column);
        assertThat(r.reason()).contains(reason);
        assertThat(r.toString()).startsWith("rules.csv:3 [" + column + "]: ");
    }

    @Test
    void everyProblemOfARowIsReported() throws Exception {
        Path f = ShipmentCsv.standard().with("r1", "date", "", "hs_code", "12", "transport_mode", "boat").write(dir.resolve("many.csv"));
        ParsedRow row = readAll(f).get(0);
        assertThat(row.problems()).extracting(Rejection::field).containsExactly("date", "hs_code", "transport_mode");
        assertThat(row.recordId()).isEqualTo("r1");
    }

    @Test
    void columnsInAnyOrderWithExtraColumnsKeptButIgnored() throws Exception {
        List<String> cols = new ArrayList<>();
        for (ShipmentColumn c : ShipmentColumn.values()) cols.add(c.column());
        java.util.Collections.reverse(cols);
        cols.add(3, "Container No");
        cols.add("notes");
        cols.set(cols.indexOf("record_id"), " Record_ID ");
        var csv = ShipmentCsv.withColumns(cols.toArray(String[]::new));
        var row = ShipmentCsv.valid("x1");
        row.put(" Record_ID ", "x1");
        row.put("Container No", "MSCU1234567");
        row.put("notes", "");
        Path f = csv.row(row).write(dir.resolve("shuffled.csv"));
        try (ShipmentReader r = ShipmentReader.open(f)) {
            assertThat(r.extraColumns()).containsExactly("Container No", "notes");
            ParsedRow p = r.next();
            assertThat(p.ok()).as(p.problems().toString()).isTrue();
            assertThat(p.shipment().recordId()).isEqualTo("x1");
            assertThat(p.shipment().hsCode()).isEqualTo("8542310000");
            assertThat(p.shipment().extras()).containsExactly(java.util.Map.entry("Container No", "MSCU1234567"));
            assertThat(r.next()).isNull();
        }
    }

    @Test
    void onlyTheRequiredColumnsAreNeeded() throws Exception {
        String text = "record_id,date,exporter_name,exporter_country,importer_name,importer_country,destination_country,hs_code,value_usd\r\n"
                + "m1,2022-05-01,Seller,CN,Buyer,RU,RU,880730,100\r\n";
        Path f = Files.writeString(dir.resolve("minimal.csv"), "\uFEFF" + text);
        List<ParsedRow> rows = readAll(f);
        assertThat(rows).singleElement().matches(ParsedRow::ok);
        assertThat(rows.get(0).shipment().transportMode()).isNull();
    }

    @Test
    void aMissingRequiredColumnMakesTheFileUnusable() throws Exception {
        Path f = Files.writeString(dir.resolve("nohs.csv"), "record_id,exporter_name,exporter_country,importer_name,importer_country,destination_country,value_usd\nr,a,DE,b,KG,KG,1\n");
        assertThatThrownBy(() -> ShipmentReader.open(f)).isInstanceOf(ShipmentFileException.class)
                .hasMessageStartingWith("nohs.csv:1: the header lacks the required columns date, hs_code (columns found: record_id,");
    }

    @Test
    void aColumnTwiceInTheHeaderIsRefused() throws Exception {
        Path f = Files.writeString(dir.resolve("twice.csv"), ShipmentCsv.standard().text().replaceFirst("unit", "DATE"));
        assertThatThrownBy(() -> ShipmentReader.open(f)).hasMessageContaining("the column 'DATE' appears twice");
    }

    @Test
    void aRowWithTheWrongNumberOfFieldsIsRejectedAsAWhole() throws Exception {
        String text = ShipmentCsv.standard().with("r1").with("r2").text();
        String[] lines = text.split("\n");
        lines[2] = lines[2] + ",surplus";
        Path f = Files.writeString(dir.resolve("fields.csv"), String.join("\n", lines) + "\n");
        List<ParsedRow> rows = readAll(f);
        assertThat(rows.get(0).ok()).isTrue();
        assertThat(rows.get(1).problems()).singleElement().satisfies(r -> {
            assertThat(r.line()).isEqualTo(3);
            assertThat(r.field()).isNull();
            assertThat(r.reason()).isEqualTo("the row has 24 fields, the header has 23");
        });
    }

    @Test
    void aQuotedLineBreakKeepsLineNumbersRight() throws Exception {
        Path f = ShipmentCsv.standard().with("r1", "description", "two\nlines").with("r2", "date", "bad").write(dir.resolve("multi.csv"));
        List<ParsedRow> rows = readAll(f);
        assertThat(rows.get(0).shipment().description()).isEqualTo("two\nlines");
        assertThat(rows.get(1).line()).isEqualTo(4);
    }

    @Test
    void unusableFilesSayWhy() throws Exception {
        assertThatThrownBy(() -> ShipmentReader.open(dir.resolve("absent.csv"))).hasMessageContaining("file not found");
        Path empty = Files.writeString(dir.resolve("empty.csv"), "");
        assertThatThrownBy(() -> ShipmentReader.open(empty)).hasMessage("empty.csv: the file is empty");

        String valid = ShipmentCsv.standard().with("r1").text();
        byte[] latin1 = (valid + "r2,2023-03-14,M\u00fcller,DE,,,Buyer,KG,,,,,,KG,854231,,,,,1,,,\n").getBytes(StandardCharsets.ISO_8859_1);
        Path bad = Files.write(dir.resolve("latin1.csv"), latin1);
        assertThatThrownBy(() -> readAll(bad)).isInstanceOf(ShipmentFileException.class).hasMessageContaining("invalid UTF-8");

        Path unclosed = Files.writeString(dir.resolve("unclosed.csv"), valid + "r2,\"2023-03-14,never closed\n");
        assertThatThrownBy(() -> readAll(unclosed)).isInstanceOf(ShipmentFileException.class).hasMessageContaining("unclosed.csv:3");
    }

    @Test
    void aHeaderWithoutRowsReadsNothing() throws Exception {
        Path f = ShipmentCsv.standard().write(dir.resolve("header.csv"));
        assertThat(readAll(f)).isEmpty();
    }

    @Test
    void theSourceChecksumCoversTheWholeFile() throws Exception {
        Path f = ShipmentCsv.standard().with("r1").with("r2").write(dir.resolve("sum.csv"));
        try (ShipmentReader r = ShipmentReader.open(f)) {
            r.next();
            var source = r.source();
            assertThat(source.bytes()).isEqualTo(Files.size(f));
            assertThat(source.sha256()).isEqualTo(sha256(f));
            assertThat(r.format()).isEqualTo(ShipmentFormat.CSV);
        }
    }

    @Test
    void withoutAChecksumWhileReadingTheSourceIsReadAgain() throws Exception {
        Path f = ShipmentCsv.standard().with("r1").with("r2").write(dir.resolve("nosum.csv"));
        try (ShipmentReader r = ShipmentReader.open(f, false)) {
            assertThat(r.next().ok()).isTrue();
            assertThat(r.source().sha256()).isEqualTo(sha256(f));
            assertThat(r.next().shipment().recordId()).isEqualTo("r2");
            assertThat(r.next()).isNull();
        }
    }

    static String sha256(Path f) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(f)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
