package org.chokepoint.similarity;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class TransliterationKeyTest {
    /** The letters of the folded groups (sh, dzh, ee, x, ...), a few others, and the characters of a whole name. */
    private static final String LETTERS = "shczdjgktxqwepouiyfabnr_ -1";

    /**
     * Looking for a group only when the string has its letters and pairs changes no folding: on random strings dense in
     * the groups' letters (so that groups overlap, one replacement makes or breaks another, and the hashed pairs collide),
     * and on real-looking names.
     */
    @Test
    void skippingAbsentGroupsFoldsAsLookingForEveryGroup() {
        Random random = new Random(2026_11_24);
        for (int n = 0; n < 200_000; n++) {
            int length = random.nextInt(40);
            StringBuilder w = new StringBuilder();
            String letters = n % 2 == 0 ? LETTERS : LETTERS.substring(0, 12);
            for (int i = 0; i < length; i++) w.append(letters.charAt(random.nextInt(letters.length())));
            String word = w.toString();
            assertThat(TransliterationKey.foldGroups(word)).as(word).isEqualTo(TransliterationKey.foldedEveryGroup(word));
        }
        for (String name : new String[] {"shchukinskaya", "dzhugashvili", "khaleelmajeed", "tszhavtoxq", "nephthys", "", "s", "ouou"}) {
            assertThat(TransliterationKey.foldGroups(name)).as(name).isEqualTo(TransliterationKey.foldedEveryGroup(name));
        }
    }

    @Test
    void keysOfRomanisationsAgree() {
        assertThat(TransliterationKey.of("proton")).isEqualTo(TransliterationKey.of("peryton"));
        assertThat(TransliterationKey.ofUncached("yuriyivanov")).isEqualTo(TransliterationKey.of("iuriiivanov"));
    }
}
