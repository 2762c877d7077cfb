package org.chokepoint.screening;

import org.chokepoint.similarity.ArabicSkeleton;
import org.chokepoint.similarity.TokenAlignment;
import org.chokepoint.text.TokenWeights;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

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
            "rida", "reza", "muhsin", "mohsen", "husain", "hosein", "fatemeh", "fatima", "omar", "umar", "qasem", "kassem",
            // One East Slavic name with its initial iotated vowel in several schemes (y, j, i, or none for е).
            "elena", "yelena", "jelena", "ielena", "yuri", "juri", "iurii", "yana", "jana", "iana", "evgeny",
            // A Russian word in the scientific scheme (x for х) and in the lists' spelling.
            "pjatyx", "pyatykh", "mixajlovskaja", "mikhailovskaya", "xusnullin", "khusnullin", "husnullin", "kobec", "kobets");

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

    /**
     * {@link QueryMemo#alikePositions} (from a listed word's traits alone) holds every query position whose similarity with
     * the word is above 0, and the word's row holds those similarities: the name search leaves out comparisons and rows on
     * its word, and the row itself compares the word with those positions only. Over the words above and
     * random words of a small alphabet (many pairs one letter apart, of one key), with query words marked as Arabic
     * skeletons, which reach Latin words of other first letters.
     */
    @Test
    void alikePositionsHoldEveryPositionARowCreditsAndRuleOutMost() {
        Random random = new Random(5);
        List<String> all = new ArrayList<>(WORDS);
        String alphabet = "aeiokgqcshzdbmnrt";
        for (int i = 0; i < 400; i++) {
            StringBuilder w = new StringBuilder();
            for (int n = 1 + random.nextInt(9), k = 0; k < n; k++) w.append(alphabet.charAt(random.nextInt(alphabet.length())));
            all.add(w.toString());
        }
        List<String> skeletons = List.of("mhmd", "hsn", "qsm", "ahmd", "bnk");
        all.addAll(skeletons);
        Lexicon.Builder words = new Lexicon.Builder();
        for (String w : all) words.id(w);
        Lexicon lexicon = words.build();
        int credited = 0, ruledOut = 0;
        for (int start = 0; start < all.size(); start += 3) {
            List<String> query = List.of(all.get(start), all.get((start + 1) % all.size()), all.get((start + 11) % all.size()),
                    skeletons.get(start % skeletons.size()));
            QueryMemo memo = new QueryMemo(TokenWeights.genericOnly(), lexicon);
            if (start % 2 == 0) memo.skeletons(List.of(query.get(3)));
            int[] positions = memo.queryPositions(query);
            assertThat(memo.alikeKnown()).isTrue();
            for (int id = 0; id < lexicon.size(); id++) {
                long alike = memo.alikePositions(lexicon.traits(id));
                int row = memo.row(id);
                double[] data = memo.data();
                String listed = lexicon.word(id);
                for (int k = 0; k < query.size(); k++) {
                    boolean may = (alike & (1L << positions[k])) != 0;
                    // Compared here without the memo, which gives the positions ruled out 0 without comparing them.
                    String q = query.get(k);
                    double expected = q.compareTo(listed) <= 0 ? TokenAlignment.similarity(q, listed, null, null) : TokenAlignment.similarity(listed, q, null, null);
                    if (memo.skeleton(q) && expected < 1.0) expected = Math.max(expected, ArabicSkeleton.similarity(q, listed));
                    assertThat(data[row + positions[k]]).as("%s / %s", q, listed).isEqualTo(expected);
                    if (expected > 0) {
                        credited++;
                        assertThat(may).as("%s / %s", q, listed).isTrue();
                    } else if (!may) ruledOut++;
                }
            }
            assertThat(memo.data()[memo.zeroRow()]).isZero();
        }
        assertThat(credited).isPositive();
        assertThat(ruledOut).isGreaterThan(credited);
    }

    /** A query of more than 64 words has no position bits: every listed word may be like every query word. */
    @Test
    void aQueryOfManyWordsRulesOutNothing() {
        Lexicon.Builder words = new Lexicon.Builder();
        for (String w : WORDS) words.id(w);
        Lexicon lexicon = words.build();
        List<String> query = new ArrayList<>();
        for (int i = 0; i < 70; i++) query.add("w" + i);
        QueryMemo memo = new QueryMemo(TokenWeights.genericOnly(), lexicon);
        memo.queryPositions(query);
        assertThat(memo.alikeKnown()).isFalse();
        for (int id = 0; id < lexicon.size(); id++) assertThat(memo.alikePositions(lexicon.traits(id))).isEqualTo(-1L);
    }

    /**
     * Queries taking turns on one row table find their own rows only: with the default places, with so few bits of offset
     * that most rows lie beyond them (kept aside), and with so many that the stamps run out every 7 queries (the table is
     * then cleared).
     */
    @Test
    void queriesTakingTurnsOnOneTableFindTheirOwnRows() {
        Lexicon.Builder words = new Lexicon.Builder();
        for (String w : WORDS) words.id(w);
        Lexicon lexicon = words.build();
        for (int offsetBits : new int[] {QueryMemo.RowTable.OFFSET_BITS, 4, 29}) {
            QueryMemo.RowTable table = new QueryMemo.RowTable(lexicon.size(), offsetBits);
            for (int turn = 0; turn < 300; turn++) {
                int start = (turn * 7) % WORDS.size();
                List<String> query = List.of(WORDS.get(start), WORDS.get((start + 3) % WORDS.size()));
                QueryMemo memo = new QueryMemo(TokenWeights.genericOnly(), lexicon, table, SkeletonWeights.NONE);
                int[] positions = memo.queryPositions(query);
                // Every other query asks for the rows in the other order, so that offsets differ from turn to turn.
                for (int n = 0; n < 2 * lexicon.size(); n++) {
                    int id = turn % 2 == 0 ? n % lexicon.size() : lexicon.size() - 1 - n % lexicon.size();
                    int row = memo.row(id);
                    double[] data = memo.data();
                    String listed = lexicon.word(id);
                    for (int k = 0; k < query.size(); k++) {
                        String q = query.get(k);
                        double expected = q.compareTo(listed) <= 0 ? TokenAlignment.similarity(q, listed, null, null) : TokenAlignment.similarity(listed, q, null, null);
                        assertThat(data[row + positions[k]]).as("bits %d turn %d: %s / %s", offsetBits, turn, q, listed).isEqualTo(expected);
                    }
                }
            }
        }
    }
}
