package org.chokepoint.text;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Romanises Arabic-script text. Persian (recognised by the letters Arabic lacks: پ چ ژ گ ک ی)
 * gets ICU "Persian-Latin/BGN" first; Arabic gets ICU "Arabic-Latin" first and
 * "Arabic-Latin/BGN" second. The BGN transforms leave some letters untouched (word-initial alef
 * in "ایران"), so "Arabic-Latin" cleans up after them. In Arabic the article ال is written apart
 * ("al nwr") because lists write "Al Noor" or "Al-Noor". Short vowels are not written in Arabic
 * script, so the result is a consonant skeleton ("mhmd"); matching it against "Mohammad" is left
 * to the comparators. Thread-safe.
 */
final class ArabicRomanizer implements ScriptRomanizer {
    private static final Pattern ARTICLE = Pattern.compile("(?<![\\p{L}\\p{M}])\u0627\u0644(?=\\p{L}\\p{M}*\\p{L})");
    /**
     * The article after the proclitics Arabic writes on to a word: و "and" (والبحوث, wa-l-buhuth, "and the research") and
     * ل "for, of", which drops the article's alef (للنفط, li-l-naft, "for the oil"). English renderings say "and" and "of"
     * or leave them out ("Syrian Company for Oil", Syrian Petroleum Company), so the proclitic is dropped and the article
     * written apart like any other; only before a word of two letters or more, so that a name such as والي (Wali) stays.
     */
    private static final Pattern PROCLITIC_ARTICLE = Pattern.compile("(?<![\\p{L}\\p{M}])(?:\u0648\u0627\u0644|\u0644\u0644)(?=\\p{L}\\p{M}*\\p{L})");

    private final IcuTransliterator arabic = IcuTransliterator.byId("Arabic-Latin");
    private final IcuTransliterator arabicBgn = IcuTransliterator.byId("Arabic-Latin/BGN");
    private final IcuTransliterator persianBgn = IcuTransliterator.byId("Persian-Latin/BGN");
    /** Whether every run is also read as Persian (data files: see {@link #ArabicRomanizer(boolean)}). */
    private final boolean persianToo;

    ArabicRomanizer() {
        this(false);
    }

    /**
     * @param persianToo also read text without the letters that mark Persian as Persian, after the Arabic readings. For
     *                   the entries of data files: a Persian word written with the letters both languages share (هوافضا
     *                   aerospace, امنیت security, اطلاعات intelligence) is read the Persian way in a Persian name
     *                   ("hvafza", ض as z, و as v) and the Arabic way alone ("hwafda"), and the entry must meet it in both.
     */
    ArabicRomanizer(boolean persianToo) {
        this.persianToo = persianToo;
    }

    /**
     * The parts of compound names that romanisations write as one word: الله (Allah) after a word (Abdullah, Hizballah,
     * Nasrallah), الدين (al-Din) after a word (Noureddine, Salahuddin), and عبد (Abd, servant of) before a word with the
     * article (Abdelkader, Abderrahmane).
     */
    private static final Pattern ALLAH = Pattern.compile("(?<=[\\p{L}\\p{M}]) +(\u0627\u0644\u0644\u0647|\u0627\u0644\u062F\u064A\u0646)(?![\\p{L}\\p{M}])"
            + "|(?<=(?<![\\p{L}\\p{M}])\u0639\u0628\u062F) +(?=\u0627\u0644)");

    /**
     * Titles and ranks written before a name in Persian and Arabic, which lists leave out or keep as an alias ("Sayyed
     * Mojtaba Hosseini"): سید/السيد (Seyyed, descendant of the Prophet), سردار, سرلشکر, سرتیپ, سرهنگ, اللواء, العميد (IRGC
     * and army ranks), دکتر/الدكتور, مهندس (Dr., Eng.), حاج/الحاج (Hajj), شیخ/الشيخ, آیت الله, حجت الاسلام. A reading
     * without them is added, when two words or more remain; the reading with them stays first.
     */
    private static final Pattern TITLES = Pattern.compile("^(?:(?:\\u062D\\u062C\\u062A[ \\u200C]?\\u0627\\u0644\\u0627\\u0633\\u0644\\u0627\\u0645|\\u0622\\u06CC\\u062A[ \\u200C]?\\u0627\\u0644\\u0644\\u0647|\\u0622\\u064A\\u0629[ \\u200C]?\\u0627\\u0644\\u0644\\u0647|\\u0627\\u0644\\u062F\\u0643\\u062A\\u0648\\u0631|\\u0627\\u0644\\u0645\\u0647\\u0646\\u062F\\u0633|\\u0633\\u0631\\u0644\\u0634\\u06A9\\u0631|\\u0627\\u0644\\u0644\\u0648\\u0627\\u0621|\\u0627\\u0644\\u0639\\u0645\\u064A\\u062F|\\u0627\\u0644\\u0633\\u064A\\u062F|\\u0633\\u0631\\u062F\\u0627\\u0631|\\u0633\\u0631\\u062A\\u06CC\\u067E|\\u0633\\u0631\\u0647\\u0646\\u06AF|\\u062F\\u0643\\u062A\\u0648\\u0631|\\u0645\\u0647\\u0646\\u062F\\u0633|\\u0627\\u0644\\u062D\\u0627\\u062C|\\u0627\\u0644\\u0634\\u064A\\u062E|\\u062F\\u06A9\\u062A\\u0631|\\u062D\\u0627\\u062C\\u06CC|\\u0633\\u06CC\\u062F|\\u0633\\u064A\\u062F|\\u062D\\u0627\\u062C|\\u0634\\u06CC\\u062E|\\u0634\\u064A\\u062E)[ \\u200C]+)+(?=\\S+[ \\u200C]+\\S)");

