package org.chokepoint.similarity;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TokenSimilarityTest {
    @Test
    void twoAdjectivesOfOnePlaceMatchAsAnAdjective() {
        assertThat(TokenSimilarity.of("dolgoprudny", "dolgoprudnenskii")).isEqualTo(TokenSimilarity.ADJECTIVE);
        assertThat(TokenSimilarity.of("dolgoprudnenskii", "dolgoprudny")).isEqualTo(TokenSimilarity.ADJECTIVE);
        assertThat(TokenSimilarity.of("ramensky", "ramenskoye")).isGreaterThanOrEqualTo(TokenSimilarity.ADJECTIVE);
    }

    @Test
    void aCloserSpellingBeatsTheAdjectiveRule() {
        // One inserted i is a transliteration variant, closer than two adjectives of one place.
        assertThat(TokenSimilarity.of("yaroslavsky", "yaroslavskiy")).isGreaterThan(TokenSimilarity.ADJECTIVE);
    }

    @Test
    void endingsThatAreNoAdjectiveEndingsDoNotMakeOnePlace() {
        assertThat(TokenSimilarity.of("novomoskovsky", "novomoskovia")).isZero();
        // The shared stem must have six letters: "kazan" and "kazino" are other words.
        assertThat(TokenSimilarity.of("kazany", "kazino")).isZero();
    }

    @Test
    void anEnglishPluralIsTheSameWord() {
        assertThat(TokenSimilarity.of("missile", "missiles")).isGreaterThan(TokenSimilarity.CUTOFF);
        assertThat(TokenSimilarity.of("rockets", "rocket")).isGreaterThan(TokenSimilarity.CUTOFF);
        // Below five letters an extra s makes another word.
        assertThat(TokenSimilarity.of("tech", "techs")).isZero();
    }

    @Test
    void anEnglishWordAndItsIngFormAreOneWord() {
        assertThat(TokenSimilarity.of("bank", "banking")).isEqualTo(TokenSimilarity.ADJECTIVE);
        assertThat(TokenSimilarity.of("trading", "trade")).isEqualTo(TokenSimilarity.ADJECTIVE);
        assertThat(TokenSimilarity.of("engineer", "engineering")).isEqualTo(TokenSimilarity.ADJECTIVE);
        // Three letters are too few to carry a stem ("kin"/"king"), and another stem is another word.
        assertThat(TokenSimilarity.of("kin", "king")).isZero();
        assertThat(TokenSimilarity.of("band", "banking")).isZero();
        assertThat(TokenSimilarity.of("tradi", "trading")).isZero();
    }

    @Test
    void aSharedSurnameEndingIsNoEvidence() {
        assertThat(TokenSimilarity.sharedSurnameEnding("kravchenko", "kharchenko")).isEqualTo(6);
        assertThat(TokenSimilarity.sharedSurnameEnding("ivanov", "petrov")).isZero();
        assertThat(TokenSimilarity.of("kravchenko", "kharchenko")).as("krav/khar: two edits in four letters").isZero();
        assertThat(TokenSimilarity.of("kravchenko", "kravchenko")).isEqualTo(1.0);
        assertThat(TokenSimilarity.of("kravchenko", "kravchnko")).as("a letter dropped in the ending itself").isPositive();
        assertThat(TokenSimilarity.of("leoindovich", "leonidovich")).as("two neighbours swapped count one edit").isPositive();
        assertThat(Levenshtein.adjacentSwap("leoind", "leonid")).isTrue();
        assertThat(Levenshtein.adjacentSwap("krav", "khar")).isFalse();
    }

    @Test
    void oneTypingErrorInAWordOfSevenLettersOrMoreIsTheSameWord() {
        // A letter dropped, replaced or added inside the word; two neighbours swapped.
        assertThat(TokenSimilarity.of("setlana", "svetlana")).isEqualTo(TokenSimilarity.TYPO);
        assertThat(TokenSimilarity.of("tatkers", "tankers")).isEqualTo(TokenSimilarity.TYPO);
        assertThat(TokenSimilarity.of("tading", "trading")).isEqualTo(TokenSimilarity.TYPO);
        assertThat(TokenSimilarity.of("boatche", "botache")).isEqualTo(TokenSimilarity.TYPO);
        assertThat(TokenSimilarity.of("kovaclhuk", "kovalchuk")).as("a swap is one error, not two edits").isEqualTo(TokenSimilarity.TYPO);
        assertThat(TokenSimilarity.of("systemy", "systems")).as("a last letter replaced").isEqualTo(TokenSimilarity.TYPO);
        assertThat(TokenSimilarity.of("carvaella", "caravella")).as("a swap yields to a shared transliteration key").isEqualTo(TransliterationKey.SIMILARITY);
        assertThat(TokenSimilarity.TYPO).as("a typing error alone makes no hit").isLessThan(0.80);
        // Symmetric.
        assertThat(TokenSimilarity.of("svetlana", "setlana")).isEqualTo(TokenSimilarity.of("setlana", "svetlana"));
    }

    @Test
    void aTypingErrorIsNoReadingOfShortWordsNorOfAWordsEndsNorOfAPatronymic() {
        assertThat(TokenSimilarity.of("vesta", "velta")).as("five letters: another word").isZero();
        assertThat(TokenSimilarity.of("orion", "orlon")).isZero();
        assertThat(TokenSimilarity.of("diablo", "diallo")).as("six letters: another word").isZero();
        assertThat(TokenSimilarity.of("elekon", "elekond")).as("a letter added at the end").isZero();
        assertThat(TokenSimilarity.of("tankers", "bankers")).as("the first letter").isZero();
        assertThat(TokenSimilarity.of("ivanova", "ivanovna")).as("a surname against a patronymic").isZero();
        assertThat(TokenSimilarity.of("lutova", "lutovna")).isZero();
        // A transliteration-like edit keeps its Jaro-Winkler credit, above the typing error's cap.
        assertThat(TokenSimilarity.of("ivanov", "ivanova")).isGreaterThan(TokenSimilarity.TYPO);
    }

    @Test
    void wordsWithOtherFirstLettersAreAlikeOnlyAsArabicNames() {
        assertThat(TokenSimilarity.alikeFirstLetters('u')).contains("o");
        assertThat(TokenSimilarity.alikeFirstLetters('q')).contains("k");
        assertThat(TokenSimilarity.alikeFirstLetters('b')).isEqualTo("b");
        assertThat(TokenSimilarity.of("umar", "omar")).isEqualTo(TokenSimilarity.ARABIC_VOWELS);
        assertThat(TokenSimilarity.of("qasem", "kassem")).isEqualTo(TokenSimilarity.ARABIC_VOWELS);
        // A transliteration key that joins two words with other first letters is the closer reading.
        assertThat(TokenSimilarity.of("kitybike", "citybike")).isEqualTo(TransliterationKey.SIMILARITY);
    }

    @Test
    void anInitialIotatedVowelInAnySchemeIsOneName() {
        // Е at the start of a word: ye (BGN/PCGN), je (German, scientific), ie (passport), e (most lists).
        assertThat(TokenSimilarity.of("elena", "yelena")).isEqualTo(TokenSimilarity.IOTATED);
        assertThat(TokenSimilarity.of("jelena", "elena")).isEqualTo(TokenSimilarity.IOTATED);
        assertThat(TokenSimilarity.of("ielena", "yelena")).isEqualTo(TokenSimilarity.IOTATED);
        assertThat(TokenSimilarity.of("evgeny", "yevgeniy")).as("the glide, and an ending spelled otherwise").isPositive();
        // Ю and Я: yu/ju/iu, ya/ja/ia; the glide is kept, only written otherwise.
        assertThat(TokenSimilarity.of("juri", "yuri")).isEqualTo(TokenSimilarity.IOTATED);
        assertThat(TokenSimilarity.of("iurii", "yuriy")).isPositive();
        assertThat(TokenSimilarity.of("jana", "yana")).isEqualTo(TokenSimilarity.IOTATED);
        assertThat(TokenSimilarity.of("yana", "jana")).as("symmetric").isEqualTo(TokenSimilarity.of("jana", "yana"));
        // A glide is no vowel of its own: Yana is not Ana, Yuri not Uri; three letters are names of their own.
        assertThat(TokenSimilarity.of("yana", "anna")).isZero();
        assertThat(TokenSimilarity.of("yuri", "uri")).isZero();
        assertThat(TokenSimilarity.of("jan", "yan")).isZero();
        assertThat(TokenSimilarity.of("ivan", "yvan")).as("i before a consonant is a vowel").isZero();
        assertThat(TokenSimilarity.of("elena", "jalena")).as("another vowel after the glide").isZero();
        assertThat(TokenSimilarity.alikeFirstLetters("elena")).contains("y", "j", "i");
        assertThat(TokenSimilarity.alikeFirstLetters("iurii")).contains("y", "j").doesNotContain("e");
        assertThat(TokenSimilarity.alikeFirstLetters("ivan")).isEqualTo("i");
    }

    @Test
    void aRussianWordInTheScientificSchemeIsTheEnglishStyleSpelling() {
        assertThat(TokenSimilarity.of("pjatyx", "pyatykh")).isEqualTo(ScientificSpelling.SIMILARITY);
        assertThat(TokenSimilarity.of("mixajlovskaja", "mikhailovskaya")).isEqualTo(ScientificSpelling.SIMILARITY);
        assertThat(TokenSimilarity.of("mixalcou", "mikhaltsou")).isEqualTo(ScientificSpelling.SIMILARITY);
        assertThat(TokenSimilarity.of("pyatykh", "pjatyx")).as("symmetric").isEqualTo(TokenSimilarity.of("pjatyx", "pyatykh"));
        // English x is кс: read so only against a word that writes х (kh or h), never against another x or ks.
        assertThat(ScientificSpelling.of("alexander", "aleksandr", TokenSimilarity::spelling)).isZero();
        assertThat(TokenSimilarity.of("pjatyx", "pyatyk")).as("kh is the letter read, not k").isZero();
        assertThat(ScientificSpelling.english("mixajlovskaja")).isEqualTo("mikhaylovskaya");
        assertThat(ScientificSpelling.english("schukin")).isEqualTo("schukin");
        // x for х at the start of a word, and c for ц as Polish, Czech and ISO 9 write it.
        assertThat(TokenSimilarity.of("xusnullin", "khusnullin")).isEqualTo(ScientificSpelling.SIMILARITY);
        assertThat(TokenSimilarity.alikeFirstLetters("xusnullin")).contains("k");
        assertThat(TokenSimilarity.alikeFirstLetters("khusnullin")).contains("x");
        assertThat(TokenSimilarity.of("kobec", "kobets")).isEqualTo(ScientificSpelling.SIMILARITY);
        assertThat(TokenSimilarity.of("lucenko", "lutsenko")).isEqualTo(ScientificSpelling.SIMILARITY);
        assertThat(ScientificSpelling.of("kobec", "kobek", TokenSimilarity::spelling)).as("against a word without ts, c is not read as ts").isZero();
        assertThat(ScientificSpelling.of("smec", "smats", TokenSimilarity::spelling)).as("a short word read and spelled otherwise too").isZero();
    }

    @Test
    void theScientificReadingFindsItsLettersInOnePassAsTheSearchesDid() {
        // ScientificSpelling.of looks for x and c in one pass over each word; the searches it replaced, on random words
        // of the letters that matter (x, c, h, k, t, s) and a few others, must give the same similarity.
        java.util.Random random = new java.util.Random(18);
        String letters = "xchktsaoy";
        int read = 0;
        for (int n = 0; n < 200_000; n++) {
            String a = word(random, letters);
            // Every other pair the word read in the scheme, so that some pairs are read so.
            String b = n % 2 == 0 ? word(random, letters) : ScientificSpelling.english(a);
            double expected = scientificBySearches(a, b);
            assertThat(ScientificSpelling.of(a, b, TokenSimilarity::spelling)).as(a + " / " + b).isEqualTo(expected);
            if (expected > 0) read++;
        }
        assertThat(read).as("pairs read in the scheme").isPositive();
    }

    @Test
    void theScientificReadingIsAskedOnlyOfPairsThatWriteTheSchemesLetters() {
        // A caller that knows neither word writes the scheme's letters (x, or c after the first letter) passes false and the
        // scheme is not tried: every such pair must read 0 in the scheme, so that the similarity is the same either way; and
        // the test must rule out the pairs without those letters (most words), not let everything through.
        java.util.Random random = new java.util.Random(25);
        int ruledOut = 0, read = 0;
        for (int n = 0; n < 200_000; n++) {
            String letters = n % 3 == 0 ? "xchktsaoy" : n % 3 == 1 ? "chktsaoyj" : "abdehiklmnorstuvy";
            String a = word(random, letters);
            String b = n % 2 == 0 ? word(random, letters) : ScientificSpelling.english(a);
            double of = ScientificSpelling.of(a, b, TokenSimilarity::spelling);
            if (of > 0) read++;
            boolean scheme = TokenSimilarity.writesSchemeLetters(a) || TokenSimilarity.writesSchemeLetters(b);
            if (!scheme) {
                ruledOut++;
                assertThat(of).as(a + " / " + b).isZero();
            }
            assertThat(TokenSimilarity.of(a, b, null, null, null, null, scheme)).as(a + " / " + b).isEqualTo(TokenSimilarity.of(a, b));
        }
        assertThat(read).as("pairs read in the scheme").isPositive();
        assertThat(ruledOut).as("pairs ruled out").isGreaterThan(50_000);
    }

    @Test
    void theLongVowelsAreReadOnlyOfALongerWordThatWritesThem() {
        // TokenSimilarity.spelling folds the long vowels of two words of different lengths only when the longer one writes
        // ee or oo: the test it skipped must have failed for every pair so skipped, and held for some pairs.
        java.util.Random random = new java.util.Random(26);
        int alike = 0;
        for (int n = 0; n < 200_000; n++) {
            String a = word(random, "eoiuamr"), b = word(random, "eoiuamr");
            if (a.length() == b.length()) continue;
            boolean folded = TokenSimilarity.longVowels(a).equals(TokenSimilarity.longVowels(b));
            if (folded) alike++;
            if (!TokenSimilarity.hasLongVowels(a.length() > b.length() ? a : b)) assertThat(folded).as(a + " / " + b).isFalse();
        }
        assertThat(alike).as("pairs alike once folded").isPositive();
    }

    private static String word(java.util.Random random, String letters) {
        StringBuilder w = new StringBuilder();
        for (int i = 0, n = 1 + random.nextInt(9); i < n; i++) w.append(letters.charAt(random.nextInt(letters.length())));
        return w.toString();
    }

    /** ScientificSpelling.of as written before the one-pass scan: four searches of the two words. */
    private static double scientificBySearches(String a, String b) {
        if (a.length() < ScientificSpelling.MIN_LETTERS || b.length() < ScientificSpelling.MIN_LETTERS) return 0.0;
        boolean xa = a.indexOf('x') >= 0, xb = b.indexOf('x') >= 0, ca = softC(a), cb = softC(b);
        if (xa == xb && ca == cb) return 0.0;
        String marked, other;
        if ((xa && !xb && b.indexOf('h') >= 0) || (ca && !cb && b.contains("ts"))) {
            marked = a;
            other = b;
        } else if ((xb && !xa && a.indexOf('h') >= 0) || (cb && !ca && a.contains("ts"))) {
            marked = b;
            other = a;
        } else {
            return 0.0;
        }
        String read = ScientificSpelling.english(marked);
        if (read.charAt(0) != other.charAt(0)) return 0.0;
        if (Math.min(read.length(), other.length()) < ScientificSpelling.EXACT_BELOW) return read.equals(other) ? ScientificSpelling.SIMILARITY : 0.0;
        return Math.min(ScientificSpelling.SIMILARITY, TokenSimilarity.spelling(read, other));
    }

    private static boolean softC(String w) {
        for (int i = w.indexOf('c', 1), n = w.length(); i >= 0; i = w.indexOf('c', i + 1)) {
            char next = i + 1 < n ? w.charAt(i + 1) : ' ';
            if (next != 'h' && next != 'k') return true;
        }
        return false;
    }

    @Test
    void aShortWordThatWentThroughRussianLetterByLetterIsOneAcronym() {
        // CST as КСТ and back; KTZ as КТЗ, German KTS; VMK in German WMK; CHTZ read as К Х Т З; ELIX as ЭЛИКС.
        assertThat(TokenSimilarity.of("kst", "cst")).isEqualTo(AcronymLetters.SIMILARITY);
        assertThat(TokenSimilarity.of("kts", "ktz")).isEqualTo(AcronymLetters.SIMILARITY);
        assertThat(TokenSimilarity.of("wmk", "vmk")).isEqualTo(AcronymLetters.SIMILARITY);
        assertThat(TokenSimilarity.of("khts", "chtz")).isEqualTo(AcronymLetters.SIMILARITY);
        assertThat(TokenSimilarity.of("eliks", "elix")).isEqualTo(AcronymLetters.SIMILARITY);
        assertThat(TokenSimilarity.of("teh", "tekh")).isEqualTo(AcronymLetters.SIMILARITY);
        assertThat(TokenSimilarity.of("dk", "dc")).isEqualTo(AcronymLetters.SIMILARITY);
        assertThat(TokenSimilarity.of("aj", "ay")).isEqualTo(AcronymLetters.SIMILARITY);
        // Letters no trip through Russian swaps are other acronyms, a first glide begins another name.
        assertThat(TokenSimilarity.of("kst", "kmt")).isZero();
        assertThat(TokenSimilarity.of("rsb", "rss")).isZero();
        assertThat(TokenSimilarity.of("jan", "yan")).isZero();
    }

    @Test
    void everyWordFoldingAlikeStartsWithALetterTheOtherAllows() {
        for (String[] p : new String[][] {{"kst", "cst"}, {"khts", "chtz"}, {"xash", "hash"}, {"swk", "zvk"}, {"wmk", "vmk"}}) {
            assertThat(TokenSimilarity.alikeFirstLetters(p[0])).contains(p[1].substring(0, 1));
            assertThat(TokenSimilarity.alikeFirstLetters(p[1])).contains(p[0].substring(0, 1));
        }
    }

    @Test
    void russianSurnamesWhoseAOrUDifferAreTwoSurnames() {
        // Колесников / Калашников, Романов / Рахманов: one transliteration key, other vowels that every scheme writes alike.
        assertThat(TokenSimilarity.of("kolesnikov", "kalashnikov")).isZero();
        assertThat(TokenSimilarity.of("romanov", "rakhmanov")).isZero();
        // ё written yo, io or (after a hushing consonant) o is e: one surname.
        assertThat(TokenSimilarity.of("vorobyov", "vorobiev")).isGreaterThanOrEqualTo(TransliterationKey.SIMILARITY);
        assertThat(TokenSimilarity.of("gorbachov", "gorbachyov")).isGreaterThan(0.8);
        // Not for words without the Russian possessive ending: Arabic and Persian vowels vary ("mohammad"/"muhammad").
        assertThat(TokenSimilarity.of("mohammad", "muhammad")).isGreaterThan(0.8);
    }
}
