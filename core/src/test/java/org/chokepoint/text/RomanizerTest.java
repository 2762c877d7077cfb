package org.chokepoint.text;

import com.ibm.icu.lang.UScript;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RomanizerTest {
    /** The shortcut for text below {@link Romanizer#LATIN_OR_COMMON_BELOW} holds only if no code point there is of another script. */
    @Test
    void everyCodePointBelowTheShortcutsBoundIsLatinOrCommon() {
        for (int cp = 0; cp < Romanizer.LATIN_OR_COMMON_BELOW; cp++) {
            assertThat(UScript.getScript(cp)).as(Integer.toHexString(cp)).isIn(UScript.LATIN, UScript.COMMON);
        }
    }

    @Test
    void latinTextIsItsOwnOneReadingAndCyrillicIsRomanised() {
        Romanizer romanizer = new Romanizer();
        assertThat(romanizer.readings("société générale ǆ 12")).containsExactly("société générale ǆ 12");
        assertThat(romanizer.readings("")).containsExactly("");
        assertThat(romanizer.readings("газпром").getFirst()).isEqualTo("gazprom");
    }
}
