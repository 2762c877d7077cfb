package org.chokepoint.screening;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ScreeningQueryTest {
    private static ScreeningQuery row(String name, String identifier) {
        return ScreeningQuery.of(name, "RU", null, identifier, 5, ScorerV1.DEFAULT_THRESHOLD);
    }

    @Test
    void aRowWithNeitherNameNorIdentifierScreensNothing() {
        assertThat(row("", null).screensNothing()).isTrue();
        assertThat(row("   ", "  ").screensNothing()).isTrue();
        assertThat(row("«—»", null).screensNothing()).as("punctuation only").isTrue();
    }

    @Test
    void aNameInAnyScriptOrAnIdentifierAloneIsSomethingToScreen() {
        assertThat(row("Алмаз", null).screensNothing()).isFalse();
        assertThat(row("中航", null).screensNothing()).isFalse();
        assertThat(row("7", null).screensNothing()).as("a digit can be a name word").isFalse();
        assertThat(row("", "IMO 9253325").screensNothing()).as("an identifier alone is screened").isFalse();
    }
}
