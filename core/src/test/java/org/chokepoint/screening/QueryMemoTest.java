package org.chokepoint.screening;

import org.chokepoint.similarity.TokenAlignment;
import org.chokepoint.text.TokenWeights;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A memo row holds, for every query word, exactly {@link TokenAlignment#similarity} of the listed word with it, in the
 * order {@link QueryMemo#of} compares them, whatever shortcut settles it (a listed word like no query word is settled
 * without comparing: that must not lose pairs of other first letters that share a transliteration key).
 */
class QueryMemoTest {
    /** Words of one name in several romanisations, of other first letters among them, short words, initials and an empty word. */
    private static final List<String> WORDS = List.of("yuzhmorgeologiya", "juzhmorgeologiya", "ekaterina", "yekaterina", "yevgeniy", "evgeniy",
            "ismail", "esmail", "qasimov", "kasimov", "hussein", "husayn", "mohammed", "muhammad", "kharkovsky", "charkovsky", "bank", "banking",
            "gazprom", "gazprombank", "noor", "nur", "ameer", "amir", "a", "e", "j", "y", "ooo", "oao", "zhukov", "joukov", "iosif", "josif", "",
            "kemal", "kamal", "strela", "strella", "polimer", "polymer", "energiya", "energia", "proton", "peryton", "sona", "sana", "niiet", "niiit",
            // One Arabic or Persian name in two romanisations (the memo passes the words' vowel skeletons, made once).
            "rida", "reza", "muhsin", "mohsen", "husain", "hosein", "fatemeh", "fatima", "omar", "umar", "qasem", "kassem");

    @Test
    void everyRowHoldsTheSimilarityOfEveryPair() {
        Lexicon.Builder words = new Lexicon.Builder();
        for (String w : WORDS) words.id(w);
        Lexicon lexicon = words.build();
        int differentFirstAndAlike = 0;
        // Every word as a query of three words with its neighbours, against every listed word.
        for (int start = 0; start < WORDS.size(); start++) {
            List<String> query = List.of(WORDS.get(start), WORDS.get((start + 1) % WORDS.size()), WORDS.get((start + 7) % WORDS.size()));
            QueryMemo memo = new QueryMemo(TokenWeights.genericOnly(), lexicon);
            int[] positions = memo.queryPositions(query);
            for (int id = 0; id < lexicon.size(); id++) {
                int row = memo.row(id);
                double[] data = memo.data();
                String listed = lexicon.word(id);
                for (int k = 0; k < query.size(); k++) {
                    String q = query.get(k);
                    double expected = q.compareTo(listed) <= 0 ? TokenAlignment.similarity(q, listed, null, null) : TokenAlignment.similarity(listed, q, null, null);
                    assertThat(data[row + positions[k]]).as("%s / %s", q, listed).isEqualTo(expected);
                    if (expected > 0 && !q.isEmpty() && !listed.isEmpty() && q.charAt(0) != listed.charAt(0)) differentFirstAndAlike++;
                }
            }
        }
        // The pairs of other first letters that share a key are among them (the case a shortcut must not settle).
        assertThat(differentFirstAndAlike).isPositive();
    }
}
