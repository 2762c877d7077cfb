package org.chokepoint.text;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class WordRunsTest {
    @Test
    void wordsWrittenApartSpellAWordWrittenTogether() {
        List<String> words = List.of("ural", "vagon", "zavod", "holding");
        assertThat(WordRuns.spelledAt(words, 0, "uralvagonzavod", 3)).isEqualTo(3);
        assertThat(WordRuns.spelledAt(words, 1, "vagonzavod", 3)).isEqualTo(2);
        assertThat(WordRuns.spelledAt(words, 0, "ural", 3)).isEqualTo(1);
    }

    @Test
    void aRunMustSpellTheWholeWordWithinItsLength() {
        List<String> words = List.of("ural", "vagon", "zavod");
        assertThat(WordRuns.spelledAt(words, 0, "uralvagonzavod", 2)).isZero();
        assertThat(WordRuns.spelledAt(words, 0, "uralvag", 3)).isZero();
        assertThat(WordRuns.spelledAt(words, 0, "uralvagonzavodx", 3)).isZero();
        assertThat(WordRuns.spelledAt(words, 1, "uralvagon", 3)).isZero();
        assertThat(WordRuns.spelledAt(words, 3, "ural", 3)).isZero();
    }
}
