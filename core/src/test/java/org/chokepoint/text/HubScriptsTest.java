package org.chokepoint.text;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Armenian, Azerbaijani and Central Asian letters read as the lists write the names of those countries. */
class HubScriptsTest {
    private final ArmenianRomanizer armenian = new ArmenianRomanizer();
    private final AzerbaijaniRomanizer azerbaijani = new AzerbaijaniRomanizer();

    @Test
    void armenianIsRomanisedTheBgnWayNotIso() {
        assertThat(armenian.readings("խաչատրյան")).containsExactly("khachatryan");
        assertThat(armenian.readings("փաշինյան").getFirst()).isEqualTo("pashinyan");
        assertThat(armenian.readings("ծատուրյան").getFirst()).isEqualTo("tsaturyan");
        assertThat(armenian.readings("մկրտչյան").getFirst()).isEqualTo("mkrtchyan");
        assertThat(armenian.readings("ժաննա").getFirst()).isEqualTo("zhanna");
    }

    @Test
    void armenianYeVoAndUFollowTheirPlaceInTheWord() {
        assertThat(armenian.readings("երևան").getFirst()).isEqualTo("yerevan");
        assertThat(armenian.readings("ոսկան").getFirst()).isEqualTo("voskan");
        assertThat(armenian.readings("ովսեփ").getFirst()).isEqualTo("ovsep");
        assertThat(armenian.readings("թումանյան").getFirst()).isEqualTo("tumanyan");
        assertThat(armenian.readings("ռուբեն").getFirst()).isEqualTo("ruben");
    }

    @Test
    void armenianGhatIsAlsoReadAsTheRussianG() {
        assertThat(armenian.readings("ղազարյան")).containsExactly("ghazaryan", "gazaryan");
    }

    @Test
    void georgianKeepsTheNationalSystemAndAddsTheRussianForm() {
        GeorgianRomanizer georgian = new GeorgianRomanizer();
        assertThat(georgian.readings("ცინცაძე")).containsExactly("tsintsadze");
        assertThat(georgian.readings("ლაღაზაური")).containsExactly("laghazauri", "lagazauri");
        assertThat(georgian.readings("ყიფიანი")).containsExactly("qipiani", "kipiani");
    }

    @Test
    void azerbaijaniLettersGetTheRussianFormsReadingSecond() {
        assertThat(azerbaijani.readings("cahangir əliyev")).containsExactly("cahangir əliyev", "jahangir aliyev");
        assertThat(azerbaijani.readings("xəzər")).containsExactly("xəzər", "khazar");
        assertThat(azerbaijani.readings("fikrət abdulla oğlu tağıyev").get(1)).isEqualTo("fikrat abdulla oglu tagiyev");
    }

    @Test
    void azerbaijaniReadingLeavesShortLegalFormsAndOtherLatinAlone() {
        assertThat(azerbaijani.readings("xəzər ticarət mmc").get(1)).isEqualTo("khazar tijarat mmc");
        assertThat(azerbaijani.readings("azərbaycan qsc").get(1)).isEqualTo("azarbayjan qsc");
        assertThat(azerbaijani.readings("qods aviation industries")).containsExactly("qods aviation industries");
        assertThat(azerbaijani.readings("kalafatoğlu")).containsExactly("kalafatoğlu");
    }

    @Test
    void anAzerbaijaniSurnameWithQIsAlsoReadWithG() {
        assertThat(new Romanizer().readings("tahir qarayev")).containsExactly("tahir qarayev", "tahir garayev");
        // q in words that are no Azerbaijani surname by their ending: Arabic, Persian and English names stay as written
        assertThat(new Romanizer().readings("qasim soleimani")).containsExactly("qasim soleimani");
        assertThat(new Romanizer().readings("iraq trading llc")).containsExactly("iraq trading llc");
        assertThat(new Romanizer().readings("quliyev")).containsExactly("quliyev", "guliyev");
    }

    @Test
    void centralAsianCyrillicIsReadAsTheRussianForm() {
        assertThat(CyrillicRomanizer.asRussian("нұрғалиев")).isEqualTo("нургалиев");
        assertThat(CyrillicRomanizer.asRussian("гулбаҳор")).isEqualTo("гулбахор");
        assertThat(CyrillicRomanizer.asRussian("халық банкі")).isEqualTo("халык банки");
        assertThat(CyrillicRomanizer.asRussian("газпром")).isNull();
        assertThat(new CyrillicRomanizer().readings("әдлет").getFirst()).isEqualTo("adlet");
    }

    @Test
    void aTurkicPatronymicOfTwoWordsIsDropped() {
        assertThat(TurkicPatronymic.without(List.of("fikret", "abdulla", "oglu", "tagiyev"))).containsExactly("fikret", "tagiyev");
        assertThat(TurkicPatronymic.without(List.of("kantemir", "kaparbek", "uulu", "chalbaev"))).containsExactly("kantemir", "chalbaev");
        assertThat(TurkicPatronymic.without(List.of("gulnora", "karimova"))).isNull();
        // a marker first or last is a name word, not a patronymic
        assertThat(TurkicPatronymic.without(List.of("oglu", "holding"))).isNull();
        assertThat(TurkicPatronymic.without(List.of("ahmet", "oglu"))).isNull();
    }

    @Test
    void theHubCountriesLegalFormsAreLegalFormsNotNameWords() {
        NameNormalizer chain = NameNormalizer.standard();
        assertThat(chain.normalize("Տակո ՍՊԸ").legalForms()).containsExactly("LLC");
        assertThat(chain.normalize("Տակո ՍՊԸ").tokens()).containsExactly("tako");
        assertThat(chain.normalize("სს „ვითიბი ბანკი“").legalForms()).containsExactly("JSC");
        assertThat(chain.normalize("«Сбер Восток» ЖШС").legalForms()).containsExactly("LLP");
        assertThat(chain.normalize("«Прогресс Лидер» ЖЧК").legalForms()).containsExactly("LLC");
        assertThat(chain.normalize("«Оҳангаронцемент» АЖ").legalForms()).containsExactly("JSC");
        assertThat(chain.normalize("\"Lahıc Enerji\" MMC").legalForms()).containsExactly("LLC");
        assertThat(chain.normalize("ААТ «Нафтан»").tokens()).containsExactly("naftan");
        assertThat(chain.normalize("ЗАТ «Белтэхэкспарт»").legalForms()).containsExactly("CJSC");
        // MMC at the start is the Russian mining company's initials, not the Azerbaijani LLC
        assertThat(chain.normalize("MMC Norilsk Nickel").tokens()).startsWith("mmc");
    }
}
