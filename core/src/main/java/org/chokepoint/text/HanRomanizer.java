package org.chokepoint.text;

import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Romanises Chinese characters as Hanyu Pinyin (ICU "Han-Latin"; tone marks are stripped later).
 * Chinese has no spaces, while lists write Pinyin by word ("Shenzhen Huaqiang Dianzi"), so the
 * text is first cut into words with ICU's dictionary-based word breaker; runs of single
 * characters the dictionary does not know (usually a brand, "华强") are joined into one word,
 * except administrative suffixes such as 市 that lists write apart. The first reading joins the
 * syllables of a word ("huaqiang"), the second writes every syllable apart ("hua qiang"). Before that, words the lists
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

    @Override
    public List<String> readings(String run) {
        List<String> words = words(spellings.spelled(HanNumerals.asDigits(run)));
        StringBuilder joined = new StringBuilder(run.length() * 4);
        StringBuilder split = new StringBuilder(run.length() * 4);
        for (String word : words) {
            joined.append(' ');
            for (int i = 0; i < word.length(); ) {
                int cp = word.codePointAt(i);
                i += Character.charCount(cp);
                if (isHan(cp)) {
                    String syllable = syllable(cp);
                    joined.append(syllable);
                    split.append(' ').append(syllable).append(' ');
                } else {
                    joined.appendCodePoint(cp);
                    split.appendCodePoint(cp);
                }
            }
            joined.append(' ');
        }
        return List.of(joined.toString(), split.toString());
    }

    private List<String> words(String run) {
        return wordBreaks.apply(breaks -> {
            breaks.setText(run);
            List<String> words = new ArrayList<>();
            boolean lastWasLoneCharacter = false;
            for (int start = breaks.first(), end = breaks.next(); end != BreakIterator.DONE; start = end, end = breaks.next()) {
                String segment = run.substring(start, end);
                boolean lone = segment.codePointCount(0, segment.length()) == 1 && isHan(segment.codePointAt(0))
                        && STANDALONE.indexOf(segment) < 0;
                if (lone && lastWasLoneCharacter) words.set(words.size() - 1, words.getLast() + segment);
                else words.add(segment);
                lastWasLoneCharacter = lone;
            }
            return words;
        });
    }

    private String syllable(int cp) {
        return syllables.computeIfAbsent(cp, c -> hanLatin.applyWhole(Character.toString(c)).strip());
    }

    private static boolean isHan(int cp) {
        return UScript.getScript(cp) == UScript.HAN;
    }
}
