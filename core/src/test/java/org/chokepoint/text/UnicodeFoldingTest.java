package org.chokepoint.text;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class UnicodeFoldingTest {
    /** Letters of both cases, digits, every quote and control character ASCII has, and the honorific an apostrophe may glue. */
    private static final String[] PIECES = {"A", "z", "Q", "m", "7", " ", ",", ".", "-", "'", "\"", "`", "\t", "\n", "\u0000", "\u007F",
            "(", ")", "&", "/", "IM.", "im.", "IMENI ", "imeni ", "Int'l", "GIDROMASH'IM. ", "O'Neil"};

    @Test
    void theAsciiShortcutFoldsAsTheWholeChain() {
        Random random = new Random(17);
        for (int i = 0; i < 50_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int n = 1 + random.nextInt(12); n > 0; n--) {
                if (random.nextInt(4) == 0) text.append((char) random.nextInt(0x80));
                else text.append(PIECES[random.nextInt(PIECES.length)]);
            }
            String s = text.toString();
            assertThat(UnicodeFolding.asciiFolded(s)).as(s).isNotNull();
            assertThat(UnicodeFolding.fold(s)).as(s).isEqualTo(UnicodeFolding.foldWhole(s));
        }
    }

    @Test
    void textBeyondAsciiTakesTheWholeChain() {
        assertThat(UnicodeFolding.asciiFolded("Straße")).isNull();
        assertThat(UnicodeFolding.fold("Straße")).isEqualTo("strasse");
        assertThat(UnicodeFolding.fold("NР DUDINKA")).isEqualTo("np dudinka"); // a Cyrillic Р among Latin letters
        assertThat(UnicodeFolding.fold("GIDROMASH'IM. V.I. LUZYANIN")).isEqualTo("gidromash im. v.i. luzyanin");
    }
}
