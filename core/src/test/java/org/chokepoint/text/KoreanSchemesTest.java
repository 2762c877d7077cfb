package org.chokepoint.text;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Names made up from the rules of the romanisation systems, not taken from the lists. */
class KoreanSchemesTest {
    private static List<List<String>> read(String... tokens) {
        return KoreanSchemes.readings(List.of(tokens));
    }

    @Test
    void revisedRomanizationIsReadInTheListsSpelling() {
        // 김정은: RR eo and eu are MR ŏ and ŭ, written o and u; the voiced g of Gim is the lists' k.
        assertThat(read("gim", "jeong", "eun")).contains(List.of("kim", "jong", "un"));
        // 박덕성: b and d start a syllable where the lists write p and t.
        assertThat(read("bak", "deok", "seong")).contains(List.of("pak", "tok", "song"));
        // The given name joined: cut into syllables, the coda ng kept with the first ("jeongeun", not "jeon-geun").
        assertThat(read("gim", "jeongeun")).contains(List.of("kim", "jongun"));
        // The given name first, the surname last.
        assertThat(read("yeongcheol", "gim")).contains(List.of("yongchol", "kim"));
    }

    @Test
    void southKoreanSurnamesTakeTheInitialRTheDprkKeeps() {
        // 리/이, 림/임, 류/유: the lists write RI, RIM, RYU.
        assertThat(read("i", "byeong", "cheol")).contains(List.of("ri", "pyong", "chol"));
        assertThat(read("lim", "hyeok")).contains(List.of("rim", "hyok"));
        assertThat(read("yoo", "seong", "il")).contains(List.of("ryu", "song", "il"));
    }

    @Test
    void popularSpellingsWriteEoAsU() {
        // 박정천 as a South Korean passport writes it: Park, and u for ㅓ.
        assertThat(read("park", "jung", "chun")).contains(List.of("pak", "jong", "chon"));
        // 이병철 the popular way: Lee, Byung, Chul.
        assertThat(read("lee", "byung", "chul")).contains(List.of("ri", "pyong", "chol"));
        // oo is u, ee is i: 최수희.
        assertThat(read("choi", "soo", "hee")).contains(List.of("choe", "su", "hi"));
    }

    @Test
    void classicMcCuneReischauerChIsAlsoReadAsJ() {
        // 김정일 in classic MR is Kim Chong-il; 최 (Choe) keeps its ch.
        assertThat(read("kim", "chong", "il")).contains(List.of("kim", "jong", "il"));
        assertThat(read("choe", "chong", "il")).allMatch(r -> r.getFirst().equals("choe"));
        // Only the surname shows the classic ch: 전명국, Chon Myong Guk, is JON Myong Guk.
        assertThat(read("chon", "myong", "guk")).contains(List.of("jon", "myong", "kuk"));
        // A name that writes j of its own writes ㅈ as j: its ch is ㅊ (Jang Chol).
        assertThat(read("jang", "chol")).isNull();
    }

    @Test
    void onlyKoreanNamesAreRead() {
        // Not every word is a Korean syllable run, or no word is a Korean surname.
        assertThat(read("ivan", "kim")).isNull();
        assertThat(read("kim", "yevgeny")).isNull();
        assertThat(read("wei", "zhang")).isNull();
        assertThat(read("maria", "gonzalez")).isNull();
        // A single word is no name of a surname and a given name.
        assertThat(read("gim")).isNull();
        // Already in the lists' spelling: nothing to add.
        assertThat(read("kim", "jong", "un")).isNull();
        assertThat(read("ri", "pyong", "chol")).isNull();
    }

    @Test
    void syllablesFollowKoreanStructure() {
        assertThat(KoreanSchemes.syllables("jongun")).extracting(KoreanSchemes.Syllable::listed).containsExactly("jong", "un");
        // A consonant between vowels begins the next syllable (미나, not 민아).
        assertThat(KoreanSchemes.syllables("mina")).extracting(KoreanSchemes.Syllable::listed).containsExactly("mi", "na");
        assertThat(KoreanSchemes.syllables("hyeonchol")).extracting(KoreanSchemes.Syllable::listed).containsExactly("hyon", "chol");
        // Letters Korean has no syllable for.
        assertThat(KoreanSchemes.syllables("vladimir")).isNull();
        assertThat(KoreanSchemes.syllables("xu")).isNull();
        assertThat(KoreanSchemes.syllables("park")).isNull();
    }

    @Test
    void readingsAreFewAndNeverTheNameItself() {
        List<List<String>> r = read("yu", "chung", "seon");
        assertThat(r).isNotNull().hasSizeLessThanOrEqualTo(KoreanSchemes.MAX_READINGS).doesNotContain(List.of("yu", "chung", "seon"));
    }

    @Test
    void organisationsKoreanWordsInTheRevisedRomanizationAreRead() {
        java.util.function.Predicate<String> known = java.util.Set.of("commercial", "bank", "trading", "korea", "shipping")::contains;
        // 단천 / 금강: RR d, g, eo, eu; the English words stay.
        assertThat(KoreanSchemes.organisation(List.of("dancheon", "commercial", "bank"), known)).containsExactly("tanchon", "commercial", "bank");
        // Within a word the voiced onset stays, as MR writes it after a vowel or a nasal: Kumgang.
        assertThat(KoreanSchemes.organisation(List.of("korea", "geumgang", "trading"), known)).containsExactly("korea", "kumgang", "trading");
        // Without RR's own vowel letters there is nothing to tell RR from the lists' spelling.
        assertThat(KoreanSchemes.organisation(List.of("kumgang", "bank"), known)).isNull();
        assertThat(KoreanSchemes.organisation(List.of("bugang", "trading"), known)).isNull();
        // A word that is neither Korean nor known: not read.
        assertThat(KoreanSchemes.organisation(List.of("geo", "strategy", "bank"), known)).isNull();
    }
}
