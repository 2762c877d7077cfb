package org.chokepoint.trade.record;

import org.chokepoint.lists.Rejection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The store on disk: totals, rejects in the table and the file, atomic replacement, failed loads leave the store as it was. */
class ShipmentStoreIT {
    @TempDir
    Path data;
    @TempDir
    Path in;

    private static ShipmentCsv mixed() {
        return ShipmentCsv.standard().with("a1").with("a2", "hs_code", "8542.31").with("a3").with("a4", "exporter_country", "de", "value_usd", "1,5")
                .with("a5", "transport_mode", "rail").with("a3", "description", "same id again");
    }

    @Test
    void totalsAddUpAndRejectsAreInTheTableAndTheFile() throws Exception {
        Path f = mixed().write(in.resolve("mixed.csv"));
        try (ShipmentStore store = ShipmentStore.open(data)) {
            ShipmentLoad load = store.load(f, "demo");
            StoredDataset d = load.dataset();
            assertThat(d.recordsRead()).isEqualTo(6);
            assertThat(d.stored()).isEqualTo(3);
            assertThat(d.rejected()).isEqualTo(3);
            assertThat(d.recordsRead()).isEqualTo(d.stored() + d.rejected());
            assertThat(load.problems()).isEqualTo(4);
            assertThat(load.replaced()).isNull();
            assertThat(load.firstRejections()).extracting(Rejection::toString).containsExactly(
                    "mixed.csv:3 [hs_code]: HS code must be digits only, without dots or blanks ('8542.31')",
                    "mixed.csv:5 [exporter_country]: country code must be upper case ('de', write 'DE')",
                    "mixed.csv:5 [value_usd]: amounts use '.' as decimal separator and no thousands separator ('1,5')",
                    "mixed.csv:7 [record_id]: duplicate record_id 'a3' (first on line 4)");
            assertThat(d.source().sha256()).isEqualTo(ShipmentReaderTest.sha256(f));
            assertThat(d.dateFrom()).isEqualTo("2023-03-14");
            assertThat(d.rejectsFile()).isEqualTo(data.resolve("rejects").resolve("demo.rejects.csv").toAbsolutePath());
            List<String> rejects = Files.readAllLines(d.rejectsFile());
            assertThat(rejects).hasSize(5).first().isEqualTo("file,line,column,reason,record_id");
            assertThat(rejects.get(4)).isEqualTo("mixed.csv,7,record_id,duplicate record_id 'a3' (first on line 4),a3");
            assertThat(store.rejections("demo", 100)).hasSize(4);
            try (Stream<Shipment> s = store.shipments("demo")) {
                assertThat(s.map(Shipment::recordId)).containsExactly("a1", "a3", "a5");
            }
            try (Stream<Shipment> s = store.shipments("demo")) {
                Shipment first = s.findFirst().orElseThrow();
                assertThat(first).isEqualTo(ShipmentCsvRow.parse(f, 0));
            }
            try (Statement st = store.connection().createStatement();
                 ResultSet rs = st.executeQuery("SELECT count(*), sum(value_usd) FROM " + d.table())) {
                rs.next();
                assertThat(rs.getLong(1)).isEqualTo(3);
                assertThat(rs.getDouble(2)).isEqualTo(3 * 18500.75);
            }
        }
    }

