package org.chokepoint.similarity;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class AcronymLettersTest {
    /** Letters the folding swaps or reads in pairs (kh, x as ks), with a few it keeps, and digits. */
    private static final String LETTERS = "ckqzswvijyxhae07";

    @Test
    void packedFoldingsAgreeExactlyWhenTheFoldingsDo() {
        Random random = new Random(17);
        List<String> words = new ArrayList<>();
        for (int n = 0; n < 20_000; n++) {
            int length = AcronymLetters.MIN_LETTERS + random.nextInt(AcronymLetters.MAX_LETTERS - AcronymLetters.MIN_LETTERS + 1);
            StringBuilder w = new StringBuilder();
            for (int i = 0; i < length; i++) w.append(LETTERS.charAt(random.nextInt(LETTERS.length())));
            words.add(w.toString());
        }
        // One packed key per folding and one folding per packed key: the key stands for the folding itself.
        Map<Long, String> foldingOfKey = new HashMap<>();
        Map<String, Long> keyOfFolding = new HashMap<>();
        for (String w : words) {
            long key = AcronymLetters.foldedKey(w);
            String folded = AcronymLetters.folded(w);
            assertThat(key).as(w).isNotEqualTo(AcronymLetters.UNPACKED);
            assertThat(foldingOfKey.computeIfAbsent(key, k -> folded)).as(w).isEqualTo(folded);
            assertThat(keyOfFolding.computeIfAbsent(folded, f -> key)).as(w).isEqualTo(key);
        }
        assertThat(foldingOfKey.size()).isGreaterThan(1000);
    }

    @Test
    void theTripsThroughRussianFoldAlike() {
        assertThat(AcronymLetters.of("kst", "cst")).isEqualTo(AcronymLetters.SIMILARITY);
        assertThat(AcronymLetters.of("khts", "chtz")).isEqualTo(AcronymLetters.SIMILARITY); // х т з: kh and c-h
        assertThat(AcronymLetters.of("akhd", "ahd")).isEqualTo(AcronymLetters.SIMILARITY);
        assertThat(AcronymLetters.of("eliks", "elix")).isEqualTo(AcronymLetters.SIMILARITY);
        assertThat(AcronymLetters.of("xash", "hash")).isEqualTo(AcronymLetters.SIMILARITY);
        assertThat(AcronymLetters.of("kkh", "ckh")).isEqualTo(AcronymLetters.SIMILARITY); // both "kh": only the k right before h goes
        assertThat(AcronymLetters.of("kkh", "kh")).isEqualTo(0.0); // "kh" against "h"
        assertThat(AcronymLetters.of("jan", "yan")).isEqualTo(0.0);
        assertThat(AcronymLetters.of("abc", "abd")).isEqualTo(0.0);
    }

    @Test
    void aWordWithAnotherCharacterIsComparedAsItsFolding() {
        assertThat(AcronymLetters.foldedKey("кст")).isEqualTo(AcronymLetters.UNPACKED);
        assertThat(AcronymLetters.of("кст", "кст")).isEqualTo(0.0);
        assertThat(AcronymLetters.of("ксz", "ксs")).isEqualTo(AcronymLetters.SIMILARITY);
        assertThat(AcronymLetters.of("ксz", "кsv")).isEqualTo(0.0);
    }
}
