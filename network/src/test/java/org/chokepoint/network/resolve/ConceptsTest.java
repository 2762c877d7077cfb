package org.chokepoint.network.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.chokepoint.text.NameNormalizer;
import org.junit.jupiter.api.Test;

class ConceptsTest {
    private static final Concepts CONCEPTS = Concepts.of(NameNormalizer.standard());

    @Test
    void vocabularyWordsAndPhrasesBecomeTheirEnglishConcept() {
        assertThat(CONCEPTS.of(List.of("zavod", "sinegorye"))).containsExactly("plant", "sinegorye");
        assertThat(CONCEPTS.of(List.of("nauchno", "proizvodstvennoe", "obedinenie", "zarnitsa")).getLast()).isEqualTo("zarnitsa");
        assertThat(CONCEPTS.of(List.of("industrial", "group"))).as("the vocabulary's own row is not hidden").containsExactly("industry", "group");
    }

    @Test
    void industryWordsAreConceptsAsScreeningTranslatesThem() {
        // core's industry-vocabulary.tsv: a printing house romanised from Russian is the English one
        assertThat(CONCEPTS.of(List.of("tipografiya", "korvelan"))).containsExactly("printing", "korvelan");
        assertThat(CONCEPTS.of(List.of("printing", "house", "korvelan"))).containsExactly("printing", "korvelan");
    }

    @Test
    void acronymsAreSpeltOutAndTheirWordsAreConcepts() {
        assertThat(CONCEPTS.of(List.of("td", "granit"))).containsExactly("trading", "house", "granit");
        assertThat(CONCEPTS.of(List.of("npo", "almaz"))).containsExactly("science", "production", "association", "almaz");
        assertThat(CONCEPTS.of(List.of("vpk", "strizhen"))).as("industrial read as the vocabulary reads it")
                .containsExactly("military", "industry", "corporation", "strizhen");
        // Acronyms alone: the other words stay as written.
        assertThat(CONCEPTS.expanded(List.of("td", "severnyy", "veter"))).containsExactly("trading", "house", "severnyy", "veter");
    }

    @Test
    void chineseWordsInPinyinAndCompounds() {
        assertThat(CONCEPTS.of(List.of("ningbo", "hengyue", "jingmi", "jixie"))).containsExactly("ningbo", "hengyue", "precision", "machine");
        assertThat(CONCEPTS.of(List.of("ningbo", "hengyue", "jingmijixie"))).containsExactly("ningbo", "hengyue", "precision", "machine");
    }

    @Test
    void unknownWordsPassUnchangedAndTheSameListComesBack() {
        List<String> words = List.of("almaz", "antey");
        assertThat(CONCEPTS.of(words)).isSameAs(words);
        assertThat(CONCEPTS.expanded(List.of("plant", "almaz"))).containsExactly("plant", "almaz");
        assertThat(CONCEPTS.of(List.of("holdingsgaz"))).as("parts shorter than four letters do not cut words").containsExactly("holdingsgaz");
    }
}