    @Test
    void reloadingANameReplacesTheDatasetAndABadFileLeavesItIntact() throws Exception {
        Path first = ShipmentCsv.standard().with("b1").with("b2").with("b3").write(in.resolve("first.csv"));
        Path second = ShipmentCsv.standard().with("c1").with("c2", "date", "nope").write(in.resolve("second.csv"));
        try (ShipmentStore store = ShipmentStore.open(data)) {
            store.load(first, "ds");
            ShipmentLoad again = store.load(second, "ds");
            assertThat(again.replaced().stored()).isEqualTo(3);
            assertThat(again.dataset().stored()).isEqualTo(1);
            assertThat(store.datasets()).singleElement().satisfies(d -> assertThat(d.source().name()).isEqualTo("second.csv"));
            String rejectsBefore = Files.readString(again.dataset().rejectsFile());
            String table = again.dataset().table();

            // Unusable at the header: nothing starts.
            Path noHeader = Files.writeString(in.resolve("nohs.csv"), "record_id,date\nx,2023-01-01\n");
            assertThatThrownBy(() -> store.load(noHeader, "ds")).isInstanceOf(ShipmentFileException.class);
            // Unusable after thousands of good rows: the rows already appended are rolled back.
            ShipmentCsv many = ShipmentCsv.standard();
            for (int i = 0; i < 5000; i++) many.with("m" + i);
            Path broken = Files.writeString(in.resolve("broken.csv"), many.text() + "m-last,\"2023-01-01,never closed\n");
            assertThatThrownBy(() -> store.load(broken, "ds")).isInstanceOf(ShipmentFileException.class).hasMessageContaining("broken.csv:5002");
            // Every row invalid: refused, the reasons kept beside the dataset's own rejects.
            Path allBad = ShipmentCsv.standard().with("z1", "date", "x").with("z2", "hs_code", "1").write(in.resolve("allbad.csv"));
            assertThatThrownBy(() -> store.load(allBad, "ds")).isInstanceOf(ShipmentStoreException.class)
                    .hasMessageContaining("no valid row among 2 read; nothing stored, the dataset 'ds' stays as it was")
                    .hasMessageContaining("ds.rejects.failed.csv");
            assertThat(data.resolve("rejects").resolve("ds.rejects.failed.csv")).exists();

            StoredDataset d = store.dataset("ds").orElseThrow();
            assertThat(d.stored()).isEqualTo(1);
            assertThat(d.table()).isEqualTo(table);
            assertThat(Files.readString(d.rejectsFile())).isEqualTo(rejectsBefore);
            try (Stream<Shipment> s = store.shipments("ds")) {
                assertThat(s.map(Shipment::recordId)).containsExactly("c1");
            }
            assertThat(store.rejections("ds", 10)).singleElement().satisfies(r -> assertThat(r.field()).isEqualTo("date"));
            try (Statement st = store.connection().createStatement();
                 ResultSet rs = st.executeQuery("SELECT table_name FROM information_schema.tables WHERE table_name LIKE 'shipments_%'")) {
                List<String> names = new java.util.ArrayList<>();
                while (rs.next()) names.add(rs.getString(1));
                assertThat(names).as("old and failed tables are gone").contains(table).allMatch(n -> n.equals(table) || n.startsWith(table + "_p"));
            }
            try (Statement st = store.connection().createStatement();
                 ResultSet rs = st.executeQuery("SELECT count(DISTINCT load_id) FROM shipment_rejects")) {
                rs.next();
                assertThat(rs.getLong(1)).isEqualTo(1);
            }
        }
        // And it is all still there after closing and reopening.
        try (ShipmentStore store = ShipmentStore.open(data)) {
            assertThat(store.dataset("ds").orElseThrow().stored()).isEqualTo(1);
        }
    }

