package org.chokepoint.screening;

import org.chokepoint.model.Entity;
import org.chokepoint.text.NameNormalizer;
import org.chokepoint.text.RandomNames;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A row table that keeps similarities across queries ({@link QueryMemo.Similarities}) gives every query the rows a fresh
 * memo computes, including after it has forgotten what it kept for want of room.
 */
class QueryMemoTest {
    @Test
    void keptSimilaritiesGiveTheRowsAFreshMemoComputes() {
        NameNormalizer normalizer = NameNormalizer.standard();
        List<Entity> entities = ScreeningFixtures.filler();
        ScreeningIndex index = ScreeningIndex.build(entities, normalizer);
        Lexicon lexicon = index.lexicon;
        QueryMemo.RowTable kept = new QueryMemo.RowTable(lexicon.size(), true);
        RandomNames random = new RandomNames(11);
        Random pick = new Random(11);
        for (int q = 0; q < 600; q++) {
            // Listed words and invented ones, so that words recur across queries and new ones keep coming.
            LinkedHashSet<String> words = new LinkedHashSet<>();
            for (int i = 0, n = 1 + pick.nextInt(6); i < n; i++) {
                if (pick.nextBoolean()) words.add(lexicon.word(pick.nextInt(lexicon.size())));
                else words.addAll(normalizer.normalize(random.next(24)).tokens());
            }
            List<String> tokens = new ArrayList<>(words);
            QueryMemo reused = new QueryMemo(index.weights, lexicon, kept), fresh = new QueryMemo(index.weights, lexicon);
            int[] a = reused.queryPositions(tokens), b = fresh.queryPositions(tokens);
            assertThat(a).isEqualTo(b);
            for (int id = 0; id < lexicon.size(); id++) {
                int ra = reused.row(id), rb = fresh.row(id);
                double[] rowA = Arrays.copyOfRange(reused.data(), ra, ra + tokens.size());
                double[] rowB = Arrays.copyOfRange(fresh.data(), rb, rb + tokens.size());
                assertThat(rowA).as("query %s, listed word %s", tokens, lexicon.word(id)).isEqualTo(rowB);
            }
        }
        assertThat(kept.similarities.forgotten).as("filled up and forgot at least once").isPositive();
    }
}
