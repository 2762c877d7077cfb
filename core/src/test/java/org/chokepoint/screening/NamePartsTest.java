package org.chokepoint.screening;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Honorifics left out of names: a person's "named after" and a Soviet anniversary. Invented names. */
class NamePartsTest {
    @Test
    void aPersonsHonorificIsLeftOut() {
        assertThat(NameParts.withoutHonorific("Volga Instrument Plant named after V.I. Petrov")).isEqualTo("Volga Instrument Plant");
    }

    @Test
    void anAnniversaryHonorificIsLeftOutInEnglishAndRussian() {
        assertThat(NameParts.withoutHonorific("Zarechensk Chemical Plant of 50 Years of USSR")).isEqualTo("Zarechensk Chemical Plant");
        assertThat(NameParts.withoutHonorific("Zarechensk Chemical Plant named after the 60th Anniversary of the Great October")).isEqualTo("Zarechensk Chemical Plant");
        assertThat(NameParts.withoutHonorific("Зареченский химический завод имени 50-летия СССР")).isEqualTo("Зареченский химический завод");
        assertThat(NameParts.withoutHonorific("Zarechenskii zavod imeni 50-letiya SSSR")).isEqualTo("Zarechenskii zavod");
    }

    @Test
    void aNumberOfYearsInsideANameIsNoHonorific() {
        // Not at the end of the name: the years are part of what the firm calls itself.
        assertThat(NameParts.withoutHonorific("20 Years Trading Company")).isNull();
        assertThat(NameParts.withoutHonorific("Zarechensk Chemical Plant")).isNull();
    }

    @org.junit.jupiter.api.Test
    void aNameWithoutItsHonorificMustStillNameSomeone() {
        org.chokepoint.text.NameNormalizer n = org.chokepoint.text.NameNormalizer.standard();
        // A field and a plant, a city and a plant: no name of anyone's.
        assertThat(NameParts.namesAnyone(n.normalize("OAO Mashinostroitelny Zavod, g. Ekaterinburg"), n)).isFalse();
        assertThat(NameParts.namesAnyone(n.normalize("JSC Nizhny Novgorod Plant"), n)).isFalse();
        assertThat(NameParts.namesAnyone(n.normalize("Zavod"), n)).isFalse();
        assertThat(NameParts.namesAnyone(n.normalize("Volga Instrument Plant"), n)).isTrue();
        assertThat(NameParts.namesAnyone(n.normalize("ЧПО"), n)).isTrue();
        assertThat(NameParts.normalized("OAO Mashinostroitelny Zavod im. M.I. Kalinina, g. Ekaterinburg", n)).hasSize(1);
        assertThat(NameParts.normalized("Volga Instrument Plant named after V.I. Petrov", n)).hasSize(2);
    }

    @Test
    void aBracketedLegalFormIsNoPartOfItsOwn() {
        org.chokepoint.text.NameNormalizer n = org.chokepoint.text.NameNormalizer.standard();
        // "(Pty)" and "(LLC)" are the name's form: the whole name and the name outside the brackets, nothing more.
        assertThat(NameParts.normalized("Karoo Mining Supplies (Pty) Ltd", n)).extracting(p -> p.original())
                .containsExactly("Karoo Mining Supplies (Pty) Ltd", "Karoo Mining Supplies Ltd");
        assertThat(NameParts.normalized("Telvoran Textiles (Pvt) Ltd", n)).hasSize(2);
        assertThat(NameParts.normalized("Acme Holding (LLC)", n)).hasSize(2);
        // A bracketed name that carries a form is still a name of its own.
        assertThat(NameParts.normalized("Sberbank Leasing (SBL LLC)", n)).extracting(p -> p.original()).contains("SBL LLC");
    }

    @Test
    void anAcronymAloneNamesNoOneWithoutItsHonorific() {
        org.chokepoint.text.NameNormalizer n = org.chokepoint.text.NameNormalizer.standard();
        // "OKB" (experimental design bureau) without "im. A.S. Talvina" is any OKB.
        assertThat(NameParts.namesAnyone(n.normalize("JSC OKB"), n)).isFalse();
        assertThat(NameParts.normalized("JSC OKB im. A.S. Talvina", n)).hasSize(1);
    }

    @Test
    void theHonoreeIsOneKeyInEverySpellingOfTheSurname() {
        int talvin = NameParts.honoree("Korvel Plant named after P.S. Talvin");
        assertThat(talvin).isNotZero();
        assertThat(NameParts.honoree("KORVEL ZAVOD IMENI P S TALVINA")).isEqualTo(talvin); // the genitive, initials without dots
        assertThat(NameParts.honoree("Korvel im. P.S. Talvin")).isEqualTo(talvin);
        assertThat(NameParts.honoree("Корвельский завод имени П.С. Талвина")).isEqualTo(talvin);
        assertThat(NameParts.honoree("Delvo Bureau named after Academician N.P. Lyuzanin"))
                .isEqualTo(NameParts.honoree("DELVO BUREAU NAMED AFTER NP LIUZANIN"));
        assertThat(NameParts.honoree("Korvel Plant named after V.V. Mordenko")).isNotEqualTo(talvin);
        assertThat(NameParts.sameHonoree(talvin, NameParts.honoree("Korvel Plant named after V.V. Mordenko"))).isFalse();
        // One letter dropped in the surname is still the person: a typing error.
        assertThat(NameParts.sameHonoree(talvin, NameParts.honoree("Korvel Plant named after P.S. Talin"))).isTrue();
        assertThat(NameParts.honoree("Korvel Plant")).isZero();
        assertThat(NameParts.honoree("Zarechensk Plant named after the 50th Anniversary of the USSR")).isZero();
    }

