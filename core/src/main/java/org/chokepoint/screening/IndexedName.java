package org.chokepoint.screening;

import org.chokepoint.model.EntityName;
import org.chokepoint.similarity.TokenAlignment;
import org.chokepoint.text.NormalizedName;

import java.util.List;

/**
 * One listed name, normalised once when the index is built, with its spellings and their token weights
 * ready for scoring (they do not depend on the query).
 */
record IndexedName(int entity, EntityName name, NormalizedName normalized, List<ListedSpelling> spellings) {

    /**
     * A spelling of a listed name: its tokens, their numbers in the index's {@link Lexicon}, their rarity weights,
     * whether it is the English translation, {@link NameSearch#firstLetters} of its tokens, whether it is a
     * Russian acronym of the name, its {@link TokenAlignment.Shape}, its letters and digits ({@link ScorerV1#letters}), and
     * {@link QueryMemo#keyBits} of its words (-1 when a word is empty: such a spelling is never ruled out by bits).
     */
    record ListedSpelling(List<String> tokens, int[] ids, double[] weights, boolean translated, boolean primary, long firstLetters,
                          boolean acronym, TokenAlignment.Shape shape, int letters, long keyBits) {}
}
