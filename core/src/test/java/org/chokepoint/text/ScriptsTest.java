package org.chokepoint.text;

import com.ibm.icu.lang.UScript;
import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class ScriptsTest {
    /** The ASCII shortcut gives what a script lookup per character gives: Latin with a letter, Common without. */
    @Test
    void plainAsciiIsLatinWithALetterAndCommonWithout() {
        Random random = new Random(5);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder text = new StringBuilder();
            boolean letter = false;
            for (int n = 1 + random.nextInt(10); n > 0; n--) {
                char c = (char) (random.nextInt(3) == 0 ? random.nextInt(0x80) : " -.,0123456789&@[`{".charAt(random.nextInt(19)));
                letter |= UScript.getScript(c) == UScript.LATIN;
                text.append(c);
            }
            assertThat(Scripts.dominant(text.toString())).as(text.toString()).isEqualTo(letter ? "Latin" : "Common");
        }
        assertThat(Scripts.dominant("Газпром Bank")).isEqualTo("Cyrillic");
        assertThat(Scripts.dominant("12 Ёж")).isEqualTo("Cyrillic");
    }
}