    /** On the packed keys, one person is what an edit distance of at most 1 between the keys' letters says. */
    @Test
    void sameHonoreeIsOneEditOnTheKeysLetters() {
        java.util.Random random = new java.util.Random(20261123);
        for (int round = 0; round < 20_000; round++) {
            String x = letters(random), y = random.nextInt(3) == 0 ? x : edited(random, x);
            boolean expected = org.chokepoint.similarity.Levenshtein.distance(x, y) <= 1;
            assertThat(NameParts.sameHonoree(pack(x), pack(y))).as("%s / %s", x, y).isEqualTo(expected);
        }
    }

    /** Two to six letters of a small alphabet, so that keys one edit apart are frequent. */
    private static String letters(java.util.Random random) {
        StringBuilder out = new StringBuilder();
        for (int i = 0, n = 2 + random.nextInt(5); i < n; i++) out.append("bcdkz".charAt(random.nextInt(5)));
        return out.toString();
    }

    /** One or two random edits, kept to two to six letters. */
    private static String edited(java.util.Random random, String s) {
        StringBuilder out = new StringBuilder(s);
        for (int e = 0, n = 1 + random.nextInt(2); e < n; e++) {
            int at = random.nextInt(out.length() + 1);
            switch (random.nextInt(3)) {
                case 0 -> { if (out.length() < 6) out.insert(at, "bcdkz".charAt(random.nextInt(5))); }
                case 1 -> { if (out.length() > 2 && at < out.length()) out.deleteCharAt(at); }
                default -> { if (at < out.length()) out.setCharAt(at, "bcdkz".charAt(random.nextInt(5))); }
            }
        }
        return out.toString();
    }

    /** The letters packed as {@link NameParts#honoree} packs a key's consonants. */
    private static int pack(String letters) {
        int packed = 0;
        for (int i = 0; i < letters.length(); i++) packed |= (letters.charAt(i) - 'a' + 1) << (5 * i);
        return packed;
    }

    /**
     * The shortcuts before the patterns ({@link NameParts#mayHonour}, {@link NameParts#honorificWord}) leave out only names
     * the patterns find nothing in: on
     * random names made of the honorifics' words in other cases and scripts, initials with and without dots, spaces of
     * every kind and other words, the key is the patterns' own.
     */
    @Test
    void theShortcutBeforeThePatternsChangesNoKey() {
        String[] parts = {"named after", "NAMED", "Named.", "by name", "BY  NAME", "imeni", "IMENI", "İMENİ", "имени", "ИМЕНИ", "им.",
                "Им.", "im.", "IM.", "n.a.", "N. A.", "n.", "P.S.", "P S", "NP", "A", "a", "Я", "academician", "академика", "Talvin",
                "TALVINA", "Талвина", "Degtyareva", "Korvel", "Plant", "zavod", "of the", "after", "50th Anniversary", "USSR", "Kartsev",
                "'", "’", "-", "ſ", "K", "\u212A", "50", "60-letiya", "лет", "years of", "٣", "\uD835\uDC00", "x", "7", "named", "nam", "ime", "ni", "им", "ени",
                "L.L.C.", "Co.,", "Ltd.", "Co", "m.", "M.", "м.", "И", "i", "I", "İ", "ı", "n", "N.", "a.", "A", "N", "Z.", "Ž", "é.", "1."};
        String[] gaps = {" ", " ", " ", "", "\t", "\n", "\u00A0", ".", ", "};
        java.util.Random random = new java.util.Random(17);
        int honouring = 0, shortened = 0;
        for (int n = 0; n < 50_000; n++) {
            StringBuilder name = new StringBuilder();
            for (int k = 0, words = 1 + random.nextInt(7); k < words; k++) {
                if (k > 0 || random.nextInt(4) == 0) name.append(gaps[random.nextInt(gaps.length)]);
                name.append(parts[random.nextInt(parts.length)]);
            }
            String text = name.toString();
            int key = NameParts.honoreeByPatterns(text);
            assertThat(NameParts.honoree(text)).as(text).isEqualTo(key);
            String without = NameParts.withoutHonorificByPatterns(text);
            assertThat(NameParts.withoutHonorific(text)).as(text).isEqualTo(without);
            if (without != null) shortened++;
            if (key != 0) honouring++;
        }
        assertThat(honouring).isGreaterThan(1_000);
        assertThat(shortened).isGreaterThan(1_000);
    }
}
