package org.chokepoint.screening;

import org.chokepoint.model.Entity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * An index written to a file and read back answers every query exactly as the index built in memory (every match:
 * entity, matched name, score, features and their explanation), and a file that is stale, of another format,
 * truncated, damaged or written for other entities is refused.
 */
class ScreenerFileTest {
    private static final String KEY = ScreenerFile.key("test lists");
    private static List<Entity> entities;
    private static Screener built;
    private static byte[] file;

    @BeforeAll
    static void buildAndWrite() throws IOException {
        entities = fixtures();
        built = Screener.build(entities);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ScreenerFile.write(built, KEY, out);
        file = out.toByteArray();
    }

    /** The filler entities and every party of the case file, each once. */
    static List<Entity> fixtures() {
        Map<String, Entity> out = new LinkedHashMap<>();
        for (Entity e : ScreeningFixtures.filler()) out.put(e.id(), e);
        int n = 0;
        Set<String> specs = new LinkedHashSet<>();
        for (String[] c : caseLines()) {
            specs.add(c[2].strip());
            if (!c[3].isBlank() && !c[3].strip().equals("-")) specs.add(c[3].strip());
        }
        for (String spec : specs) {
            Entity e = ScreeningFixtures.party("case", Integer.toString(++n), spec);
            out.put(e.id(), e);
        }
        return List.copyOf(out.values());
    }

    private static List<String[]> caseLines() {
        List<String[]> out = new ArrayList<>();
        for (String line : ScreeningFixtures.lines("cases.tsv")) {
            if (line.isBlank() || line.startsWith("#")) continue;
            out.add(line.split("\t", -1));
        }
        return out;
    }

    /** The case file's queries and the invented ones of the testkit ({@code ScreeningQueries}). */
    static List<String> queries() {
        Set<String> out = new LinkedHashSet<>();
        for (String[] c : caseLines()) out.add(c[1].strip());
        out.addAll(org.chokepoint.testkit.ScreeningQueries.all());
        return List.copyOf(out);
    }

    @Test
    void aScreenerReadBackAnswersEveryQueryAsTheOneBuilt() throws Exception {
        Screener read = ScreenerFile.read(ByteBuffer.wrap(file), KEY, entities);
        assertThat(read.entityCount()).isEqualTo(built.entityCount());
        assertThat(read.nameCount()).isEqualTo(built.nameCount());
        List<String> queries = queries();
        assertThat(queries).hasSizeGreaterThan(400);
        int withMatches = 0;
        for (String spec : queries) {
            ScreeningQuery q = ScreeningFixtures.query(spec, 10);
            List<Match> expected = built.screen(q), actual = read.screen(q);
            assertThat(actual).as(spec).isEqualTo(expected);
            assertThat(actual.stream().map(Match::explanation).toList()).as(spec).isEqualTo(expected.stream().map(Match::explanation).toList());
            assertThat(read.candidateIds(q)).as(spec).isEqualTo(built.candidateIds(q));
            if (!expected.isEmpty()) withMatches++;
        }
        // The comparison means something only if most queries find something.
        assertThat(withMatches).isGreaterThan(queries.size() / 2);
    }

    /**
     * The layouts read back, whose honorees ({@link NameParts#honoree}) come from the file rather than from reading the
     * names again, are the ones built: every array equal, and some names of the fixtures do honour someone.
     */
    @Test
    void theLayoutsReadBackAreTheOnesBuilt() throws Exception {
        Screener read = ScreenerFile.read(ByteBuffer.wrap(file), KEY, entities);
        int honouring = 0;
        for (int e = 0; e < entities.size(); e++) {
            NameSearch.Layout a = built.index().layouts[e], b = read.index().layouts[e];
            assertThat(b.bits()).as("entity %d", e).isEqualTo(a.bits());
            assertThat(b.words()).as("entity %d", e).isEqualTo(a.words());
            assertThat(b.hashes()).as("entity %d", e).isEqualTo(a.hashes());
            int[] honorees = b.honorees();
            assertThat(honorees).hasSize(built.index().names.get(e).size());
            for (int x = 0; x < honorees.length; x++) {
                assertThat(honorees[x]).isEqualTo(NameParts.honoree(built.index().names.get(e).get(x).name().value()));
                if (honorees[x] != 0) honouring++;
            }
        }
        assertThat(honouring).isPositive();
    }

