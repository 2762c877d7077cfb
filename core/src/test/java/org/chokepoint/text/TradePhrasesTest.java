package org.chokepoint.text;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The two data files agree: every word a line-of-business phrase is written as ({@code trade-phrases.tsv}) weighs as a
 * generic word ({@code generic-tokens.txt}). A phrase added to the first without its word in the second would make
 * "disticaret" or "pazarlama" a distinctive name word, and two traders sharing only their line of business a match.
 */
class TradePhrasesTest {
    private static final NameNormalizer CHAIN = NameNormalizer.standard();

    @Test
    void everyWordOfAPhraseIsGeneric() {
        List<String> words = new ArrayList<>();
        for (String[] row : DataFile.rows("trade-phrases.tsv")) {
            List<String> written = CHAIN.normalize(row[0]).tokens();
            assertThat(written).as(row[0]).isNotEmpty();
            words.addAll(written);
            if (row.length < 2) continue;
            for (String variant : DataFile.alternatives(row[1])) {
                // Each other spelling is written in the phrase's one spelling, so it weighs the same.
                assertThat(CHAIN.normalize(variant).tokens()).as(variant + " -> " + row[0]).isEqualTo(written);
            }
        }
        assertThat(words).hasSizeGreaterThan(10);
        for (String w : words) {
            assertThat(CHAIN.businessWord(w)).as(w).isTrue();
            assertThat(TokenWeights.isGeneric(w)).as("%s is written by trade-phrases.tsv but is not in generic-tokens.txt", w).isTrue();
        }
    }
}
