package org.chokepoint.bench;

import org.chokepoint.trade.record.ParsedRow;
import org.chokepoint.trade.record.ShipmentReader;
import org.chokepoint.trade.record.ShipmentStore;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Ingest of shipment records: reading and validating a CSV alone, and reading, validating and storing
 * it into a fresh DuckDB store (what `chokepoint shipments load` does). One operation is the whole file
 * of {@code rows} records, so records per second = rows / (seconds per operation). The file is synthetic:
 * every column of formats.md §1 filled, about 1 row in 200 invalid, so the reject path is exercised too.
 * Run: {@code bench/run ShipmentLoad -p rows=1000000}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g", "--enable-native-access=ALL-UNNAMED"})
public class ShipmentLoadBenchmark {
    @Param("1000000")
    public int rows;

    private Path dir;
    private Path csv;

    @Setup(Level.Trial)
    public void writeFile() throws IOException {
        dir = Files.createTempDirectory("chokepoint-bench-shipments");
        csv = dir.resolve("shipments.csv");
        write(csv, rows);
    }

    @TearDown(Level.Trial)
    public void deleteFiles() throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Benchmark
    public long readAndValidate() throws Exception {
        long ok = 0;
        try (ShipmentReader r = ShipmentReader.open(csv)) {
            ParsedRow p;
            while ((p = r.next()) != null) if (p.ok()) ok++;
        }
        return ok;
    }

    @Benchmark
    public long readValidateAndStore() throws Exception {
        Path data = Files.createTempDirectory(dir, "store");
        try (ShipmentStore store = ShipmentStore.open(data)) {
            return store.load(csv, "bench").dataset().stored();
        }
    }

    /** Writes n synthetic declaration lines. */
    static void write(Path file, int n) throws IOException {
        String[] exporters = {"Shenzhen Bright Electronics Co Ltd", "Muster Elektronik GmbH", "Gulf Star General Trading LLC", "Anatolia Makina A.S.",
                "Almaty Tech Supply TOO", "ООО Восток Логистик", "Hong Kong Rich Field Ltd"};
        String[] countries = {"CN", "DE", "AE", "TR", "KZ", "RU", "HK", "US", "KG", "AM"};
        String[] hs = {"8542310000", "8542320090", "8471500000", "8482100000", "8807300000", "9013100000", "8457101000", "8517620000", "6403990000"};
        String[] modes = {"sea", "air", "road", "rail", "post", "other"};
        SplittableRandom rnd = new SplittableRandom(42);
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("record_id,date,exporter_name,exporter_country,exporter_address,exporter_id,importer_name,importer_country,importer_address,"
                    + "importer_id,manufacturer,origin_country,dispatch_country,destination_country,hs_code,description,quantity,unit,"
                    + "net_weight_kg,value_usd,transport_mode,carrier,vessel_imo\n");
            StringBuilder b = new StringBuilder(512);
            for (int i = 0; i < n; i++) {
                b.setLength(0);
                boolean bad = rnd.nextInt(200) == 0;
                b.append("R").append(i).append(',')
                        .append(2021 + rnd.nextInt(4)).append('-').append(two(1 + rnd.nextInt(12))).append('-').append(two(1 + rnd.nextInt(28))).append(',')
                        .append('"').append(exporters[rnd.nextInt(exporters.length)]).append(" ").append(rnd.nextInt(5000)).append('"').append(',')
                        .append(countries[rnd.nextInt(countries.length)]).append(',')
                        .append("\"Building ").append(rnd.nextInt(900)).append(", Industrial Zone, City\"").append(',')
                        .append(rnd.nextInt(3) == 0 ? "" : Long.toString(1_000_000_000L + rnd.nextLong(8_999_999_999L))).append(',')
                        .append("\"Importer ").append(rnd.nextInt(20000)).append(" LLC\"").append(',')
                        .append(bad ? "Russia" : "RU").append(',')
                        .append("\"ul. Lenina ").append(rnd.nextInt(200)).append(", Moscow\"").append(',')
                        .append(7700000000L + rnd.nextInt(99999999)).append(',')
                        .append("Texas Instruments").append(',')
                        .append(countries[rnd.nextInt(countries.length)]).append(',')
                        .append(rnd.nextBoolean() ? "" : countries[rnd.nextInt(countries.length)]).append(',')
                        .append("RU").append(',')
                        .append(hs[rnd.nextInt(hs.length)]).append(',')
                        .append("\"Electronic components, model ").append(rnd.nextInt(100000)).append('"').append(',')
                        .append(1 + rnd.nextInt(10000)).append(',')
                        .append("pcs").append(',')
                        .append(rnd.nextInt(5000)).append('.').append(rnd.nextInt(10)).append(',')
                        .append(rnd.nextInt(1_000_000)).append('.').append(two(rnd.nextInt(100))).append(',')
                        .append(modes[rnd.nextInt(modes.length)]).append(',')
                        .append(rnd.nextBoolean() ? "Aeroflot" : "").append(',')
                        .append(rnd.nextInt(4) == 0 ? "9253325" : "")
                        .append('\n');
                w.append(b);
            }
        }
    }

    private static String two(int v) {
        return v < 10 ? "0" + v : Integer.toString(v);
    }
}
