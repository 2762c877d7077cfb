package org.chokepoint.network.resolve;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class NameComparisonTest {
    @Test
    void lettersApartNeverExceedsTheTypingErrors() {
        Random random = new Random(7);
        String letters = "abcdefghijklmnopqrstuvwxyz0123456789";
        for (int k = 0; k < 20_000; k++) {
            String a = word(random, letters), b = random.nextBoolean() ? word(random, letters) : typo(random, a, letters);
            int exact = NameComparison.typingErrors(a, b, 64);
            assertThat(NameComparison.lettersApart(a, b)).as(a + " / " + b).isLessThanOrEqualTo(exact);
        }
    }

    @Test
    void wordsFarApartInLettersAreNotAlike() {
        assertThat(NameComparison.lettersApart("trading", "import")).isGreaterThan(2);
        assertThat(NameComparison.alike("trading", "import")).isFalse();
        assertThat(NameComparison.alike("tried", "treyd")).isTrue();
        assertThat(NameComparison.alike("furnisihngs", "furishings")).isTrue();
    }

    private static String word(Random random, String letters) {
        StringBuilder w = new StringBuilder();
        int n = 1 + random.nextInt(12);
        for (int i = 0; i < n; i++) w.append(letters.charAt(random.nextInt(random.nextBoolean() ? 6 : letters.length())));
        return w.toString();
    }

    private static String typo(Random random, String word, String letters) {
        StringBuilder w = new StringBuilder(word);
        for (int e = random.nextInt(4); e > 0 && !w.isEmpty(); e--) {
            int at = random.nextInt(w.length());
            switch (random.nextInt(4)) {
                case 0 -> w.setCharAt(at, letters.charAt(random.nextInt(letters.length())));
                case 1 -> w.deleteCharAt(at);
                case 2 -> w.insert(at, letters.charAt(random.nextInt(letters.length())));
                default -> {
                    if (at + 1 < w.length()) {
                        char c = w.charAt(at);
                        w.setCharAt(at, w.charAt(at + 1));
                        w.setCharAt(at + 1, c);
                    }
                }
            }
        }
        return w.toString();
    }
}
