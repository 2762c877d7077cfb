package org.chokepoint.similarity;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ArabicSkeletonTest {

    @ParameterizedTest(name = "{0} spells {1}")
    @CsvSource({
            // short vowels put in, doubled consonants (shadda) written double
            "mlt, mellat", "mhmd, mohammad", "mhmd, muhammad", "zryf, zarif",
            // q as q, k, gh, g; و as o, u, v; ی as i, ei, ee
            "qasm, qasem", "qasm, ghasem", "qasm, kasem", "slymany, soleimani", "slymany, sulaymani", "twlbrany, tolbarani",
            // a final h as h or as the vowel it ends on; ة read as h
            "sph, sepah", "shrkh, sharika", "shrkt, sharikat",
            // an initial alef is any vowel; ع is not written, a vowel stands for it; ئي as ei
            "aymn, ayman", "asmayl, esmail", "khamnyy, khamenei", "ly, ali",
            // الله joined to the word before it
            "hzballh, hizballah", "bdallh, abdullah", "bdallh, abdollah",
            // th as s or t, dh and z as z or d
            "thabt, sabet", "zwahry, zawahiri", "zwahry, dhawahiri",
            // the article inside a compound name; before a sun letter its vowel and the letter doubled
            "bdalqadr, abdelkader", "bdalrhmn, abderrahmane", "bdalrhmn, abdulrahman", "nwraldyn, noureddine",
            // the mute final e of French-style spellings; a final alef maqsura as a; a final h with its vowel
            "jrman, djermane", "mstfy, mustafa", "mwsy, musa", "th, taha",
            // ص and ح written apart are two consonants of the word
            "shrawy, sahrawi"
    })
    void spells(String skeleton, String latin) {
        assertThat(ArabicSkeleton.similarity(skeleton, latin)).isGreaterThan(0.0).isLessThan(1.0);
    }

    @ParameterizedTest(name = "{0} does not spell {1}")
    @CsvSource({
            // another consonant, or the consonants in another order
            "qasm, hashem", "mlt, melli", "mlt, mali", "vrdlt, vardanat", "mlt, mtl",
            // a vowel after the last letter is not put in: the script would write it
            "qasm, qasema",
            // a Latin letter no spelling of the skeleton gives
            "mlt, mellart",
            // one consonant against a longer word reaches too much
            "ly, aliyev",
            // a mute e only after a consonant, and only e
            "jrman, djermana", "qasm, qasemo"
    })
    void doesNotSpell(String skeleton, String latin) {
        assertThat(ArabicSkeleton.similarity(skeleton, latin)).isZero();
    }

    @Test
    void aDigraphWrittenApartCountsTwoConsonants() {
        assertThat(ArabicSkeleton.consonants("shrawy")).isEqualTo(2);
        assertThat(ArabicSkeleton.similarity("shrawy", "sahrawi")).isEqualTo(ArabicSkeleton.CREDIT);
        assertThat(ArabicSkeleton.similarity("shrawy", "shirawi")).isEqualTo(ArabicSkeleton.SHORT);
        // و and ي at the start of a word are consonants
        assertThat(ArabicSkeleton.consonants("ywsf")).isEqualTo(3);
    }

    @Test
    void aShortSkeletonThatWritesEveryVowelIsAWholeReading() {
        // علي: a vowel before the first letter stands for ع, ي is the i; موسى: و is u, the final ى a
        assertThat(ArabicSkeleton.similarity("ly", "ali")).isEqualTo(ArabicSkeleton.CREDIT);
        assertThat(ArabicSkeleton.similarity("mwsy", "musa")).isEqualTo(ArabicSkeleton.CREDIT);
        // a vowel put in between two letters: another word could be read (Melli, Mali; Ben, Bin)
        assertThat(ArabicSkeleton.similarity("mly", "mali")).isEqualTo(ArabicSkeleton.SHORT);
        assertThat(ArabicSkeleton.similarity("bn", "ben")).isEqualTo(ArabicSkeleton.SHORT);
    }

    @Test
    void creditFallsWithConsonants() {
        assertThat(ArabicSkeleton.similarity("mlt", "mellat")).isEqualTo(ArabicSkeleton.CREDIT);
        assertThat(ArabicSkeleton.similarity("mly", "melli")).isEqualTo(ArabicSkeleton.SHORT);
        assertThat(ArabicSkeleton.SHORT).isLessThan(0.8);
        assertThat(ArabicSkeleton.similarity("bank", "bank")).isEqualTo(1.0);
        assertThat(ArabicSkeleton.similarity("aay", "aya")).isZero();
        assertThat(ArabicSkeleton.similarity("", "a")).isZero();
    }

    @ParameterizedTest(name = "{0} reaches the key of {1}")
    @CsvSource({"mlt, mellat", "qasm, ghasem", "slymany, soleimani", "khamnyy, khamenei", "zryf, zarif", "twlbrany, tolbarani",
            "sph, sepah", "hzballh, hizballah", "thabt, sabet"})
    void keysReachTheLatinWord(String skeleton, String latin) {
        assertThat(ArabicSkeleton.similarity(skeleton, latin)).isPositive();
        assertThat(ArabicSkeleton.keys(skeleton)).contains(ArabicSkeleton.key(latin));
    }

    @Test
    void keysNeedThreeConsonants() {
        assertThat(ArabicSkeleton.keys("mly")).isEmpty();
        assertThat(ArabicSkeleton.key("melli")).isNull();
        assertThat(ArabicSkeleton.key("mellat")).isEqualTo("MLT");
        assertThat(ArabicSkeleton.keys("qasm")).hasSizeLessThanOrEqualTo(ArabicSkeleton.MAX_KEYS);
    }

    @Test
    void firstLettersCoverEveryReachableWord() {
        long bits = ArabicSkeleton.firstLetterBits("qasm");
        for (String latin : new String[] {"qasem", "kasem", "ghasem", "gasem"}) assertThat(bits & (1L << (latin.charAt(0) & 63))).isNotZero();
        long ali = ArabicSkeleton.firstLetterBits("ly");
        assertThat(ali & (1L << ('a' & 63))).isNotZero();
    }
}