    @Test
    void aParquetFileLoadsLikeItsCsv() throws Exception {
        Path csv = mixed().write(in.resolve("mixed.csv"));
        Path parquet = in.resolve("mixed.parquet");
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
            s.execute("COPY (SELECT * FROM read_csv('" + csv + "', header = true, all_varchar = true)) TO '" + parquet + "' (FORMAT parquet)");
        }
        try (ShipmentStore store = ShipmentStore.open(data)) {
            StoredDataset fromCsv = store.load(csv, "csv").dataset();
            ShipmentLoad fromParquet = store.load(parquet, "parquet");
            assertThat(fromParquet.dataset().format()).isEqualTo(ShipmentFormat.PARQUET);
            assertThat(fromParquet.dataset().stored()).isEqualTo(fromCsv.stored());
            assertThat(fromParquet.dataset().rejected()).isEqualTo(fromCsv.rejected());
            assertThat(fromParquet.firstRejections().get(3).reason()).isEqualTo("duplicate record_id 'a3' (first on row 3)");
            try (Stream<Shipment> a = store.shipments("csv"); Stream<Shipment> b = store.shipments("parquet")) {
                assertThat(b.toList()).isEqualTo(a.toList());
            }
        }
    }

    @Test
    void aStoredDatasetExportsToParquetThatLoadsBackAsTheSameShipments() throws Exception {
        ShipmentCsv csv = ShipmentCsv.standard().with("e1", "value_usd", "1234.56", "quantity", "3").with("e2", "exporter_address", "")
                .with("e3", "description", "drone parts, \"civil\"\nsecond line").with("e4", "hs_code", "x");
        Path f = csv.write(in.resolve("e.csv"));
        Path out = in.resolve("e.parquet");
        try (ShipmentStore store = ShipmentStore.open(data)) {
            store.load(f, "orig");
            assertThat(store.exportParquet("orig", out)).isEqualTo(3);
            assertThat(out.resolveSibling("e.parquet.part")).doesNotExist();
            ShipmentLoad back = store.load(out, "back");
            assertThat(back.dataset().rejected()).isZero();
            try (Stream<Shipment> a = store.shipments("orig"); Stream<Shipment> b = store.shipments("back")) {
                assertThat(b.toList()).isEqualTo(a.toList()).hasSize(3);
            }
            assertThatThrownBy(() -> store.exportParquet("nope", out)).isInstanceOf(ShipmentStoreException.class).hasMessageContaining("no dataset 'nope'");
        }
    }

    @Test
    void aFileOfManyBatchesIsStoredInFileOrderAcrossThePartTables() throws Exception {
        ShipmentCsv csv = ShipmentCsv.standard();
        for (int i = 0; i < 20_000; i++) {
            if (i % 1000 == 999) csv.with("id" + (i - 500)); // a repeat of an id 500 rows earlier
            else if (i % 3000 == 1) csv.with("id" + i, "value_usd", "n/a");
            else csv.with("id" + i, "value_usd", Integer.toString(i));
        }
        Path f = csv.write(in.resolve("big.csv"));
        try (ShipmentStore store = ShipmentStore.open(data)) {
            ShipmentLoad load = store.load(f, "big");
            StoredDataset d = load.dataset();
            assertThat(d.recordsRead()).isEqualTo(20_000);
            assertThat(d.rejected()).isEqualTo(20 + 7);
            assertThat(d.stored()).isEqualTo(20_000 - 27);
            assertThat(load.firstRejections().get(0).toString()).isEqualTo("big.csv:3 [value_usd]: not a decimal number ('n/a')");
            assertThat(load.firstRejections().get(1).toString()).isEqualTo("big.csv:1001 [record_id]: duplicate record_id 'id499' (first on line 501)");
            try (Stream<Shipment> s = store.shipments("big")) {
                List<String> ids = s.map(Shipment::recordId).toList();
                assertThat(ids).hasSize(20_000 - 27).startsWith("id0", "id2", "id3").doesNotHaveDuplicates();
            }
            assertThat(Files.readAllLines(d.rejectsFile())).hasSize(1 + 27);
        }
    }

    @Test
    void tablesNoDatasetRefersToAreSweptOnOpen() throws Exception {
        Path f = ShipmentCsv.standard().with("s1").write(in.resolve("s.csv"));
        try (ShipmentStore store = ShipmentStore.open(data)) {
            store.load(f, "keep");
            try (Statement st = store.connection().createStatement()) {
                st.execute("CREATE TABLE shipments_999_p0 (line BIGINT)");
                st.execute("CREATE VIEW shipments_999 AS SELECT * FROM shipments_999_p0");
                st.execute("INSERT INTO shipment_rejects VALUES (999, 'x.csv', 2, 'date', 'left over', 'r')");
            }
        }
        try (ShipmentStore store = ShipmentStore.open(data); Statement st = store.connection().createStatement()) {
            try (ResultSet rs = st.executeQuery("SELECT count(*) FROM information_schema.tables WHERE table_name LIKE 'shipments_999%'")) {
                rs.next();
                assertThat(rs.getLong(1)).isZero();
            }
            try (ResultSet rs = st.executeQuery("SELECT count(*) FROM shipment_rejects WHERE load_id = 999")) {
                rs.next();
                assertThat(rs.getLong(1)).isZero();
            }
            try (Stream<Shipment> s = store.shipments("keep")) {
                assertThat(s.count()).isEqualTo(1);
            }
        }
    }

    @Test
    void aDatasetNameMustBeUsableAsAFileName() throws Exception {
        Path f = ShipmentCsv.standard().with("n1").write(in.resolve("n.csv"));
        try (ShipmentStore store = ShipmentStore.open(data)) {
            assertThatThrownBy(() -> store.load(f, "../escape")).isInstanceOf(ShipmentStoreException.class).hasMessageContaining("not allowed");
            assertThat(store.datasets()).isEmpty();
        }
    }
}
