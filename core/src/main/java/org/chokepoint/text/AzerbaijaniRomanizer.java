package org.chokepoint.text;

import java.util.List;

/**
 * Reads Azerbaijani Latin as the lists write Azerbaijani names, which reach them through Russian passports: ə as a
 * (Əliyev, Алиев, "Aliyev"; Səfərov, "Safarov"), q as g (Qarayev, "Garayev"), c as j (Cahangir, "Jahangir"), x as kh,
 * ç ş as ch sh, ğ as g and ı as i ("Tağıyev", "Tagiyev"). That reading comes second, after the letters as written (ə as
 * e: Fikrət, "Fikret"). Only text that says it is Azerbaijani gets it: a letter ə, which no other alphabet lists see
 * uses, or the patronymic words oğlu / qızı ("son of", "daughter of") standing alone. Thread-safe.
 */
final class AzerbaijaniRomanizer implements ScriptRomanizer {
    @Override
    public List<String> readings(String run) {
        if (!azerbaijani(run)) return surnamesWithQ(run);
        StringBuilder out = new StringBuilder(run.length() + 8);
        int wordStart = 0;
        for (int i = 0; i < run.length(); i++) {
            char c = run.charAt(i);
            if (c == ' ') wordStart = i + 1;
            if (shortForm(run, wordStart)) {
                out.append(c);
                continue;
            }
            switch (c) {
                case 'ə' -> out.append('a');
                case 'q' -> out.append('g');
                case 'c' -> out.append('j');
                case 'x' -> out.append("kh");
                case 'ç' -> out.append("ch");
                case 'ş' -> out.append("sh");
                case 'ğ' -> out.append('g');
                case 'ı' -> out.append('i');
                case 'ö' -> out.append('o');
                case 'ü' -> out.append('u');
                default -> out.append(c);
            }
        }
        return List.of(run, out.toString());
    }

    /**
     * The run, and a second reading with q as g and x as kh in the words that are Azerbaijani surnames by their ending in
     * the Russian suffixes (-ov, -ova, -yev, -yeva, -ev, -eva) or -li, -lu, -zade and that have a q before the ending:
     * "Tahir Qarayev" is Гараев, "Tahir GARAYEV", Quliyev is Гулиев, though nothing else in it says Azerbaijani. Words of other languages
     * written with q ("Qasim", "Qods", "Iraq") do not end so; text without such a word is its own one reading.
     */
    static List<String> surnamesWithQ(String run) {
        if (run.indexOf('q') < 0) return List.of(run);
        String[] words = run.split(" ", -1);
        boolean changed = false;
        for (int i = 0; i < words.length; i++) {
            if (azerbaijaniSurname(words[i])) {
                words[i] = words[i].replace("q", "g").replace("x", "kh");
                changed = true;
            }
        }
        return changed ? List.of(run, String.join(" ", words)) : List.of(run);
    }

    private static final String[] SURNAME_ENDINGS = {"ov", "ova", "ev", "eva", "li", "lu", "zade"};

    private static boolean azerbaijaniSurname(String word) {
        int q = word.indexOf('q');
        if (q < 0 || word.length() < 5) return false;
        for (int i = 0; i < word.length(); i++) if (!Character.isLetter(word.charAt(i))) return false;
        for (String end : SURNAME_ENDINGS) if (word.endsWith(end) && q < word.length() - end.length()) return true;
        return false;
    }

    /** Whether the word at {@code start} has three letters or fewer and no ə: "MMC", "QSC", "ASC" are legal forms, not names. */
    private static boolean shortForm(String run, int start) {
        int end = run.indexOf(' ', start);
        if (end < 0) end = run.length();
        return end - start <= 3 && run.substring(start, end).indexOf('ə') < 0;
    }

    static boolean azerbaijani(String run) {
        if (run.indexOf('ə') >= 0) return true;
        for (String word : run.split(" ")) if (word.equals("oğlu") || word.equals("qızı")) return true;
        return false;
    }
}
