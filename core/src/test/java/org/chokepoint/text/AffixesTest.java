package org.chokepoint.text;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.assertThat;

class AffixesTest {
    private static final List<String> AFFIXES = List.of("yaya", "aya", "ya", "a", "iy", "y", "ogo", "go", "ab", "b", "ba", "yab");

    /** The first affix of the whole list, in its order, that the word carries is the first among the word's candidates. */
    @Test
    void theFirstFittingAffixIsTheWholeListsFirst() {
        Affixes<String> endings = Affixes.endings(AFFIXES, a -> a);
        Affixes<String> beginnings = Affixes.beginnings(AFFIXES, a -> a);
        Random random = new Random(3);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder w = new StringBuilder();
            for (int n = random.nextInt(7); n > 0; n--) w.append("abgoiy".charAt(random.nextInt(6)));
            String word = w.toString();
            assertThat(endings.candidates(word).stream().filter(word::endsWith).findFirst())
                    .as(word).isEqualTo(AFFIXES.stream().filter(word::endsWith).findFirst());
            assertThat(beginnings.candidates(word).stream().filter(word::startsWith).findFirst())
                    .as(word).isEqualTo(AFFIXES.stream().filter(word::startsWith).findFirst());
        }
        assertThat(endings.candidates("é")).isEmpty();
    }

    @Test
    void anEmptyAffixWouldFitEveryWordAndIsRefused() {
        assertThatThrownBy(() -> Affixes.endings(List.of("a", ""), a -> a)).isInstanceOf(IllegalArgumentException.class);
    }
}
