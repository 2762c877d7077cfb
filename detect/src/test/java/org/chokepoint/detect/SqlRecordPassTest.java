package org.chokepoint.detect;

import org.chokepoint.detect.flags.RecordFacts;
import org.chokepoint.detect.flags.RecordRule;
import org.chokepoint.detect.flags.Rulebook;
import org.chokepoint.detect.flags.SanctionsPolicy;
import org.chokepoint.detect.party.MentionTable;
import org.chokepoint.detect.party.NameFacts;
import org.chokepoint.detect.watchlist.ListedHit;
import org.chokepoint.detect.watchlist.ListedIndex;
import org.chokepoint.detect.wording.LinesOfBusiness;
import org.chokepoint.model.Entity;
import org.chokepoint.model.NameKind;
import org.chokepoint.model.Schema;
import org.chokepoint.trade.goods.GoodsClass;
import org.chokepoint.trade.goods.GoodsClassifier;
import org.chokepoint.trade.goods.HsNomenclature;
import org.chokepoint.trade.record.Shipment;
import org.chokepoint.trade.record.TransportMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The DuckDB record pass must leave what the Java pass leaves: the same work tables row for row (numbers of texts
 * aside, which are decoded), the same spellings in the same order with the same counts, the same rejects file. Files
 * it does not read as the Java reader does it must leave alone.
 */
class SqlRecordPassTest {
    private static final String HEADER = "record_id,date,exporter_name,exporter_country,exporter_address,exporter_id,importer_name,importer_country,"
            + "importer_address,importer_id,manufacturer,origin_country,dispatch_country,destination_country,hs_code,description,quantity,unit,"
            + "net_weight_kg,value_usd,transport_mode,carrier,vessel_imo";

    @TempDir
    Path dir;

    private final ListedIndex lists = ListedIndex.build(List.of(
            Entity.builder("test", "1").list("Test List").schema(Schema.ORGANIZATION).name("OOO VEKTOR PLUS", NameKind.PRIMARY).country("RU").build(),
            Entity.builder("test", "2").list("Test List").schema(Schema.ORGANIZATION).name("ROSTEKH", NameKind.PRIMARY).country("RU").build(),
            Entity.builder("test", "3").list("Test List").schema(Schema.VESSEL).name("SEA BREEZE", NameKind.PRIMARY).build()));
    private final GoodsClassifier goods = GoodsClassifier.standard(HsNomenclature.empty());
    private final List<RecordRule> rules = Rulebook.standard(SanctionsPolicy.STANDARD).recordRules();

    /** Rows the SQL check accepts, and every kind of bad or odd value it must leave to Java, mixed. */
    @Test
    void messyValuesGiveTheSameTablesSpellingsAndRejects() throws Exception {
        List<String> rows = messyRows();
        Path csv = dir.resolve("messy.csv");
        Files.createDirectories(Path.of("target", "sql-record-pass"));
        Files.write(Path.of("target", "sql-record-pass", "messy.csv"), (HEADER + "\n" + String.join("\n", rows) + "\n").getBytes(StandardCharsets.UTF_8));
        Files.write(csv, (HEADER + "\n" + String.join("\n", rows) + "\n").getBytes(StandardCharsets.UTF_8));
        Passes p = both(csv);
        assertThat(p.sql()).as("the SQL pass reads this file").isNotNull();
        assertThat(p.sql().rejectedRows()).isGreaterThan(100);
        assertThat(p.sqlTables()).isEqualTo(p.javaTables());
    }

    /**
     * The same rows with Windows line ends (a carriage return and a line feed, as Python's {@code csv} module writes them):
     * read by the SQL pass, with the same tables, spellings and rejects as the Java pass.
     */
    @Test
    void windowsLineEndsGiveTheSameTablesSpellingsAndRejects() throws Exception {
        Path csv = dir.resolve("messy-crlf.csv");
        Files.write(csv, (HEADER + "\r\n" + String.join("\r\n", messyRows()) + "\r\n").getBytes(StandardCharsets.UTF_8));
        Passes p = both(csv);
        assertThat(p.sql()).as("the SQL pass reads this file").isNotNull();
        assertThat(p.sql().rejectedRows()).isGreaterThan(100);
        assertThat(p.sqlTables()).isEqualTo(p.javaTables());
    }

    /** A byte-order mark before the header and Windows line ends, as a spreadsheet's "CSV UTF-8" export writes them. */
    @Test
    void aByteOrderMarkBeforeTheHeaderGivesTheSameTablesSpellingsAndRejects() throws Exception {
        Path csv = dir.resolve("messy-bom.csv");
        Files.write(csv, ("\uFEFF" + HEADER + "\r\n" + String.join("\r\n", messyRows()) + "\r\n").getBytes(StandardCharsets.UTF_8));
        assertThat(SqlRecordPass.head(csv).names()).containsExactly(HEADER.split(","));
        Passes p = both(csv);
        assertThat(p.sql()).as("the SQL pass reads this file").isNotNull();
        assertThat(p.sql().rejectedRows()).isGreaterThan(100);
        assertThat(p.sqlTables()).isEqualTo(p.javaTables());
    }

