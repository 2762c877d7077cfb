package org.chokepoint.text;

import java.util.List;

/**
 * Romanises Korean Hangul syllable by syllable, the way lists write Korean names ("KIM Jong Un",
 * "CHOE Ryong Hae", "RI Pyong Chol"). Three readings: the DPRK usage (McCune–Reischauer without
 * diacritics or apostrophes, but ㅈ as "j": "Jong", "Pyongyang"), classic McCune–Reischauer with
 * ㅈ as "ch" ("Choson") and the South Korean Revised Romanization ("Joseon", "Gim").
 *
 * <p>Not ICU: in ICU4J 79.1 "Hangul-Latin" is a reversible letter-by-letter transliteration
 * ("muyeog", "libyeongcheol") that no list uses, and "Korean-Latin/BGN" drops vowels. The
 * syllable arithmetic of Unicode Hangul makes a table-driven romaniser a few lines long.
 * Sound changes across syllables are not modelled; lists mostly ignore them in names too.
 * Stateless and thread-safe.
 */
final class HangulRomanizer implements ScriptRomanizer {
    private static final int FIRST = 0xAC00;
    private static final int LAST = 0xD7A3;

    private static final String[] INITIAL_DPRK = {"k", "kk", "n", "t", "tt", "r", "m", "p", "pp", "s", "ss", "", "j", "jj", "ch", "k", "t", "p", "h"};
    private static final String[] INITIAL_MR = {"k", "kk", "n", "t", "tt", "r", "m", "p", "pp", "s", "ss", "", "ch", "tch", "ch", "k", "t", "p", "h"};
    private static final String[] INITIAL_RR = {"g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj", "ch", "k", "t", "p", "h"};
    private static final String[] VOWEL_MR = {"a", "ae", "ya", "yae", "o", "e", "yo", "ye", "o", "wa", "wae", "oe", "yo", "u", "wo", "we", "wi", "yu", "u", "ui", "i"};
    private static final String[] VOWEL_RR = {"a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae", "oe", "yo", "u", "wo", "we", "wi", "yu", "eu", "ui", "i"};
    private static final String[] FINAL = {"", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l", "p", "l", "m", "p", "p", "t", "t", "ng", "t", "t", "k", "t", "p", "t"};

    /**
     * Surnames that South Korean Hangul writes by the initial-sound law (두음 법칙) and the DPRK without it: 이 리 (RI),
     * 임 림 (RIM), 유 류 (RYU), 양 량 (RYANG), 노 로 (RO), 염 렴 (RYOM), 여 려 (RYO), 용 룡 (RYONG), 육 륙 (RYUK).
     */
    private static final String LAW_SURNAMES = "이임유양노염여용육";

    @Override
    public List<String> readings(String run) {
        String dprk = romanize(run, INITIAL_DPRK, VOWEL_MR);
        String north = northernSurname(run);
        if (north == null) return List.of(dprk, romanize(run, INITIAL_MR, VOWEL_MR), romanize(run, INITIAL_RR, VOWEL_RR));
        // Second, so that the name's spellings compared include it.
        return List.of(dprk, romanize(north, INITIAL_DPRK, VOWEL_MR), romanize(run, INITIAL_MR, VOWEL_MR), romanize(run, INITIAL_RR, VOWEL_RR));
    }

    /**
     * A person's name in South Korean Hangul ("이병철") with its surname as the DPRK writes it ("리병철", RI Pyong Chol),
     * or null: the run is a name of two to four syllables (a surname and a given name, spaces apart or not) whose first
     * syllable is a surname of {@link #LAW_SURNAMES}. Its initial ㅇ or ㄴ becomes ㄹ.
     */
    private static String northernSurname(String run) {
        int syllables = 0, first = -1;
        for (int i = 0; i < run.length(); i++) {
            char c = run.charAt(i);
            if (c >= FIRST && c <= LAST) {
                if (first < 0) first = i;
                syllables++;
            } else if (c != ' ') {
                return null;
            }
        }
        if (syllables < 2 || syllables > 4 || LAW_SURNAMES.indexOf(run.charAt(first)) < 0) return null;
        int index = run.charAt(first) - FIRST;
        int rieul = 5 * 21 * 28 + index % (21 * 28);
        return run.substring(0, first) + (char) (FIRST + rieul) + run.substring(first + 1);
    }

    private static String romanize(String run, String[] initials, String[] vowels) {
        StringBuilder out = new StringBuilder(run.length() * 4);
        for (int i = 0; i < run.length(); ) {
            int cp = run.codePointAt(i);
            i += Character.charCount(cp);
            if (cp < FIRST || cp > LAST) {
                out.appendCodePoint(cp);
                continue;
            }
            int index = cp - FIRST;
            out.append(' ').append(initials[index / (21 * 28)]).append(vowels[index / 28 % 21]).append(FINAL[index % 28]).append(' ');
        }
        return out.toString();
    }
}
