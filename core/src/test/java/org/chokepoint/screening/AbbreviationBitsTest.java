package org.chokepoint.screening;

import org.chokepoint.similarity.TokenAlignment;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link NameSearch#mayAbbreviate}, the bit test before {@link TokenAlignment.Shape#mayAbbreviate}, never rules out a pair
 * of spellings that the full test accepts (an acronym of one spelled by the other's initials), and rules out more pairs
 * than the shapes' own bits do.
 */
class AbbreviationBitsTest {
    /** Words of a small alphabet, so that acronyms and initials often meet; lengths 1 to 7. */
    private static List<String> words(Random r) {
        int n = 1 + r.nextInt(9);
        List<String> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int len = 1 + r.nextInt(7);
            StringBuilder w = new StringBuilder();
            for (int j = 0; j < len; j++) w.append((char) ('a' + r.nextInt(6)));
            out.add(w.toString());
        }
        return out;
    }

    private static boolean bits(TokenAlignment.Shape a, TokenAlignment.Shape b) {
        return NameSearch.mayAbbreviate(a.acronymTrigrams(), a.initialTrigrams(), NameSearch.acronymBits(a), NameSearch.initialBits(a),
                b.acronymTrigrams(), b.initialTrigrams(), NameSearch.acronymBits(b), NameSearch.initialBits(b));
    }

    @Test
    void neverRulesOutAnAcronymSpelledByInitials() {
        Random r = new Random(12);
        int accepted = 0, shapeBits = 0, passed = 0;
        for (int i = 0; i < 200_000; i++) {
            TokenAlignment.Shape a = TokenAlignment.Shape.of(words(r)), b = TokenAlignment.Shape.of(words(r));
            boolean full = a.mayAbbreviate(b);
            boolean test = bits(a, b);
            if (full) {
                accepted++;
                assertThat(test).as(a.initials() + " / " + b.initials()).isTrue();
            }
            if (a.mayOverlap(0, 0, b.acronymTrigrams(), b.initialTrigrams())) shapeBits++;
            if (test) passed++;
        }
        assertThat(accepted).isGreaterThan(1_000);
        // The second hash rules out pairs that the shapes' bits alone let through.
        assertThat(passed).isLessThan(shapeBits);
        assertThat(passed).isGreaterThanOrEqualTo(accepted);
    }

    @Test
    void anAcronymAndTheWordsItAbbreviatesPass() {
        TokenAlignment.Shape acronym = TokenAlignment.Shape.of(List.of("mstu", "bauman"));
        TokenAlignment.Shape words = TokenAlignment.Shape.of(List.of("moscow", "state", "technical", "university"));
        assertThat(acronym.mayAbbreviate(words)).isTrue();
        assertThat(bits(acronym, words)).isTrue();
        assertThat(bits(words, acronym)).isTrue();
    }
}