    /**
     * Persian surname suffixes that Persian script writes apart (a space or a zero-width non-joiner) and Latin letters
     * write joined: زاده -zadeh (فخری زاده, Fakhrizadeh), پور -pour, نژاد -nejad; and the adjectival -ei after a silent
     * final ه, written ه‌ای or ه ای and also ئی (خامنه‌ای, خامنئی: Khamenei). The non-joiner is gone by the time a run
     * is read (folding drops it), so a word ending in های, which is also the plural ه‌های of a word ending in ه, gets the
     * reading too: it is a third reading, beside the word as written.
     */
    private static final Pattern PERSIAN_SUFFIX = Pattern.compile("(?<=[\\p{L}\\p{M}])[ \u200C]+(\u0632\u0627\u062F\u0647|\u067E\u0648\u0631|\u0646\u0698\u0627\u062F)(?![\\p{L}\\p{M}])");
    private static final Pattern SILENT_HEH_EI = Pattern.compile("(?<=[\\p{L}\\p{M}]{2})\u0647[ \u200C]*\u0627\u06CC(?![\\p{L}\\p{M}])");

    /**
     * Letters of Urdu and of other typings of Arabic script, as the Arabic or Persian letter the transliterators know:
     * ھ (the "two-eyed" heh, which some keyboards give for ه: الطاھر), ۀ and ہ as ه, ۃ as ة, ے as ی, ٹ ڈ ڑ as ت د ر, ں as ن.
     * The transliterators drop them otherwise ("tar" for الطاھر, al-Tahir).
     */
    private static String standardLetters(String run) {
        StringBuilder out = null;
        for (int i = 0; i < run.length(); i++) {
            char c = run.charAt(i);
            char to = switch (c) {
                case '\u06BE', '\u06C0', '\u06C1' -> '\u0647';
                case '\u06C3' -> '\u0629';
                case '\u06D2' -> '\u06CC';
                case '\u0679' -> '\u062A';
                case '\u0688' -> '\u062F';
                case '\u0691' -> '\u0631';
                case '\u06BA' -> '\u0646';
                default -> c;
            };
            if (to != c && out == null) out = new StringBuilder(run.substring(0, i));
            if (out != null) out.append(to);
        }
        return out == null ? run : out.toString();
    }

    @Override
    public List<String> readings(String given) {
        String run = standardLetters(given);
        // A third reading with the parts of compound names joined ("hzballh" beside "hzb al lh", "bdalqadr" beside
        // "bd al qadr"), which lists write as one word; only when the name has them, so that other names keep their readings.
        String joined = ALLAH.matcher(run).find() ? arabic.apply(ALLAH.matcher(run).replaceAll(m -> m.group(1) == null ? "" : m.group(1))) : null;
        String untitled = TITLES.matcher(run).replaceFirst("");
        List<String> out = new java.util.ArrayList<>();
        if (isPersian(run)) {
            out.add(arabic.apply(persianBgn.apply(run)));
            out.add(arabic.apply(run));
            // A third reading without the title and with the suffix joined, as Latin letters write the name (beside the
            // reading as written).
            String suffixed = SILENT_HEH_EI.matcher(PERSIAN_SUFFIX.matcher(untitled).replaceAll("$1")).replaceAll("\u0626\u06CC");
            if (!suffixed.equals(run)) out.add(arabic.apply(persianBgn.apply(suffixed)));
        } else {
            String separated = ARTICLE.matcher(PROCLITIC_ARTICLE.matcher(run).replaceAll("\u0627\u0644")).replaceAll("al ");
            out.add(arabic.apply(separated));
            out.add(arabic.apply(arabicBgn.apply(separated)));
            if (persianToo) out.add(arabic.apply(persianBgn.apply(run)));
            if (!untitled.equals(run)) out.add(arabic.apply(ARTICLE.matcher(PROCLITIC_ARTICLE.matcher(untitled).replaceAll("\u0627\u0644")).replaceAll("al ")));
        }
        if (joined != null) out.add(joined);
        return List.copyOf(out);
    }

    private static boolean isPersian(String run) {
        for (int i = 0; i < run.length(); i++) {
            switch (run.charAt(i)) {
                case '\u067E', '\u0686', '\u0698', '\u06AF', '\u06A9', '\u06CC' -> { return true; }
                default -> { }
            }
        }
        return false;
    }
}
