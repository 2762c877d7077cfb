package org.chokepoint.text;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class MistypedWordsTest {
    private static final List<String> FORMS = List.of("limited", "company", "corporation", "establishment", "incorporated", "compania");

    /** The test on the first two letters passes over no form that one edit reaches: the same answer as trying every form. */
    @Test
    void theFirstLettersTestKeepsEveryFormOneEditAway() {
        MistypedWords words = new MistypedWords();
        for (String f : FORMS) words.put(f, f.toUpperCase());
        Random random = new Random(11);
        String letters = "abcdeilmnoprt";
        for (int i = 0; i < 50_000; i++) {
            StringBuilder typed = new StringBuilder(FORMS.get(random.nextInt(FORMS.size())));
            int at = random.nextInt(3) == 0 ? random.nextInt(2) : random.nextInt(typed.length());
            switch (random.nextInt(4)) {
                case 0 -> typed.setCharAt(at, letters.charAt(random.nextInt(letters.length())));
                case 1 -> typed.insert(at, letters.charAt(random.nextInt(letters.length())));
                case 2 -> typed.deleteCharAt(at);
                default -> { if (at + 1 < typed.length()) { char c = typed.charAt(at); typed.setCharAt(at, typed.charAt(at + 1)); typed.setCharAt(at + 1, c); } }
            }
            if (random.nextBoolean()) typed.setCharAt(random.nextInt(typed.length()), letters.charAt(random.nextInt(letters.length())));
            String t = typed.toString();
            assertThat(words.get(t)).as(t).isEqualTo(everyForm(t));
        }
        assertThat(words.get("limitde")).isEqualTo("LIMITED");
        assertThat(words.get("ilmited")).isEqualTo("LIMITED");
        assertThat(words.get("xlimited")).isEqualTo("LIMITED");
        assertThat(words.get("imited")).isEqualTo("LIMITED");
        assertThat(words.get("limited")).isNull();
    }

    private static String everyForm(String typed) {
        if (typed.length() < MistypedWords.MIN_LETTERS - 1 || FORMS.contains(typed)) return null;
        for (String f : FORMS) if (MistypedPhrases.oneEdit(typed, f)) return f.toUpperCase();
        return null;
    }
}
