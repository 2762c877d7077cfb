package org.chokepoint.detect.wording;

import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.StringReader;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

class VocabularyTest {
    private static Vocabulary of(String text) throws Exception {
        return Vocabulary.parse(new BufferedReader(new StringReader(text)), "test");
    }

    @Test
    void stemsMatchTheStartOfWordsAndDollarStemsWholeWords() throws Exception {
        Vocabulary v = of("chips\tchip$|microcircuit|микросхем\nparts\tspare part\n");
        assertThat(v.find("Integrated microcircuits")).extracting(Vocabulary.Entry::label).containsExactly("chips");
        assertThat(v.find("МИКРОСХЕМЫ")).extracting(Vocabulary.Entry::label).containsExactly("chips");
        assertThat(v.find("chip")).hasSize(1);
        assertThat(v.find("chipboard")).isEmpty();
        assertThat(v.find("Spare-Parts for lathes")).extracting(Vocabulary.Entry::label).containsExactly("parts");
        assertThat(v.find("spare wheel")).isEmpty();
    }

    @Test
    void foldsCaseAccentsAndTurkishDotlessI() throws Exception {
        Vocabulary v = of("textiles\ttekstil\nfurniture\tmobilya\n");
        assertThat(v.find("İSTANBUL TEKSTİL A.Ş.")).hasSize(1);
        assertThat(v.find("Mobılya San.")).hasSize(1);
    }

    @Test
    void chineseStemsAreFoundInsideWords() throws Exception {
        Vocabulary v = of("forwarder\t物流\n");
        assertThat(v.find("深圳市华强物流有限公司")).hasSize(1);
        assertThat(v.find("深圳市华强电子有限公司")).isEmpty();
    }

    /** A text folded once finds what the text finds, whatever it holds (blank, marks alone, stems whole or not). */
    @Test
    void aTextFoldedOnceFindsWhatTheTextFinds() throws Exception {
        Vocabulary v = of("chips\tchip$|microcircuit|микросхем\nparts\tspare part\nodd\t-lead|x$\n");
        Random r = new Random(18);
        String[] pieces = {"chip", "chips", "Chip$", "microcircuits", "spare", "part", "-", "lead", "x", "X", "\u0301", " ", "\t", "İ", "物流", ",", ""};
        for (int i = 0; i < 3000; i++) {
            StringBuilder b = new StringBuilder();
            int n = r.nextInt(6);
            for (int k = 0; k < n; k++) b.append(pieces[r.nextInt(pieces.length)]).append(r.nextBoolean() ? " " : "");
            String s = i == 0 ? null : b.toString();
            Vocabulary.Folded folded = Vocabulary.Folded.of(s);
            assertThat(v.find(folded)).as(s).isEqualTo(v.find(s));
            assertThat(folded.words()).as(s).isEqualTo(Vocabulary.words(s));
        }
        assertThat(v.find("x")).hasSize(1);
        assertThat(v.find("xy")).isEmpty();
        assertThat(Vocabulary.words("\u0301")).isEmpty();
    }

    /** Folding takes ASCII text by a shorter way (lower case alone); it comes out as by the full one. */
    @Test
    void asciiTextFoldsAsByTheFullWay() {
        Random r = new Random(19);
        for (int i = 0; i < 3000; i++) {
            StringBuilder b = new StringBuilder();
            int n = r.nextInt(20);
            for (int k = 0; k < n; k++) b.append((char) (i % 3 == 0 ? r.nextInt(0x80) : r.nextInt(4) == 0 ? 0x80 + r.nextInt(0x500) : 0x20 + r.nextInt(0x5f)));
            String s = b.toString();
            String lower = s.replace('İ', 'i').replace('ı', 'i').toLowerCase(java.util.Locale.ROOT);
            String full = java.text.Normalizer.normalize(lower, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
            assertThat(Vocabulary.fold(s)).as(s).isEqualTo(full);
        }
    }

    @Test
    void neverThrowsOnArbitraryText() {
        Random r = new Random(7);
        LinesOfBusiness lines = LinesOfBusiness.standard();
        GoodsWording goods = GoodsWording.standard();
        for (int i = 0; i < 2000; i++) {
            StringBuilder b = new StringBuilder();
            int n = r.nextInt(30);
            for (int k = 0; k < n; k++) b.appendCodePoint(r.nextInt(4) == 0 ? r.nextInt(0x3000) : 'a' + r.nextInt(26));
            String s = b.toString();
            assertThatCode(() -> {
                lines.lines(s);
                lines.forwarder(s);
                goods.read(s);
            }).doesNotThrowAnyException();
        }
    }

    @Test
    void splitsAsTheRegularExpressionDoes() {
        java.util.regex.Pattern nonWord = java.util.regex.Pattern.compile("[^\\p{L}\\p{N}]+");
        Random r = new Random(20);
        String alphabet = "aZ09 -.,()&/'\t_$";
        for (String fixed : new String[] {"", "-", "a", "-a", "a-", "--a--b--", "ab", " a b "}) {
            assertThat(Vocabulary.split(fixed)).as(fixed).containsExactly(nonWord.split(fixed));
        }
        for (int n = 0; n < 20_000; n++) {
            StringBuilder b = new StringBuilder();
            int len = r.nextInt(12);
            for (int k = 0; k < len; k++) b.append(n % 10 == 0 && k == 3 ? 'é' : alphabet.charAt(r.nextInt(alphabet.length())));
            String text = b.toString();
            assertThat(Vocabulary.split(text)).as(text).containsExactly(nonWord.split(text));
        }
    }

    @Test
    void findsWhatEveryPhraseTriedAtEveryWordFinds() throws Exception {
        // The phrases are looked up by their first character; the plain way tries each phrase at each word.
        Vocabulary v = of("a\tspare part|chip$|ab\nb\tpart|物流\nc\tmachin|b$|(x\nd\t-|zz top\n");
        String[] words = {"spare", "parts", "part", "chip", "chips", "ab", "abc", "b", "machine", "物流", "x", "zz", "top", "", "-", "("};
        Random r = new Random(21);
        for (int n = 0; n < 5_000; n++) {
            StringBuilder b = new StringBuilder();
            int len = r.nextInt(6);
            for (int k = 0; k < len; k++) b.append(k == 0 ? "" : r.nextBoolean() ? " " : "-").append(words[r.nextInt(words.length)]);
            String text = b.toString();
            Vocabulary.Folded folded = Vocabulary.Folded.of(text);
            java.util.List<Vocabulary.Entry> plain = new java.util.ArrayList<>();
            if (folded.folded() != null) {
                for (Vocabulary.Entry e : v.entries()) {
                    boolean found = e.unspaced().stream().anyMatch(folded.folded()::contains);
                    for (String[] p : e.phrases()) for (int i = 0; i <= folded.searched().length - p.length; i++) found |= startsAt(p, folded.searched(), i);
                    if (found) plain.add(e);
                }
            }
            assertThat(v.find(folded)).as(text).containsExactlyElementsOf(plain);
        }
    }

    private static boolean startsAt(String[] phrase, String[] words, int i) {
        for (int k = 0; k < phrase.length; k++) {
            String stem = phrase[k], word = words[i + k];
            if (stem.endsWith("$") ? !word.equals(stem.substring(0, stem.length() - 1)) : !word.startsWith(stem)) return false;
        }
        return true;
    }
}
