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
        if (!azerbaijani(run)) return List.of(run);
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
