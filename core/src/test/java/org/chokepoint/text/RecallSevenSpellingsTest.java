package org.chokepoint.text;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Spellings of branch recall7: the "named after" clause written one way ({@link HonorificClause}), Russian place words
 * in English ({@link PlaceWords}), Greek roots ({@link RussianLoanRoots}) and repeated words ({@link RepeatedWords}).
 * Invented names.
 */
class RecallSevenSpellingsTest {
    private static List<String> words(String text) {
        return List.of(text.split(" "));
    }

    @Test
    void everyWritingOfTheClauseIsNamedAfter() {
        assertThat(HonorificClause.canonical(words("korvel imeni p s talvina"))).isEqualTo(words("korvel named after p s talvina"));
        assertThat(HonorificClause.canonical(words("korvel im p s talvin"))).isEqualTo(words("korvel named after p s talvin"));
        assertThat(HonorificClause.canonical(words("korvel named p s talvin"))).isEqualTo(words("korvel named after p s talvin"));
        assertThat(HonorificClause.canonical(words("korvel by name p s talvin"))).isEqualTo(words("korvel named after p s talvin"));
        List<String> written = words("korvel named after p s talvin");
        assertThat(HonorificClause.canonical(written)).isSameAs(written);
        // "im" before a word is a Korean surname, and a clause needs a word before it.
        assertThat(HonorificClause.canonical(words("talvin im chol"))).isEqualTo(words("talvin im chol"));
        assertThat(HonorificClause.canonical(words("imeni talvina"))).isEqualTo(words("imeni talvina"));
    }

    @Test
    void theChainWritesTheClauseOneWay() {
        NameNormalizer n = NameNormalizer.standard();
        assertThat(n.normalize("VELDROMASH’IM. P.S. TALVIN").tokens()).isEqualTo(words("veldromash named after p s talvin"));
        assertThat(n.normalize("Завод имени П.С. Талвина").tokens()).containsSequence("named", "after");
    }

    @Test
    void russianPlaceWordsReadInEnglish() {
        assertThat(PlaceWords.inEnglish(words("aziya logistiks"))).isEqualTo(words("asia logistiks"));
        assertThat(PlaceWords.inEnglish(words("bank rossii"))).isEqualTo(words("bank russia"));
        assertThat(PlaceWords.inEnglish(words("vostochnaya korvel"))).isEqualTo(words("eastern korvel"));
        assertThat(PlaceWords.inEnglish(words("dalnevostochnyy korvel"))).isEqualTo(words("far eastern korvel"));
        // A town (a bare stem), a brand of a direction, and words of no place stay as written.
        assertThat(PlaceWords.inEnglish(words("baltiysk port"))).isNull();
        assertThat(PlaceWords.inEnglish(words("vostok car wash"))).isNull();
        assertThat(PlaceWords.inEnglish(words("korvel trading"))).isNull();
    }

    @Test
    void greekRootsAndRepeatedWords() {
        assertThat(RussianLoanRoots.inEnglish(words("gidrokorvel plant"))).isEqualTo(words("hydrokorvel plant"));
        assertThat(RussianLoanRoots.inEnglish(words("gidro plant"))).isNull();
        assertThat(RepeatedWords.once(words("talvek talvek"))).isEqualTo(words("talvek"));
        assertThat(RepeatedWords.once(words("kazan state state powder plant"))).isEqualTo(words("kazan state powder plant"));
        assertThat(RepeatedWords.once(words("ivanov a a"))).isNull();
    }
}
