package org.chokepoint.screening;

import org.chokepoint.model.EntityName;
import org.chokepoint.similarity.TokenAlignment;
import org.chokepoint.text.NormalizedName;
import org.chokepoint.text.TokenWeights;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The parts of the index that {@link IndexCodec} writes field by field, with the fields it knows. A field added to one of
 * them fails here until it is written and read in {@link IndexCodec} (or derived again when the index is read, in the
 * constructor of {@link ScreeningIndex}) and {@link ScreenerFile#FORMAT} goes up by one; then the list below is updated.
 * Without this, an index file would silently leave the new field out (its default read back) and answer differently.
 */
class IndexCodecCoverageTest {
    private static final String HOW = "a new field of %s: write and read it in IndexCodec (or derive it in ScreeningIndex's constructor), "
            + "raise ScreenerFile.FORMAT, then list it here";

    @Test
    void everyRecordWrittenFieldByFieldHasTheFieldsTheCodecKnows() {
        assertThat(components(NormalizedName.class)).as(HOW, "NormalizedName")
                .containsExactlyInAnyOrder("original", "script", "legalForms", "tokens", "variants", "acronym", "translated", "acronyms");
        assertThat(components(IndexedName.class)).as(HOW, "IndexedName").containsExactlyInAnyOrder("entity", "name", "normalized", "spellings");
        assertThat(components(IndexedName.ListedSpelling.class)).as(HOW, "ListedSpelling")
                .containsExactlyInAnyOrder("tokens", "ids", "weights", "translated", "primary", "firstLetters", "acronym", "shape", "letters", "keyBits");
        assertThat(components(TokenAlignment.Shape.class)).as(HOW, "TokenAlignment.Shape")
                .containsExactlyInAnyOrder("wordHashes", "pairHashes", "initials", "acronyms", "wordBits", "pairBits", "acronymTrigrams", "initialTrigrams");
        assertThat(components(EntityName.class)).as(HOW, "EntityName").containsExactlyInAnyOrder("value", "kind", "script");
    }

    @Test
    void everyClassWrittenFieldByFieldHasTheFieldsTheCodecKnows() {
        // countryBits is made empty in the constructor and filled from the entities as they are scored.
        assertThat(fields(ScreeningIndex.class)).as(HOW, "ScreeningIndex").containsExactlyInAnyOrder("entities", "names", "weights", "lexicon",
                "skeletonWeights", "layouts", "countryBits", "tokenPostings", "gramPostings", "keyPostings", "docToEntity", "byIdentifier", "nameCount",
                "scratch", "idleScratch", "rowTables", "idleRowTables");
        assertThat(fields(Screener.class)).as(HOW, "Screener").containsExactlyInAnyOrder("index", "normalizer", "acronyms");
        assertThat(fields(TermPostings.class)).as(HOW, "TermPostings")
                .containsExactlyInAnyOrder("postings", "tripleKeys", "tripleTerms", "docCount", "pairs", "normInverse");
        // traits and vowelSkeletons are derived from the words in Lexicon's constructor, which reading goes through too.
        assertThat(fields(Lexicon.class)).as(HOW, "Lexicon").containsExactlyInAnyOrder("words", "keys", "traits", "vowelSkeletons");
        // cached holds weights computed from the other three, empty when made (built or read).
        assertThat(fields(TokenWeights.class)).as(HOW, "TokenWeights").containsExactlyInAnyOrder("documentFrequency", "documents", "descriptive", "cached");
        assertThat(fields(AcronymEquivalents.class)).as(HOW, "AcronymEquivalents").containsExactlyInAnyOrder("equivalents");
    }

    private static List<String> components(Class<? extends Record> type) {
        return Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).toList();
    }

    private static List<String> fields(Class<?> type) {
        return Arrays.stream(type.getDeclaredFields()).filter(f -> !Modifier.isStatic(f.getModifiers()) && !f.isSynthetic()).map(Field::getName).toList();
    }
}
