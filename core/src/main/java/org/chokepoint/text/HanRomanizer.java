package org.chokepoint.text;

import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import org.chokepoint.country.Cities;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Romanises Chinese characters as Hanyu Pinyin (ICU "Han-Latin"; tone marks are stripped later).
 * Chinese has no spaces, while lists write Pinyin by word ("Shenzhen Huaqiang Dianzi"), so the
 * text is first cut into words with ICU's dictionary-based word breaker; runs of single
 * characters the dictionary does not know (usually a brand, "华强") are joined into one word,
 * except administrative suffixes such as 市 that lists write apart; a run of four such characters is the usual
 * trade name of two words, which the lists write as two ("星华恒诚": BEIJING XINGHUA HENGCHENG, "麦克普特": MAIKE PUTE).
 * The first reading joins the syllables of a word ("huaqiang"), the second writes the syllables of a proper name apart
 * ("hua qiang"), as some lists do ("Guang Ming", "Xin Quan"), but keeps whole the words no list writes apart because they
 * are no proper name: a city ("dalian"), a generic word ("maoyi", "youxian gongsi") or a word of the industry vocabulary
 * ("jinchukou"): written apart, their syllables weighed as rare words and made "大连贸易有限公司" the listed DALIAN
 * ZHENGHUA MAOYI YOUXIAN GONGSI (da+lian, mao+yi) with its one naming word missing. Before that, words the lists
 * spell otherwise ({@link HanWordReadings}: "香港" Hong Kong) take that spelling, and the numbers of institutes and
 * factories become digits ({@link HanNumerals}: "第十四研究所" 14 研究所).
 *
 * <p>ICU's Han-Latin costs about 25 µs per character, so the reading of each character is
 * cached (the cache is bounded by the number of Han characters). Han-Latin's few
 * context-dependent readings (重庆 "chongqing") are lost that way; it misses most of them anyway
 * (银行 comes out "yin xing"). Thread-safe.
 */
final class HanRomanizer implements ScriptRomanizer {
    private static final String STANDALONE = "市省县区";

    private final IcuTransliterator hanLatin = IcuTransliterator.byId("Han-Latin");
    private final Pool<BreakIterator> wordBreaks = new Pool<>(() -> BreakIterator.getWordInstance(ULocale.ROOT));
    private final ConcurrentHashMap<Integer, String> syllables = new ConcurrentHashMap<>();
    private final HanWordReadings spellings = HanWordReadings.load();
    /** The Pinyin of the vocabulary's Chinese words, syllables joined ("jinchukou", "dianzi"): words kept whole. */
    private final Set<String> vocabularyPinyin = vocabularyPinyin();

    @Override
    public List<String> readings(String run) {
        List<String> words = words(spellings.spelled(HanNumerals.asDigits(run)));
        StringBuilder joined = new StringBuilder(run.length() * 4);
        StringBuilder split = new StringBuilder(run.length() * 4);
        StringBuilder word = new StringBuilder();
        for (String w : words) {
            word.setLength(0);
            joined.append(' ');
            for (int i = 0; i < w.length(); ) {
                int cp = w.codePointAt(i);
                i += Character.charCount(cp);
                if (isHan(cp)) {
                    String syllable = syllable(cp);
                    joined.append(syllable);
                    word.append(' ').append(syllable).append(' ');
                } else {
                    joined.appendCodePoint(cp);
                    word.appendCodePoint(cp);
                }
            }
            joined.append(' ');
            String whole = word.toString().replace(" ", "");
            if (!whole.isEmpty() && keptWhole(whole)) split.append(' ').append(whole).append(' ');
            else split.append(word);
        }
        return List.of(joined.toString(), split.toString());
    }

    /** Whether a word's Pinyin, syllables joined, is a word no list writes syllable by syllable (see the class comment). */
    private boolean keptWhole(String pinyin) {
        return vocabularyPinyin.contains(pinyin) || TokenWeights.isGeneric(pinyin) || Cities.isCity(pinyin);
    }

    private Set<String> vocabularyPinyin() {
        Set<String> out = new HashSet<>();
        for (VocabularyEntry row : OrgVocabulary.translationEntries()) {
            for (String word : row.equivalents()) {
                if (word.isEmpty() || !isHan(word.codePointAt(0))) continue;
                StringBuilder pinyin = new StringBuilder();
                word.codePoints().filter(HanRomanizer::isHan).forEach(cp -> pinyin.append(syllable(cp)));
                out.add(pinyin.toString());
            }
        }
        return Set.copyOf(out);
    }

    private List<String> words(String run) {
        return wordBreaks.apply(breaks -> {
            breaks.setText(run);
            List<String> words = new ArrayList<>();
            StringBuilder lone = new StringBuilder();
            for (int start = breaks.first(), end = breaks.next(); end != BreakIterator.DONE; start = end, end = breaks.next()) {
                String segment = run.substring(start, end);
                if (segment.codePointCount(0, segment.length()) == 1 && isHan(segment.codePointAt(0))
                        && STANDALONE.indexOf(segment) < 0) {
                    lone.append(segment);
                    continue;
                }
                addRun(lone, words);
                words.add(segment);
            }
            addRun(lone, words);
            return words;
        });
    }

    /**
     * Adds a run of characters the dictionary does not know as words, then empties it: the words of the industry
     * vocabulary in it apart ("锻压", "数控", which ICU's dictionary lacks, in "宏达锻压数控"), the rest one word each, a rest
     * of four characters two ({@link #halveFour}).
     */
    private void addRun(StringBuilder lone, List<String> words) {
        if (lone.isEmpty()) return;
        String run = lone.toString();
        lone.setLength(0);
        int[] cps = run.codePoints().toArray();
        StringBuilder rest = new StringBuilder();
        for (int i = 0; i < cps.length; ) {
            int found = 0;
            for (int n = Math.min(4, cps.length - i); n >= 2 && found == 0; n--) {
                StringBuilder pinyin = new StringBuilder();
                for (int k = i; k < i + n; k++) pinyin.append(syllable(cps[k]));
                if (vocabularyPinyin.contains(pinyin.toString())) found = n;
            }
            if (found == 0) {
                rest.appendCodePoint(cps[i++]);
                continue;
            }
            addRest(rest, words);
            words.add(new String(cps, i, found));
            i += found;
        }
        addRest(rest, words);
    }

    private static void addRest(StringBuilder rest, List<String> words) {
        if (rest.isEmpty()) return;
        words.add(rest.toString());
        rest.setLength(0);
        halveFour(words, words.size() - 1);
    }

    /** A run of four lone characters at {@code at}: two words of two, as trade names of four characters are written. */
    private static void halveFour(List<String> words, int at) {
        String run = words.get(at);
        if (run.codePointCount(0, run.length()) != 4) return;
        int half = run.offsetByCodePoints(0, 2);
        words.set(at, run.substring(0, half));
        words.add(at + 1, run.substring(half));
    }

    private String syllable(int cp) {
        return syllables.computeIfAbsent(cp, c -> hanLatin.applyWhole(Character.toString(c)).strip());
    }

    private static boolean isHan(int cp) {
        return UScript.getScript(cp) == UScript.HAN;
    }
}
