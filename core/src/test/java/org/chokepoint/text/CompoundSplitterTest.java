package org.chokepoint.text;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class CompoundSplitterTest {
    @Test
    void aTokenCoveredByKnownPartsIsSplitIntoTheirTranslations() {
        CompoundSplitter splitter = new CompoundSplitter(Map.of("gaz", "gas", "prom", "industry", "bank", "bank"));
        assertThat(splitter.split("gazprombank")).containsExactly("gas", "industry", "bank");
        assertThat(splitter.split("gazpromx")).isNull();
        assertThat(splitter.split("gazprom")).containsExactly("gas", "industry");
        assertThat(splitter.split("bank")).isNull(); // shorter than a compound
    }

    /**
     * The letter tree finds the same split as trying every (end, length) pair, ties included: of the splits with fewest
     * parts, the one whose last part is shortest, and so on backwards. Parts overlap on purpose ("ab", "abc", "bc", "cab").
     */
    @Test
    void theSplitIsTheSameAsTryingEveryPartAtEveryEnd() {
        Map<String, String> parts = Map.of("ab", "t1", "abc", "t2", "bc", "t3", "cab", "t4", "ca", "t5", "bca", "t6",
                "aa", "t7", "cc", "t8 t9", "abca", "t10", "b", "t11");
        CompoundSplitter splitter = new CompoundSplitter(parts);
        Random random = new Random(13);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder token = new StringBuilder();
            for (int n = 5 + random.nextInt(10); n > 0; n--) token.append("abc".charAt(random.nextInt(3)));
            assertThat(splitter.split(token.toString())).as(token.toString()).isEqualTo(everyEnd(parts, token.toString()));
        }
    }

    /** The former algorithm: at each end, every length of part upwards, the first with fewest parts kept. */
    private static List<String> everyEnd(Map<String, String> parts, String token) {
        int n = token.length();
        int longestPart = parts.keySet().stream().mapToInt(String::length).max().orElse(0);
        int[] pieces = new int[n + 1];
        int[] cut = new int[n + 1];
        for (int end = 1; end <= n; end++) {
            pieces[end] = Integer.MAX_VALUE;
            for (int len = 2; len <= Math.min(longestPart, end); len++) {
                int start = end - len;
                if (start > 0 && pieces[start] == Integer.MAX_VALUE) continue;
                if (!parts.containsKey(token.substring(start, end))) continue;
                if (pieces[start] + 1 < pieces[end]) {
                    pieces[end] = pieces[start] + 1;
                    cut[end] = start;
                }
            }
        }
        if (pieces[n] == Integer.MAX_VALUE || pieces[n] < 2) return null;
        List<String> translations = new ArrayList<>();
        for (int end = n; end > 0; end = cut[end]) translations.addFirst(parts.get(token.substring(cut[end], end)));
        List<String> out = new ArrayList<>();
        for (String translation : translations) out.addAll(List.of(translation.split(" ")));
        return out;
    }
}