    /**
     * A Windows line break cut by the byte scan's chunks (1 MiB): a carriage return as the first chunk's last byte, its line
     * feed the next chunk's first; and a last line without a line break.
     */
    @Test
    void aWindowsLineBreakCutByTheScansChunks() throws Exception {
        String row = "r%d,2023-01-05,Star Co,CN,,,OOO Vektor Plus,RU,,,,,,RU,854231,chips%s,1,pcs,1.5,100,air,,";
        StringBuilder b = new StringBuilder(HEADER).append("\r\n");
        int i = 0;
        while (b.length() < (1 << 20) - 200) b.append(row.formatted(i++, "")).append("\r\n");
        // ASCII only: a character is a byte. This row's carriage return is the file's byte 2^20 - 1.
        b.append(row.formatted(i, "x".repeat((1 << 20) - 1 - b.length() - row.formatted(i, "").length()))).append("\r\n");
        i++;
        for (int k = 0; k < 100; k++) b.append(row.formatted(i++, k % 7 == 0 ? " " : "")).append("\r\n");
        b.append("r-last,2023-13-05,Star Co,CN,,,OOO Vektor Plus,RU,,,,,,RU,854231,chips,1,pcs,1.5,100,air,,");
        Path csv = dir.resolve("cut-crlf.csv");
        Files.writeString(csv, b);
        assertThat(Files.readAllBytes(csv)[(1 << 20) - 1]).isEqualTo((byte) '\r');
        SqlRecordPass.Shape shape = SqlRecordPass.shape(csv);
        assertThat(shape).isNotNull();
        assertThat(shape.lines()).isEqualTo(i + 2);
        Passes p = both(csv);
        assertThat(p.sql()).as("the SQL pass reads this file").isNotNull();
        assertThat(p.sql().rejectedRows()).isEqualTo(1);
        assertThat(p.sqlTables()).isEqualTo(p.javaTables());
    }

