package org.chokepoint.cli;

import org.chokepoint.identifier.IdentifierText;
import org.chokepoint.lists.index.KeptIndex;
import org.chokepoint.lists.store.Snapshot;
import org.chokepoint.lists.store.SnapshotStore;
import org.chokepoint.model.Entity;
import org.chokepoint.screening.Match;
import org.chokepoint.screening.Screener;
import org.chokepoint.screening.ScreeningQuery;
import org.chokepoint.testkit.ScreeningQueries;
import org.chokepoint.testkit.SharedData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The screening index kept in the data directory, on the real lists: {@code lists update} writes it; read back it answers
 * every invented query (several scripts) exactly as an index built in memory; {@code screen} reads it without a word,
 * rebuilds a truncated one with one line saying why, and still answers when it cannot write it.
 */
class KeptIndexIT {
    @TempDir
    static Path data;

    @BeforeAll
    static void load() {
        CliRun run = CliRun.of("--data", data.toString(), "lists", "update", "--from", SharedData.file("").toString());
        assertThat(run.exit()).as(run.toString()).isZero();
        assertThat(run.out()).contains("screening index written to " + KeptIndex.file(data, KeptIndex.CURRENT));
    }

    @Test
    void theKeptIndexAnswersAsOneBuiltInMemory() throws Exception {
        List<Entity> entities;
        List<Snapshot> snapshots;
        try (SnapshotStore store = SnapshotStore.open(data)) {
            entities = store.currentEntities();
            snapshots = store.currentSnapshots();
        }
        List<String> notes = new ArrayList<>();
        Screener kept = KeptIndex.open(data, KeptIndex.CURRENT, snapshots, entities, notes::add);
        assertThat(notes).as("read, not rebuilt").isEmpty();
        Screener built = Screener.build(entities);
        int withMatches = 0;
        for (String spec : ScreeningQueries.all()) {
            ScreeningQuery q = query(spec);
            List<Match> expected = built.screen(q);
            assertThat(kept.screen(q)).as(spec).isEqualTo(expected);
            assertThat(kept.screen(q).stream().map(Match::explanation).toList()).as(spec).isEqualTo(expected.stream().map(Match::explanation).toList());
            assertThat(kept.candidateIds(q)).as(spec).isEqualTo(built.candidateIds(q));
            if (!expected.isEmpty()) withMatches++;
        }
        assertThat(withMatches).isGreaterThan(ScreeningQueries.all().size() / 2);
    }

    /** A query in the syntax of the testkit's queries, every match down to 0.5, at most 10. */
    private static ScreeningQuery query(String spec) {
        String[] parts = spec.split("\\|");
        String country = null, type = null, identifier = null;
        for (int i = 1; i < parts.length; i++) {
            String[] kv = parts[i].split("=", 2);
            switch (kv[0]) {
                case "country" -> country = kv[1];
                case "type" -> type = kv[1];
                case "identifier" -> identifier = kv[1];
                default -> throw new IllegalArgumentException("unknown part " + parts[i] + " in " + spec);
            }
        }
        assertThat(identifier == null || !IdentifierText.parse(identifier).isEmpty()).as(spec).isTrue();
        return ScreeningQuery.of(parts[0], country, type, identifier, 10, 0.5);
    }

    @Test
    void screenReadsTheKeptIndexAndRebuildsATruncatedOne(@TempDir Path copy) throws Exception {
        // A copy of the data directory, so that the other tests keep the file lists update wrote.
        Files.copy(data.resolve(SnapshotStore.FILE_NAME), copy.resolve(SnapshotStore.FILE_NAME));
        Path file = KeptIndex.file(copy, KeptIndex.CURRENT);
        Files.createDirectories(file.getParent());
        byte[] whole = Files.readAllBytes(KeptIndex.file(data, KeptIndex.CURRENT));
        Files.write(file, java.util.Arrays.copyOf(whole, whole.length / 2));

        CliRun rebuilt = CliRun.of("--data", copy.toString(), "screen", "Банк ВТБ", "--country", "RU");
        assertThat(rebuilt.exit()).as(rebuilt.toString()).isZero();
        assertThat(rebuilt.out()).contains("ofac-sdn:17013");
        assertThat(rebuilt.err()).contains("screening index: " + file + " is unusable: it is truncated").contains("rebuilding it");
        assertThat(Files.size(file)).isEqualTo(whole.length);

        CliRun read = CliRun.of("--data", copy.toString(), "screen", "Банк ВТБ", "--country", "RU");
        assertThat(read.exit()).as(read.toString()).isZero();
        assertThat(read.out()).isEqualTo(rebuilt.out());
        assertThat(read.err()).doesNotContain("screening index");
    }

    @Test
    void screenAnswersWhenTheIndexCannotBeWritten(@TempDir Path copy) throws Exception {
        Files.copy(data.resolve(SnapshotStore.FILE_NAME), copy.resolve(SnapshotStore.FILE_NAME));
        // The index folder is a file: nothing can be written under it (a read-only data directory, even for root).
        Files.writeString(copy.resolve("index"), "not a folder");
        CliRun run = CliRun.of("--data", copy.toString(), "screen", "Банк ВТБ", "--country", "RU");
        assertThat(run.exit()).as(run.toString()).isZero();
        assertThat(run.out()).contains("ofac-sdn:17013");
        assertThat(run.err()).contains("cannot write").contains("the next run builds it again");
    }
}
