package org.chokepoint.detect;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AlongsideTest {
    @TempDir
    Path dir;

    @Test
    void theSecondConnectionSeesTheFirstsTablesAndTheFirstSeesWhatItWrote() throws Exception {
        try (WorkDatabase db = WorkDatabase.create(dir, "256MB")) {
            db.execute("CREATE TABLE numbers AS SELECT range AS n FROM range(1000)");
            Alongside<Long> work = Alongside.start(db, "test", second -> {
                second.execute("CREATE TABLE evens AS SELECT n FROM numbers WHERE n % 2 = 0");
                return second.count("SELECT sum(n) FROM evens");
            });
            // The first connection works meanwhile.
            db.execute("CREATE TABLE odds AS SELECT n FROM numbers WHERE n % 2 = 1");
            assertThat(work.await()).isEqualTo(249_500L);
            work.abandon();
            assertThat(db.count("SELECT count(*) FROM evens")).isEqualTo(500);
            assertThat(db.count("SELECT count(*) FROM odds")).isEqualTo(500);
        }
    }

    @Test
    void aFailureOfTheWorkIsThrownByAwaitAndNotByAbandon() throws Exception {
        try (WorkDatabase db = WorkDatabase.create(dir, "256MB")) {
            Alongside<Long> work = Alongside.start(db, "test", second -> second.count("SELECT count(*) FROM no_such_table"));
            work.abandon();
            assertThatThrownBy(work::await).isInstanceOf(SQLException.class).hasMessageContaining("no_such_table");
            Alongside<Long> broken = Alongside.start(db, "test", second -> {
                throw new IllegalStateException("broken on purpose");
            });
            assertThatThrownBy(broken::await).isInstanceOf(IllegalStateException.class).hasMessage("broken on purpose");
            broken.abandon();
            // The database is still usable, and closes.
            assertThat(db.count("SELECT 42")).isEqualTo(42);
        }
    }
}