    private static List<String> messyRows() {
        Random r = new Random(11);
        String[] sellers = {"Halbleiter Handel AG,DE", "Bright Way Ltd,HK", "Gulf Star Furniture FZE,AE", "\"Shenzhen \"\"Star\"\" Co, Ltd\",CN",
                " Padded Name Ltd ,HK", "Tab\tName Ltd\t,CN", "\u2003Em Space Ltd,TR", "Nbsp\u00a0Ltd\u00a0,TR", "Кремний Электроникс,KG",
                "Unit\u001fSeparator Ltd,HK"};
        String[] buyers = {"Composants Dupont SARL,FR", "OOO Vektor Plus,RU", "Global Freight Logistics LLC,AE", "OOO Stanko Servis,RU"};
        String[] codes = {"854231", "8542310000", "846693", "880622", "853221", "940360", "930190", "880730"};
        String[] odd = {"date=2023-02-30", "date=23-01-01", "date=0999-01-01", "date=2023-1-5", "date=", "exporter_country=de", "exporter_country=XX",
                "importer_country=Russia", "destination_country=", "origin_country=su", "hs_code=8542.31", "hs_code=85423", "hs_code=85423100001",
                "hs_code=８５４２３１", "quantity=\"1,000\"", "quantity=-5", "quantity=+5", "quantity=.5", "quantity=5.", "value_usd=", "value_usd=1e5",
                "net_weight_kg=12.50", "value_usd=100.000", "transport_mode=Sea", "transport_mode=ship", "vessel_imo=9074729", "vessel_imo=9074728",
                "vessel_imo=907472", "record_id=", "exporter_name=", "exporter_name= ", "unit= kg ", "description=\"toys, for children\"",
                "carrier=Sea Breeze", "manufacturer=Rostekh", "manufacturer= Rostekh", "exporter_name=\u2007Figure Ltd", "importer_address=\u0085Next Line\u0085",
                "exporter_address=\u000b1 Road\u001f", "description=\u3000goods\u205f", "manufacturer=\u0001Acme", "unit=\u202fkg\u2028",
                "importer_id=\u1680 12345 \u2000", "carrier=\u200aMaersk\u2009\u2008", "exporter_id= \t \u200b",
                "importer_id= ", "unit= ", "exporter_address=\"\u2003 \"", "manufacturer=\"\"", "vessel_imo=\"\"",
                "value_usd=10000000000000000000000000000000", "value_usd=1000000000000000", "value_usd=999999999999999.99",
                "quantity=0000000000000000000001", "net_weight_kg=99999999999999999999999999999999.5"};
        List<String> cols = List.of(HEADER.split(","));
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            String seller = sellers[r.nextInt(sellers.length)], buyer = buyers[r.nextInt(buyers.length)];
            String[] v = new String[cols.size()];
            java.util.Arrays.fill(v, "");
            String[] s = splitTwo(seller), b = splitTwo(buyer);
            v[0] = i == 2500 ? "r17" : "r" + i;
            v[1] = LocalDate.of(2021, 1, 1).plusDays(r.nextInt(1200)).toString();
            v[2] = s[0];
            v[3] = s[1];
            v[5] = r.nextInt(7) == 0 ? "INN" + r.nextInt(3) : "";
            v[4] = r.nextInt(9) == 0 ? "\"1 Road, Dubai\"" : "";
            v[6] = b[0];
            v[7] = b[1];
            v[10] = r.nextInt(10) == 0 ? "Rostekh" : r.nextInt(5) == 0 ? "Acme" : "";
            v[11] = r.nextInt(3) == 0 ? "US" : "";
            v[12] = r.nextInt(5) == 0 ? "IR" : "";
            v[13] = b[1];
            v[14] = codes[r.nextInt(codes.length)];
            v[15] = r.nextInt(4) == 0 ? "spare parts" : "goods";
            v[16] = r.nextInt(3) == 0 ? "" : Integer.toString(1 + r.nextInt(900));
            v[17] = r.nextInt(3) == 0 ? "" : "pcs";
            v[18] = (1 + r.nextInt(50)) + "." + r.nextInt(100);
            v[19] = Integer.toString(100 + r.nextInt(90000));
            v[20] = r.nextInt(4) == 0 ? "" : "sea";
            v[21] = r.nextInt(6) == 0 ? "Maersk" : "";
            v[22] = r.nextInt(8) == 0 ? "9074729" : "";
            if (r.nextInt(4) == 0) {
                String[] change = odd[r.nextInt(odd.length)].split("=", 2);
                v[cols.indexOf(change[0])] = change[1];
            }
            rows.add(String.join(",", v));
        }
        return rows;
    }

    /**
     * A file of more than one chunk of the byte scan (1 MB), with values cut by the chunks' ends: the same tables as the
     * Java pass, and the scan's sum that proves DuckDB's rows in file order is the sum over the rows of (row number + 1)
     * times the bytes of their values, unquoted, in the record id, the names and the description.
     */
    @Test
    void aFileOfManyChunksGivesTheSameTablesAndTheScanSumsEachRowsBytes() throws Exception {
        Random r = new Random(5);
        String[] names = {"Halbleiter Handel AG", "Shenzhen \"Star\" Co, Ltd", "Кремний Электроникс", " Padded Ltd ", "OOO Vektor Plus", "Gulf Star FZE"};
        String[] countries = {"DE", "CN", "KG", "HK", "RU", "AE", "de", "XX"};
        String[] codes = {"854231", "8542310000", "940360", "930190", "85423"};
        String[] dates = {"2023-01-05", "2024-02-29", "2023-02-29", "2022-13-01"};
        String[] imos = {"", "9074729", "9074728"};
        StringBuilder b = new StringBuilder(HEADER).append(",remarks\n");
        java.math.BigInteger expected = java.math.BigInteger.ZERO;
        int rows = 15_000;
        for (int i = 0; i < rows; i++) {
            String[] v = {"r" + i, dates[r.nextInt(dates.length)], names[r.nextInt(names.length)], countries[r.nextInt(countries.length)],
                    r.nextInt(3) == 0 ? "1 Road, \"Dubai\"" : "", "", names[r.nextInt(names.length)], countries[r.nextInt(countries.length)], "", "",
                    r.nextInt(5) == 0 ? "Acme" : "", "", "", "RU", codes[r.nextInt(codes.length)], "goods " + "x".repeat(r.nextInt(40)),
                    Integer.toString(r.nextInt(100)), "pcs", "1.5", Integer.toString(100 + r.nextInt(9000)), r.nextBoolean() ? "sea" : "air", "",
                    imos[r.nextInt(imos.length)], "note, " + i};
            long bytes = 0;
            for (int c = 0; c < v.length; c++) {
                if (c == 0 || c == 2 || c == 6 || c == 15) bytes += v[c].getBytes(StandardCharsets.UTF_8).length;
                b.append(c == 0 ? "" : ",").append(v[c].contains(",") || v[c].contains("\"") ? "\"" + v[c].replace("\"", "\"\"") + "\"" : v[c]);
            }
            b.append('\n');
            expected = expected.add(java.math.BigInteger.valueOf((long) (i + 1) * bytes));
        }
        Path csv = dir.resolve("chunks.csv");
        Files.writeString(csv, b);
        assertThat(Files.size(csv)).isGreaterThan(2L << 20);
        SqlRecordPass.Shape shape = SqlRecordPass.shape(csv);
        assertThat(shape.lines()).isEqualTo(rows + 1);
        assertThat(shape.order()).isEqualTo(expected.longValue());
        Passes p = both(csv);
        assertThat(p.sql()).as("the SQL pass reads this file").isNotNull();
        assertThat(p.sql().rejectedRows()).isGreaterThan(1000);
        assertThat(p.sqlTables()).isEqualTo(p.javaTables());
    }

    /**
     * What the scan hands to Java while DuckDB reads ({@link ScannedValues}): the distinct carriers with their IMO
     * numbers and the makers, as the values read; none from a row with a blank to strip, a doubled quote or a value
     * the scan cannot prove valid (those rows are worked out later).
     */
    @Test
    void scanHandsOnTheValuesOfPlainRows() throws Exception {
        String rest = ",DE,,RU,%s,goods,1,pcs,1,10,sea,%s,%s";
        String[] rows = {
                "a1,2023-01-05,Alpha GmbH,DE,,,OOO Vektor Plus,RU,,,Siemens" + rest.formatted("854231", "SEA BREEZE", "9074729"),
                "a2,2023-01-05,Alpha GmbH,DE,,,OOO Vektor Plus,RU,,,Siemens" + rest.formatted("854231", "SEA BREEZE", "9074729"),
                "a3,2023-01-05,Beta SARL,FR,,,Dupont SARL,RU,,,\"Bosch, Ltd\"" + rest.formatted("940360", "", ""),
                "a4,2023-01-05,Gamma AG,DE,,,Omega Plus,RU,,,\"Kuka \"\"Robotics\"\"\"" + rest.formatted("854231", "MSC ANNA", ""),
                "a5,2023-01-05, Delta AG,DE,,,Sigma OOO,RU,,,Festo" + rest.formatted("854231", "MAERSK", ""),
                "a6,2023-13-05,Epsilon AG,DE,,,Tau OOO,RU,,,Trumpf" + rest.formatted("854231", "COSCO", ""),
                "a7,2023-01-05,Zeta AG,DE,,,Eta OOO,RU,,," + rest.formatted("854231", "", "9074729"),
        };
        Path csv = dir.resolve("values.csv");
        Files.writeString(csv, HEADER + "\n" + String.join("\n", rows) + "\n");
        ScannedValues values = new ScannedValues();
        SqlRecordPass.Shape shape = SqlRecordPass.shape(csv, values);
        assertThat(shape).isNotNull();
        assertThat(values.carriers()).containsExactly(new String[] {"SEA BREEZE", "9074729"}, new String[] {null, "9074729"});
        assertThat(values.makers()).containsExactly("Siemens", "Bosch, Ltd");
    }

    /** Columns in another order, an extra column, a file without a final line break; rows all valid. */
    @Test
    void columnsByNameInAnyOrder() throws Exception {
        String header = "value_usd,hs_code,destination_country,importer_country,importer_name,exporter_country,exporter_name,date,record_id,remarks";
        StringBuilder b = new StringBuilder(header);
        for (int i = 0; i < 50; i++) b.append("\n").append(100 + i).append(i % 2 == 0 ? ",854231,RU,RU,OOO Vektor Plus," : ",940360,FR,FR,Dupont SARL,")
                .append("CN,Star Co,2023-03-0").append(1 + i % 9).append(",x").append(i).append(",note ").append(i);
        Path csv = dir.resolve("order.csv");
        Files.write(csv, b.toString().getBytes(StandardCharsets.UTF_8));
        Passes p = both(csv);
        assertThat(p.sql()).isNotNull();
        assertThat(p.sql().valid()).isEqualTo(50);
        assertThat(p.sqlTables()).isEqualTo(p.javaTables());
    }

    /** Files whose rows DuckDB would not number or read as the Java reader does: left to the Java pass, untouched. */
    @Test
    void oddFilesAreLeftToTheJavaPass() throws Exception {
        String row = "r1,2023-01-01,Star Co,CN,,,OOO Vektor Plus,RU,,,,,,RU,854231,chips,,,,100,air,,";
        Map<String, byte[]> files = new java.util.LinkedHashMap<>();
        files.put("two-byte-order-marks", ("\uFEFF\uFEFF" + HEADER + "\n" + row + "\n").getBytes(StandardCharsets.UTF_8));
        // Line breaks of both kinds in one file, or a carriage return that is not a Windows line break's.
        files.put("crlf-then-lf", (HEADER + "\r\n" + row + "\r\n" + row.replace("r1", "r2") + "\n").getBytes(StandardCharsets.UTF_8));
        files.put("lf-then-crlf", (HEADER + "\n" + row + "\r\n").getBytes(StandardCharsets.UTF_8));
        files.put("lone-cr", (HEADER + "\r\n" + row.replace("chips", "chips\rmore") + "\r\n").getBytes(StandardCharsets.UTF_8));
        files.put("cr-in-quotes", (HEADER + "\r\n" + row.replace("chips", "\"chips\r\nmore\"") + "\r\n").getBytes(StandardCharsets.UTF_8));
        files.put("cr-at-end", (HEADER + "\r\n" + row + "\r").getBytes(StandardCharsets.UTF_8));
        files.put("crlf-empty-line", (HEADER + "\r\n\r\n" + row + "\r\n").getBytes(StandardCharsets.UTF_8));
        files.put("quoted-newline", (HEADER + "\n" + row.replace("chips", "\"chips\nand more\"") + "\n").getBytes(StandardCharsets.UTF_8));
        files.put("empty-line", (HEADER + "\n\n" + row + "\n").getBytes(StandardCharsets.UTF_8));
        files.put("short-row", (HEADER + "\n" + row + "\nr2,2023-01-01,Star Co\n").getBytes(StandardCharsets.UTF_8));
        files.put("long-row", (HEADER + "\n" + row + ",extra\n").getBytes(StandardCharsets.UTF_8));
        files.put("unclosed-quote", (HEADER + "\n" + row.replace("chips", "\"chips") + "\n").getBytes(StandardCharsets.UTF_8));
        files.put("missing-column", (HEADER.replace("hs_code", "tariff") + "\n" + row + "\n").getBytes(StandardCharsets.UTF_8));
        files.put("twice", (HEADER.replace("unit", "UNIT") + ",unit\n" + row + ",x\n").getBytes(StandardCharsets.UTF_8));
        files.put("empty", new byte[0]);
        byte[] bad = (HEADER + "\n" + row.replace("chips", "chipsX") + "\n").getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < bad.length; i++) if (bad[i] == 'X') bad[i] = (byte) 0xC3; // a lone lead byte: invalid UTF-8
        files.put("invalid-utf8", bad);
        for (Map.Entry<String, byte[]> f : files.entrySet()) {
            Path csv = dir.resolve(f.getKey() + ".csv");
            Files.write(csv, f.getValue());
            Path out = Files.createDirectories(dir.resolve("odd-" + f.getKey()));
            try (WorkDatabase db = WorkDatabase.create(out, "500MB")) {
                RecordPass java = javaPass(new MentionTable());
                MentionTable m = new MentionTable();
                assertThat(new SqlRecordPass(java, SanctionsPolicy.STANDARD, goods, rules, m).run(csv, db, out.resolve("rejects.csv"), n -> {})).as(f.getKey()).isNull();
                assertThat(m.size()).isZero();
                assertThat(Files.exists(out.resolve("rejects.csv"))).as(f.getKey()).isFalse();
                assertThat(db.count("SELECT count(*) FROM duckdb_tables() WHERE table_name NOT IN ('rec', 'term', 'rflag', 'mark')")).as(f.getKey()).isZero();
            }
        }
    }

    /** A file whose rows would not fit in half of DuckDB's memory limit goes to the Java pass, untouched; one that fits does not. */
    @Test
    void aFileTooLargeForDuckDbsMemoryIsLeftToTheJavaPass() throws Exception {
        StringBuilder b = new StringBuilder(HEADER);
        for (int i = 0; i < 2000; i++) b.append("\nr").append(i).append(",2023-01-01,Star Co,CN,,,OOO Vektor Plus,RU,,,,,,RU,854231,chips,,,,100,air,,");
        Path csv = dir.resolve("large.csv");
        Files.writeString(csv, b);
        for (String limit : List.of("1MB", "500MB")) {
            Path out = Files.createDirectories(dir.resolve("large-" + limit));
            try (WorkDatabase db = WorkDatabase.create(out, limit)) {
                MentionTable m = new MentionTable();
                RecordPass.Result r = new SqlRecordPass(javaPass(new MentionTable()), SanctionsPolicy.STANDARD, goods, rules, m)
                        .run(csv, db, out.resolve("rejects.csv"), n -> {});
                if (limit.equals("1MB")) {
                    // 2,000 rows of 25 values: about 0.9 MB as DuckDB keeps them, more than half of 1 MB.
                    assertThat(r).isNull();
                    assertThat(m.size()).isZero();
                    assertThat(Files.exists(out.resolve("rejects.csv"))).isFalse();
                    assertThat(db.count("SELECT count(*) FROM duckdb_tables() WHERE table_name NOT IN ('rec', 'term', 'rflag', 'mark')")).isZero();
                } else {
                    assertThat(r).isNotNull();
                    assertThat(r.valid()).isEqualTo(2000);
                }
            }
        }
    }

    /** A spelling's four values come joined by U+001F; values that hold it themselves are not four once split. */
    @Test
    void aSpellingsJoinedValuesSplitInFourOrNot() {
        String[] v = new String[4];
        assertThat(SqlRecordPass.split("OOO Vektor\u001fRU\u001f\u001f1 Road", v)).isTrue();
        assertThat(v).containsExactly("OOO Vektor", "RU", "", "1 Road");
        assertThat(SqlRecordPass.split("\u001f\u001f\u001f", v)).isTrue();
        assertThat(v).containsExactly("", "", "", "");
        assertThat(SqlRecordPass.split("Unit\u001fSep\u001fHK\u001f\u001f", v)).isFalse();
        assertThat(SqlRecordPass.split("A\u001fRU\u001f", v)).isFalse();
        assertThat(SqlRecordPass.split(null, v)).isFalse();
    }

    /** The scan's month lengths are {@code YearMonth}'s, leap years of the proleptic Gregorian calendar included. */
    @Test
    void theScansMonthLengthsAreTheCalendars() {
        for (int y = 1000; y <= 9999; y++) {
            for (int m = 1; m <= 12; m++) {
                assertThat(SqlRecordPass.lengthOfMonth(y, m)).as("%d-%02d", y, m).isEqualTo(java.time.YearMonth.of(y, m).lengthOfMonth());
            }
        }
    }

    /** DuckDB reads a large file on its threads in buffers of a share of it each, a small one on one thread. */
    @Test
    void aLargeFileIsReadOnEveryThreadInBuffersOfAShareOfIt() {
        assertThat(SqlRecordPass.readBuffer(26_000_000L, 2)).isZero();
        assertThat(SqlRecordPass.readBuffer(260_653_824L, 1)).isZero();
        assertThat(SqlRecordPass.readBuffer(100L << 20, 2)).isEqualTo(51L << 20);
        assertThat(SqlRecordPass.readBuffer(260_653_824L, 2)).isEqualTo(260_653_824L / 2 + (1 << 20));
        assertThat(SqlRecordPass.readBuffer(400L << 20, 2)).isEqualTo(128L << 20);
        assertThat(SqlRecordPass.readBuffer(260_653_824L, 4)).isEqualTo(260_653_824L / 4 + (1 << 20));
    }

    @Test
    void duckDbSizesAreReadInBytes() {
        assertThat(SqlRecordPass.bytes("1.8 GiB")).isEqualTo((long) (1.8 * 1024 * 1024 * 1024));
        assertThat(SqlRecordPass.bytes("2.0 GB")).isEqualTo(2_000_000_000L);
        assertThat(SqlRecordPass.bytes("976.5 KiB")).isEqualTo((long) (976.5 * 1024));
        assertThat(SqlRecordPass.bytes("512 bytes")).isEqualTo(512);
        assertThat(SqlRecordPass.bytes("unlimited")).isEqualTo(-1);
        assertThat(SqlRecordPass.bytes(null)).isEqualTo(-1);
        // The generated files with the default limit of 2 GB: a million rows fit, ten million do not, by their bytes alone.
        long limit = SqlRecordPass.bytes("1.8 GiB");
        assertThat(SqlRecordPass.fits(260_653_824L, 1_000_000, limit)).isTrue();
        assertThat(SqlRecordPass.fits(2_624_227_472L, 0, limit)).isFalse();
        assertThat(SqlRecordPass.fits(1_000, 10, -1)).isFalse();
    }

    /** What the SQL pass's prefilter rests on: with goods not of concern and no listed carrier or maker, no record rule fires. */
    @Test
    void noRecordRuleFiresWithoutGoodsOfConcernOrAListedCarrierOrMaker() {
        LinesOfBusiness vocabulary = LinesOfBusiness.standard();
        Random r = new Random(3);
        String[] names = {"Global Freight Logistics LLC", "Furniture World LLC", "OOO Vektor Plus", "Textile Trading Co", "Bright Way Ltd"};
        String[] countries = {"RU", "BY", "IR", "KP", "AE", "HK", "DE", "CN", "TR"};
        int checked = 0;
        for (String code : List.of("940360", "847130", "620342", "030617", "870323", "8471300000")) {
            GoodsClass g = goods.classify(code);
            assertThat(SqlRecordPass.couldFlag(g)).as(code).isFalse();
            for (int i = 0; i < 200; i++) {
                String ex = names[r.nextInt(names.length)], im = names[r.nextInt(names.length)];
                Shipment s = new Shipment("r" + i, LocalDate.of(2021, 1, 1).plusDays(r.nextInt(1500)), ex, countries[r.nextInt(countries.length)], null, null,
                        im, countries[r.nextInt(countries.length)], null, null, "Acme", countries[r.nextInt(countries.length)],
                        countries[r.nextInt(countries.length)], countries[r.nextInt(countries.length)], code, r.nextBoolean() ? "toys, civil use" : "spare parts",
                        BigDecimal.ONE, "pcs", BigDecimal.TEN, new BigDecimal(100 + r.nextInt(1_000_000)), TransportMode.SEA, "Sea Breeze", null, Map.of());
                RecordFacts facts = new RecordFacts(s, g, NameFacts.of(ex, vocabulary), NameFacts.of(im, vocabulary), null, null);
                for (RecordRule rule : rules) {
                    assertThat(rule.check(facts)).as(rule.info().id() + " on " + s).isNull();
                    checked++;
                }
            }
        }
        assertThat(checked).isEqualTo(6 * 200 * rules.size());
        assertThat(SqlRecordPass.couldFlag(goods.classify("854231"))).isTrue();
        assertThat(SqlRecordPass.couldFlag(goods.classify("930190"))).isTrue();
    }

    /** Each record rule reads only the columns it says: the same flag when every other field is null. */
    @Test
    void everyRecordRuleReadsOnlyTheColumnsItSays() {
        LinesOfBusiness vocabulary = LinesOfBusiness.standard();
        Random r = new Random(7);
        String[] names = {"Global Freight Logistics LLC", "Furniture World LLC", "OOO Vektor Plus", "Textile Trading Co", "Bright Way Ltd", "Sepahan Trading"};
        String[] countries = {"RU", "BY", "IR", "KP", "AE", "HK", "DE", "CN", "TR", "KG"};
        String[] codes = {"854231", "8542310000", "846693", "880622", "880730", "930190", "940360", "853221"};
        String[] descriptions = {"toys, civil use", "spare parts", "microcontrollers", "household furniture", "goods", "unmanned aircraft", ""};
        ListedHit hit = new ListedHit("test:3", "Test List", "SEA BREEZE", "Sea Breeze", 0.95, "name");
        int flagged = 0;
        for (int i = 0; i < 3000; i++) {
            String code = codes[r.nextInt(codes.length)];
            String ex = names[r.nextInt(names.length)], im = names[r.nextInt(names.length)];
            String description = descriptions[r.nextInt(descriptions.length)];
            Shipment s = new Shipment("r" + i, LocalDate.of(2021, 1, 1).plusDays(r.nextInt(1500)), ex, countries[r.nextInt(countries.length)], "1 Road", "ID" + i,
                    im, countries[r.nextInt(countries.length)], "2 Road", null, "Acme", countries[r.nextInt(countries.length)],
                    countries[r.nextInt(countries.length)], countries[r.nextInt(countries.length)], code, description.isEmpty() ? null : description,
                    BigDecimal.ONE, "pcs", BigDecimal.TEN, new BigDecimal(100 + r.nextInt(1_000_000)), TransportMode.SEA, "Sea Breeze", "9074729", Map.of());
            ListedHit carrier = r.nextBoolean() ? hit : null, maker = r.nextInt(4) == 0 ? hit : null;
            RecordFacts full = new RecordFacts(s, goods.classify(code), NameFacts.of(ex, vocabulary), NameFacts.of(im, vocabulary), carrier, maker);
            for (RecordRule rule : rules) {
                java.util.Set<org.chokepoint.trade.record.ShipmentColumn> reads = rule.reads();
                String[] values = new String[org.chokepoint.trade.record.ShipmentColumn.values().length];
                for (org.chokepoint.trade.record.ShipmentColumn c : reads) values[c.ordinal()] = field(s, c);
                Shipment partial = org.chokepoint.trade.record.ShipmentRowCheck.partial(values);
                boolean carrierRead = reads.contains(org.chokepoint.trade.record.ShipmentColumn.CARRIER)
                        || reads.contains(org.chokepoint.trade.record.ShipmentColumn.VESSEL_IMO);
                RecordFacts restricted = new RecordFacts(partial, reads.contains(org.chokepoint.trade.record.ShipmentColumn.HS_CODE) ? full.goods() : null,
                        partial.exporterName() == null ? null : full.exporter(), partial.importerName() == null ? null : full.importer(),
                        carrierRead ? carrier : null, reads.contains(org.chokepoint.trade.record.ShipmentColumn.MANUFACTURER) ? maker : null);
                var expected = rule.check(full);
                assertThat(rule.check(restricted)).as(rule.info().id() + " on " + s).isEqualTo(expected);
                if (expected != null) flagged++;
            }
        }
        assertThat(flagged).as("flags raised").isGreaterThan(1000);
    }

    private static String field(Shipment s, org.chokepoint.trade.record.ShipmentColumn c) {
        Object v = switch (c) {
            case RECORD_ID -> s.recordId();
            case DATE -> s.date();
            case EXPORTER_NAME -> s.exporterName();
            case EXPORTER_COUNTRY -> s.exporterCountry();
            case EXPORTER_ADDRESS -> s.exporterAddress();
            case EXPORTER_ID -> s.exporterId();
            case IMPORTER_NAME -> s.importerName();
            case IMPORTER_COUNTRY -> s.importerCountry();
            case IMPORTER_ADDRESS -> s.importerAddress();
            case IMPORTER_ID -> s.importerId();
            case MANUFACTURER -> s.manufacturer();
            case ORIGIN_COUNTRY -> s.originCountry();
            case DISPATCH_COUNTRY -> s.dispatchCountry();
            case DESTINATION_COUNTRY -> s.destinationCountry();
            case HS_CODE -> s.hsCode();
            case DESCRIPTION -> s.description();
            case QUANTITY -> s.quantity() == null ? null : s.quantity().toPlainString();
            case UNIT -> s.unit();
            case NET_WEIGHT_KG -> s.netWeightKg() == null ? null : s.netWeightKg().toPlainString();
            case VALUE_USD -> s.valueUsd().toPlainString();
            case TRANSPORT_MODE -> s.transportMode() == null ? null : s.transportMode().value();
            case CARRIER -> s.carrier();
            case VESSEL_IMO -> s.vesselImo();
        };
        return v == null ? null : v.toString();
    }

    private static String[] splitTwo(String nameAndCountry) {
        int comma = nameAndCountry.lastIndexOf(',');
        return new String[] {nameAndCountry.substring(0, comma), nameAndCountry.substring(comma + 1)};
    }

    private RecordPass javaPass(MentionTable mentions) {
        return new RecordPass(lists, goods, rules, mentions, LinesOfBusiness.standard(), 2, 0.88);
    }

    record Passes(RecordPass.Result java, RecordPass.Result sql, String javaTables, String sqlTables) {}

    private Passes both(Path csv) throws Exception {
        RecordPass.Result[] results = new RecordPass.Result[2];
        String[] tables = new String[2];
        for (int k = 0; k < 2; k++) {
            Path out = Files.createDirectories(dir.resolve(csv.getFileName() + "-" + k));
            MentionTable mentions = new MentionTable();
            RecordPass java = javaPass(mentions);
            try (WorkDatabase db = WorkDatabase.create(out, "500MB")) {
                results[k] = k == 0 ? java.run(csv, db, out.resolve("rejects.csv"), n -> {})
                        : new SqlRecordPass(java, SanctionsPolicy.STANDARD, goods, rules, mentions).run(csv, db, out.resolve("rejects.csv"), n -> {});
                if (results[k] == null) return new Passes(results[0], null, null, null);
                tables[k] = dump(db, mentions, results[k]) + "\n--- rejects\n" + Files.readString(out.resolve("rejects.csv"));
                // Kept for a look when the two differ.
                Files.writeString(Files.createDirectories(Path.of("target", "sql-record-pass")).resolve(csv.getFileName() + "-" + (k == 0 ? "java" : "sql") + ".txt"), tables[k]);
            }
        }
        return new Passes(results[0], results[1], tables[0], tables[1]);
    }

    /** The work tables with their numbered texts decoded, the spellings with their counts, and the pass's totals, as text. */
    private static String dump(WorkDatabase db, MentionTable mentions, RecordPass.Result result) throws Exception {
        StringBuilder b = new StringBuilder(result.toString()).append('\n');
        String t = "(SELECT text FROM term WHERE code = r.%s)";
        String rec = "SELECT idx, day, xm, im, " + String.join(", ", java.util.stream.Stream.of("seller_cc", "buyer_cc", "dest", "via", "origin", "hs6", "tier", "unit")
                .map(c -> t.formatted(c) + " AS " + c).toList()) + ", concern, value, qty, kg FROM rec r ORDER BY idx";
        for (String sql : List.of(rec, "SELECT * FROM rflag ORDER BY idx, rule", "SELECT * FROM rid ORDER BY idx", "SELECT count(*), count(DISTINCT text) FROM term")) {
            b.append("--- ").append(sql).append('\n');
            try (Statement st = db.connection().createStatement(); ResultSet rs = st.executeQuery(sql)) {
                int n = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    for (int i = 1; i <= n; i++) b.append(i > 1 ? "|" : "").append(rs.getString(i));
                    b.append('\n');
                }
            }
        }
        b.append("--- spellings\n");
        for (int i = 0; i < mentions.size(); i++) b.append(mentions.mention(i)).append(' ').append(mentions.occurrences(i)).append('\n');
        return b.toString();
    }
}
