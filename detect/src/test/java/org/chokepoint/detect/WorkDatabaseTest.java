package org.chokepoint.detect;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class WorkDatabaseTest {
    @TempDir
    Path dir;

    /** A CSV file of at most a quarter of the memory limit is worked on in memory; Parquet, a larger file or no limit on disk. */
    @Test
    void aCsvFileOfAQuarterOfTheMemoryLimitIsWorkedOnInMemory() {
        assertThat(WorkDatabase.fitsInMemory(500_000_000L, false, "2GB")).isTrue();
        assertThat(WorkDatabase.fitsInMemory(500_000_001L, false, "2GB")).isFalse();
        assertThat(WorkDatabase.fitsInMemory(260_000_000L, true, "2GB")).isFalse();
        assertThat(WorkDatabase.fitsInMemory(2_600_000_000L, false, "2GB")).isFalse();
        assertThat(WorkDatabase.fitsInMemory(1_000L, false, "not a size")).isFalse();
        assertThat(WorkDatabase.fitsInMemory(260_000_000L, false, "1.5 GiB")).isTrue();
    }

    @Test
    void aParquetFileIsToldByItsFirstBytesAndAMissingFileGoesToDisk() throws Exception {
        Path parquet = Files.write(dir.resolve("x.csv"), new byte[] {'P', 'A', 'R', '1', 0, 0});
        Path csv = Files.writeString(dir.resolve("y.parquet"), "record_id\nr1\n");
        assertThat(WorkDatabase.fitsInMemory(parquet, "2GB")).isFalse();
        assertThat(WorkDatabase.fitsInMemory(csv, "2GB")).isTrue();
        assertThat(WorkDatabase.fitsInMemory(dir.resolve("missing.csv"), "2GB")).isFalse();
    }

    /** Both kinds hold the work tables, and a second connection sees what the first wrote (BesideScreening's relies on it). */
    @Test
    void aSecondConnectionSeesTheTablesInEitherKind() throws Exception {
        for (boolean inMemory : new boolean[] {true, false}) {
            try (WorkDatabase db = WorkDatabase.create(dir, "256MB", inMemory)) {
                db.execute("INSERT INTO term VALUES (1, 'DE')");
                try (WorkDatabase second = db.secondConnection()) {
                    second.execute("CREATE TABLE t2 AS SELECT * FROM term");
                }
                assertThat(db.count("SELECT count(*) FROM t2")).as("in memory: " + inMemory).isEqualTo(1);
                assertThat(Files.exists(db.dir().resolve("work.duckdb"))).isEqualTo(!inMemory);
            }
        }
    }
}
