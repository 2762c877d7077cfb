package org.chokepoint.trade.record;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Parquet input: written here with DuckDB's COPY, read back through the same rules as CSV. */
class ParquetShipmentsTest {
    @TempDir
    Path dir;

    private static void sql(String... statements) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
            for (String q : statements) s.execute(q);
        }
    }

    private static List<ParsedRow> readAll(Path f) throws ShipmentFileException {
        List<ParsedRow> out = new ArrayList<>();
        try (ShipmentReader r = ShipmentReader.open(f)) {
            assertThat(r.format()).isEqualTo(ShipmentFormat.PARQUET);
            ParsedRow p;
            while ((p = r.next()) != null) out.add(p);
        }
        return out;
    }

    @Test
    void aCsvConvertedToParquetReadsTheSame() throws Exception {
        Path csv = ShipmentCsv.standard().with("r1").with("r2", "transport_mode", "sea", "vessel_imo", "9253325", "hs_code", "930690")
                .with("r3", "date", "2023-02-30").write(dir.resolve("s.csv"));
        Path parquet = dir.resolve("s.parquet");
        sql("COPY (SELECT * FROM read_csv('" + csv + "', header = true, all_varchar = true)) TO '" + parquet + "' (FORMAT parquet)");
        List<ParsedRow> fromCsv = new ArrayList<>();
        try (ShipmentReader r = ShipmentReader.open(csv)) {
            ParsedRow p;
            while ((p = r.next()) != null) fromCsv.add(p);
        }
        List<ParsedRow> fromParquet = readAll(parquet);
        assertThat(fromParquet).hasSize(3);
        for (int i = 0; i < 2; i++) assertThat(fromParquet.get(i).shipment()).isEqualTo(fromCsv.get(i).shipment());
        assertThat(fromParquet.get(2).problems()).singleElement().satisfies(r -> {
            assertThat(r.line()).isEqualTo(3); // the row number in a Parquet file
            assertThat(r.field()).isEqualTo("date");
            assertThat(r.reason()).isEqualTo("no such date ('2023-02-30')");
        });
    }

    @Test
    void typedParquetColumnsAreReadAsTheContractWritesThem() throws Exception {
        Path parquet = dir.resolve("typed.parquet");
        sql("COPY (SELECT 'p1' AS record_id, DATE '2022-06-30' AS date, 'Seller' AS exporter_name, 'CN' AS exporter_country, "
                + "'Buyer' AS importer_name, 'RU' AS importer_country, 'RU' AS destination_country, '8807300000' AS hs_code, "
                + "CAST(12500.5 AS DOUBLE) AS value_usd, CAST(3.250 AS DECIMAL(10,3)) AS net_weight_kg, CAST(40 AS INTEGER) AS quantity, "
                + "42 AS batch_no, 'air' AS transport_mode "
                + "UNION ALL SELECT 'p2', DATE '2022-07-01', 'Seller', 'CN', 'Buyer', 'RU', 'RU', '10121', 1e14, NULL, NULL, NULL, NULL "
                + "UNION ALL SELECT 'p3', DATE '2022-07-02', 'Seller', 'CN', 'Buyer', 'RU', 'RU', '8807300000', 1e16, NULL, NULL, NULL, NULL) "
                + "TO '" + parquet + "' (FORMAT parquet)");
        List<ParsedRow> rows = readAll(parquet);
        Shipment s = rows.get(0).shipment();
        assertThat(s).isNotNull();
        assertThat(s.date()).isEqualTo(LocalDate.of(2022, 6, 30));
        assertThat(s.valueUsd()).isEqualByComparingTo(new BigDecimal("12500.5"));
        assertThat(s.netWeightKg()).isEqualByComparingTo(new BigDecimal("3.25"));
        assertThat(s.quantity()).isEqualByComparingTo(new BigDecimal("40"));
        assertThat(s.extras()).containsEntry("batch_no", "42");
        assertThat(rows.get(1).problems()).singleElement().satisfies(r -> assertThat(r.reason()).contains("a leading zero lost"));
        // A double is read in plain digits, not as 1.0E16, and then held to the amounts' rule like any text.
        assertThat(rows.get(2).problems()).singleElement().satisfies(r -> assertThat(r.reason())
                .isEqualTo("17 digits before the point, more than the 15 any real declaration line needs ('10000000000000000')"));
    }

    @Test
    void aParquetFileWithoutTheRequiredColumnsOrNotParquetAtAllIsRefused() throws Exception {
        Path parquet = dir.resolve("thin.parquet");
        sql("COPY (SELECT 'x' AS record_id, 1 AS value_usd) TO '" + parquet + "' (FORMAT parquet)");
        assertThatThrownBy(() -> ShipmentReader.open(parquet)).isInstanceOf(ShipmentFileException.class)
                .hasMessageContaining("lacks the required columns date, exporter_name");
        Path fake = Files.write(dir.resolve("fake.parquet"), "PAR1 and then nothing of the sort".getBytes());
        assertThatThrownBy(() -> ShipmentReader.open(fake)).isInstanceOf(ShipmentFileException.class).hasMessageContaining("not a readable Parquet file");
    }
}