    @Test
    void writingWhatWasReadGivesTheSameBytes() throws Exception {
        Screener read = ScreenerFile.read(ByteBuffer.wrap(file), KEY, entities);
        ByteArrayOutputStream again = new ByteArrayOutputStream();
        ScreenerFile.write(read, KEY, again);
        assertThat(again.toByteArray()).isEqualTo(file);
    }

    @Test
    void aFileOnDiskIsReadAndItsKeyIsSeenWithoutReadingIt(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("index").resolve("screening.bin");
        ScreenerFile.write(built, KEY, f);
        assertThat(ScreenerFile.keyOf(f)).contains(KEY);
        assertThat(ScreenerFile.keyOf(dir.resolve("none.bin"))).isEmpty();
        Screener read = ScreenerFile.read(f, KEY, entities);
        ScreeningQuery q = ScreeningQuery.of("Gazprom Bank", null, null, null, 5, 0.0);
        assertThat(read.screen(q)).isEqualTo(built.screen(q));
        try (var files = Files.list(f.getParent())) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("screening.bin");
        }
    }

    @Test
    void aStaleKeyIsRefused() {
        assertThatThrownBy(() -> ScreenerFile.read(ByteBuffer.wrap(file), ScreenerFile.key("other lists"), entities))
                .isInstanceOf(UnusableIndexException.class).hasMessageContaining("stale").hasMessageContaining("lists changed");
    }

    @Test
    void anotherFormatIsRefused() {
        byte[] other = file.clone();
        ByteBuffer.wrap(other).putInt(8, ScreenerFile.FORMAT + 1);
        assertThatThrownBy(() -> ScreenerFile.read(ByteBuffer.wrap(other), KEY, entities))
                .isInstanceOf(UnusableIndexException.class).hasMessageContaining("format " + (ScreenerFile.FORMAT + 1));
        assertThat(ScreenerFile.keyOf(ByteBuffer.wrap(other))).isEmpty();
    }

    @Test
    void aTruncatedFileIsRefused() {
        for (int length : new int[] {0, 5, 20, file.length / 2, file.length - 1}) {
            assertThatThrownBy(() -> ScreenerFile.read(ByteBuffer.wrap(file, 0, length).slice(), KEY, entities)).as("%d bytes", length)
                    .isInstanceOf(UnusableIndexException.class).hasMessageContaining("truncated");
        }
    }

    @Test
    void aDamagedByteIsCaughtByTheChecksum() {
        for (int at : new int[] {file.length / 3, file.length / 2, file.length - 3}) {
            byte[] damaged = file.clone();
            damaged[at] ^= 0x10;
            assertThatThrownBy(() -> ScreenerFile.read(ByteBuffer.wrap(damaged), KEY, entities)).as("byte %d", at)
                    .isInstanceOf(UnusableIndexException.class).hasMessageContaining("damaged");
        }
    }

    @Test
    void otherEntitiesAreRefused() {
        List<Entity> fewer = entities.subList(1, entities.size());
        assertThatThrownBy(() -> ScreenerFile.read(ByteBuffer.wrap(file), KEY, fewer)).isInstanceOf(UnusableIndexException.class)
                .hasMessageContaining("entities");
        List<Entity> reordered = new ArrayList<>(entities);
        java.util.Collections.swap(reordered, 0, 1);
        assertThatThrownBy(() -> ScreenerFile.read(ByteBuffer.wrap(file), KEY, reordered)).isInstanceOf(UnusableIndexException.class)
                .hasMessageContaining("other entities");
    }

    @Test
    void theKeyNamesFormatScorerCodeAndLists() {
        assertThat(KEY).contains("format " + ScreenerFile.FORMAT).contains(ScorerV1.NAME).contains("code " + ScreenerFile.codeVersion())
                .endsWith("lists test lists");
        assertThat(ScreenerFile.codeVersion()).matches("[0-9a-f]{16}").isEqualTo(ScreenerFile.codeVersion());
    }
}
