package org.chokepoint.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Korean names in Latin letters read into the spelling the lists use for North Korean persons: McCune–Reischauer
 * without its marks, with ㅈ written j and the DPRK's initial r ("KIM Jong Un", "RI Pyong Chol", "PAK Jong Chon").
 * Screeners get the same people written by the South Korean Revised Romanization ("Gim Jeong-eun", "I Byeong-cheol",
 * "Bak Jeong-cheon"), by South Korean popular spellings ("Lee Byung-chul", "Park Jung Chun") or by classic MR with
 * ch for ㅈ ("Kim Chong-il"). Stateless and thread-safe.
 *
 * <p>Each word is cut into syllables (onset, vowel, coda: the coda ng is never an onset, any other consonant
 * between vowels begins the next syllable) and each syllable is written as the lists write it: RR eo and eu are ŏ and
 * ŭ, written o and u; the voiced onsets g, d, b, which RR writes where MR writes k, t, p at the start of a word, are
 * k, t, p (the lists write each syllable of a given name as a word of its own, and so voiceless); sh is s, l r, the
 * popular oo u and ee i, and the popular u for ㅓ before ng and of hyun and chul (Jung, Sung, Byung, Hyun, Chul) is o.
 * Surnames follow {@code korean-surnames.tsv}, which holds the South Korean forms of the initial-sound law (Lee, Yi,
 * I are RI; Im, Lim RIM; Yu RYU). A second reading writes the onset ch as j, the classic MR spelling of ㅈ
 * ("Chong" for 정), when the name writes no j of its own; a third, in a name with a popular spelling, reads the popular
 * u before a coda as ㅓ ("Sun", "Suk": Son, Sok). {@link #organisation} reads the Korean words of a firm's name in RR.
 *
 * <p>Conservative: a name is read only when every word is a run of Korean syllables and its first or last word is a
 * Korean surname (its other words each a run), so "Ivan Kim" or "Jin Wang" are left alone; a name the rules do not change gives no reading.
 */
final class KoreanSchemes {
    /** Onsets in Latin letters, longest first, with the lists' spelling. */
    private static final String[][] ONSETS = {
            {"tch", "jj"}, {"kk", "kk"}, {"gg", "kk"}, {"tt", "tt"}, {"dd", "tt"}, {"pp", "pp"}, {"bb", "pp"}, {"ss", "ss"},
            {"jj", "jj"}, {"ch", "ch"}, {"kh", "kh"}, {"th", "th"}, {"ph", "ph"}, {"sh", "s"},
            {"g", "k"}, {"k", "k"}, {"n", "n"}, {"d", "t"}, {"t", "t"}, {"r", "r"}, {"l", "r"}, {"m", "m"}, {"b", "p"},
            {"p", "p"}, {"s", "s"}, {"j", "j"}, {"h", "h"}, {"", ""}};
    /** Vowels, longest first, with the lists' spelling (MR ŏ and ŭ without their marks: o and u). */
    private static final String[][] VOWELS = {
            {"yeo", "yo"}, {"wae", "wae"}, {"weo", "wo"}, {"yae", "yae"}, {"eui", "ui"}, {"you", "yo"},
            {"ae", "ae"}, {"ya", "ya"}, {"eo", "o"}, {"ye", "ye"}, {"yo", "yo"}, {"wa", "wa"}, {"oe", "oe"}, {"oi", "oe"},
            {"wo", "wo"}, {"we", "we"}, {"wi", "wi"}, {"yu", "yu"}, {"eu", "u"}, {"ui", "ui"}, {"oo", "u"}, {"ee", "i"},
            {"a", "a"}, {"e", "e"}, {"o", "o"}, {"u", "u"}, {"i", "i"}};
    /**
     * Syllables whose ch the classic reading leaves alone: in names they are 철, 칠 and 최, while their ㅈ twins (절, 질, 죄)
     * name no one, so "Ri Pyong Chol" needs no reading with "jol".
     */
    private static final Set<String> CH_ALONE = Set.of("chol", "chil", "choe");
    /** Codas, ng first: it never begins a syllable, so "jongun" is jong-un. */
    private static final String[] CODAS = {"ng", "", "k", "n", "l", "m", "p", "t"};

    private static final Map<String, String> SURNAMES = surnames();
    private static final Set<String> LISTED_SURNAMES = Set.copyOf(SURNAMES.values());
    /** The popular spellings of surnames (column 3 of the table): "Lee", "Park", "Choi", "Jung". */
    private static final Set<String> POPULAR = popularSurnames();

    private KoreanSchemes() {}

    /**
     * The lists' spelling of a Korean name in Latin letters, or null when the name is not read as Korean or the reading
     * changes nothing: at most {@value #MAX_READINGS} token lists, each surname placement first (the first word, then the
     * last when both are surnames), then for each the reading with ch as ㅈ and the popular reading of u as ㅓ.
     *
     * @param tokens the name's tokens as the chain has them (lower-case ASCII); not null
     */
    static List<List<String>> readings(List<String> tokens) {
        int n = tokens.size();
        if (n < 2 || n > 5) return null;
        List<List<String>> first = SURNAMES.containsKey(tokens.getFirst()) ? readings(tokens, 0) : List.of();
        List<List<String>> last = SURNAMES.containsKey(tokens.getLast()) ? readings(tokens, n - 1) : List.of();
        java.util.LinkedHashSet<List<String>> out = new java.util.LinkedHashSet<>();
        if (!first.isEmpty()) out.add(first.getFirst());
        if (!last.isEmpty()) out.add(last.getFirst());
        out.addAll(first);
        out.addAll(last);
        out.remove(tokens);
        return out.isEmpty() ? null : out.stream().limit(MAX_READINGS).toList();
    }

    /** At most this many readings of one name: each is a spelling the scorer compares, and it compares a few. */
    static final int MAX_READINGS = 3;

    /**
     * The readings of the name with its surname at {@code surname}, the main one first; none when another word is no
     * Korean syllable run.
     */
    private static List<List<String>> readings(List<String> tokens, int surname) {
        int n = tokens.size();
        List<List<Syllable>> parsed = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            // The surname is read by its table ("Park", "Lee"), whose popular spellings are no syllable runs.
            List<Syllable> s = i == surname ? List.of() : syllables(tokens.get(i));
            if (s == null) return List.of();
            parsed.add(s);
        }
        String raw = tokens.get(surname);
        String listedSurname = SURNAMES.get(raw);
        boolean popular = POPULAR.contains(raw);
        boolean ownJ = false;
        for (String t : tokens) {
            ownJ |= t.indexOf('j') >= 0;
            popular |= t.contains("oo") || t.contains("ee") || t.contains("you");
        }
        List<String> main = new ArrayList<>(n), chAsJ = new ArrayList<>(n), popularU = new ArrayList<>(n);
        boolean chSeen = false;
        for (int i = 0; i < n; i++) {
            if (i == surname) {
                main.add(listedSurname);
                popularU.add(listedSurname);
                // Classic MR writes 전 Chon: its ㅈ is the lists' j when that gives a listed surname (not Choe, 최).
                String j = listedSurname.startsWith("ch") && raw.startsWith("ch") ? "j" + listedSurname.substring(2) : listedSurname;
                boolean surnameJ = !j.equals(listedSurname) && LISTED_SURNAMES.contains(j);
                chSeen |= surnameJ;
                chAsJ.add(surnameJ ? j : listedSurname);
                continue;
            }
            StringBuilder a = new StringBuilder(), b = new StringBuilder(), c = new StringBuilder();
            for (Syllable s : parsed.get(i)) {
                a.append(s.listed());
                boolean ch = s.onset().equals("ch") && !CH_ALONE.contains(s.listed());
                chSeen |= ch;
                b.append(ch ? "j" + s.listed().substring(2) : s.listed());
                c.append(s.popular());
            }
            main.add(a.toString());
            chAsJ.add(b.toString());
            popularU.add(c.toString());
        }
        List<List<String>> out = new ArrayList<>(3);
        out.add(List.copyOf(main));
        if (chSeen && !ownJ && !chAsJ.equals(main)) out.add(List.copyOf(chAsJ));
        if (popular) out.add(List.copyOf(popularU));
        return out;
    }

    /**
     * The lists' spelling of an organisation's name whose Korean words are in the Revised Romanization ("Dancheon
     * Commercial Bank", "Korea Geumsan Trading": TANCHON, KUMSAN), or null. A name is read only when some word shows
     * RR's own vowel letters (eo, eu) and every word is either a Korean syllable run or a word {@code known} to say what
     * an organisation is ("trading", "bank", "korea"), which stays as written. Within a word only the first syllable
     * takes the lists' voiceless onset: MR, like RR, writes g, d, b, j after a vowel or a nasal ("Kumgang", "Kangbong").
     *
     * @param tokens the name's tokens (lower-case ASCII); not null
     * @param known  words that are kept as written (the organisation vocabulary, legal forms)
     */
    static List<String> organisation(List<String> tokens, java.util.function.Predicate<String> known) {
        // Most names have no eo or eu at all: settled before any word is looked up.
        boolean any = false;
        for (String t : tokens) any |= t.contains("eo") || t.contains("eu");
        if (!any) return null;
        boolean marked = false;
        List<String> out = new ArrayList<>(tokens.size());
        for (String t : tokens) {
            if (known.test(t)) {
                out.add(t);
                continue;
            }
            List<Syllable> syllables = syllables(t);
            if (syllables == null) return null;
            marked |= t.contains("eo") || t.contains("eu");
            StringBuilder w = new StringBuilder(t.length());
            for (int k = 0; k < syllables.size(); k++) {
                Syllable s = syllables.get(k);
                if (k == 0) {
                    w.append(s.listed());
                } else {
                    String onset = s.onset().equals("sh") ? "s" : s.onset();
                    w.append(onset).append(s.listed().substring(s.listed().length() - s.coda().length() - vowelLength(s)));
                }
            }
            out.add(w.toString());
        }
        return marked && !out.equals(tokens) ? List.copyOf(out) : null;
    }

    /** The length of the syllable's vowel in the lists' spelling. */
    private static int vowelLength(Syllable s) {
        for (String[] v : VOWELS) if (v[0].equals(s.vowel())) return v[1].length();
        throw new IllegalStateException(s.vowel());
    }

    /** Whether a word (lower-case ASCII) is a Korean surname in one of the spellings this class reads. */
    static boolean surname(String word) {
        return SURNAMES.containsKey(word);
    }

    /** One syllable as written ({@code onset}, {@code vowel}, {@code coda} in the query's letters) and its lists' spelling. */
    record Syllable(String onset, String vowel, String coda, String listed) {
        /**
         * The lists' spelling if the syllable is written the popular way, which writes ㅓ as u (and ㅜ as oo) before a
         * coda: "Sun", "Kun", "Suk", "Hyuk" are 선 Son, 건 Kon, 석 Sok, 혁 Hyok.
         */
        String popular() {
            boolean u = (vowel.equals("u") || vowel.equals("yu")) && !coda.isEmpty() && !coda.equals("m") && !coda.equals("p");
            if (!u) return listed;
            String o = vowel.equals("u") ? "o" : "yo";
            return listed.substring(0, listed.length() - coda.length() - vowel.length()) + o + coda;
        }
    }

    /** The word cut into Korean syllables, or null when it is not a run of them. */
    static List<Syllable> syllables(String word) {
        if (word.isEmpty() || word.length() > 20) return null;
        List<Syllable> out = new ArrayList<>(4);
        return parse(word, 0, out) ? List.copyOf(out) : null;
    }

    private static boolean parse(String w, int at, List<Syllable> out) {
        if (at == w.length()) return !out.isEmpty();
        for (String[] onset : ONSETS) {
            if (!w.startsWith(onset[0], at)) continue;
            int v = at + onset[0].length();
            for (String[] vowel : VOWELS) {
                if (!w.startsWith(vowel[0], v)) continue;
                int c = v + vowel[0].length();
                for (String coda : CODAS) {
                    if (!w.startsWith(coda, c)) continue;
                    int end = c + coda.length();
                    // A coda other than ng before a vowel would leave the next syllable without its onset.
                    if (!coda.isEmpty() && !coda.equals("ng") && end < w.length() && "aeiouwy".indexOf(w.charAt(end)) >= 0) continue;
                    out.add(new Syllable(onset[0], vowel[0], coda, listed(onset, vowel, coda)));
                    if (parse(w, end, out)) return true;
                    out.removeLast();
                }
            }
            // The longest onset that fits is the only reading of these letters as an onset ("ch" is never c-h).
            if (!onset[0].isEmpty()) return false;
        }
        return false;
    }

    /** The lists' spelling of one syllable; the popular u for ㅓ (Jung, Byung, Hyun, Chul) as o. */
    private static String listed(String[] onset, String[] vowel, String coda) {
        String v = vowel[1];
        boolean popularU = vowel[0].equals("u") && (coda.equals("ng") || coda.equals("l") && onset[0].equals("ch"))
                || vowel[0].equals("yu") && !onset[0].isEmpty() && (coda.equals("ng") || coda.equals("n"));
        if (popularU) v = vowel[0].equals("u") ? "o" : "yo";
        return onset[1] + v + coda;
    }

    private static Map<String, String> surnames() {
        Map<String, String> out = new HashMap<>();
        for (String[] row : DataFile.rows("korean-surnames.tsv")) {
            out.put(row[0], row[0]);
            for (int col = 1; col < row.length; col++) for (String other : DataFile.alternatives(row[col])) out.put(other, row[0]);
        }
        return Map.copyOf(out);
    }

    private static Set<String> popularSurnames() {
        Set<String> out = new java.util.HashSet<>();
        for (String[] row : DataFile.rows("korean-surnames.tsv")) if (row.length > 2) out.addAll(DataFile.alternatives(row[2]));
        return Set.copyOf(out);
    }
}
