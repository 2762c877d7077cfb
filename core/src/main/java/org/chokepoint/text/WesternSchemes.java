package org.chokepoint.text;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Russian names written in the German (Duden; DIN 1460 without its diacritics) or the French transliteration,
 * read back into the English-style spelling the lists use: German "Sawod Konzern Chimprom" / "Michail Jurjewitsch"
 * is "zavod kontsern khimprom" / "mikhail yuryevich"; French "Ioury Chouvalov Nikolaevitch" is "iury shuvalov
 * nikolaevich". Declarations from German- and French-speaking countries write Russian parties this way; the lists
 * never do. A reading is made only when the name shows its scheme's marks (German w, sch, tsch; French ou, tch, dj)  in a
 * word other than a city's exonym ("ALYANS Moscow" is no German name), so English spellings are left alone. Stateless and thread-safe.
 *
 * <p>German (Duden): в w, ж/ш sch, щ schtsch, ч tsch, х ch, ц z, з s (between vowels; с is ss there), й/я/ю/е j,
 * ja, ju, je. A word-initial s stands for both с and з; it is read as z only when that gives a word of the
 * organisation vocabulary ("Sawod" is "zavod"), because people's names start with either.
 * French (usual, as in the press): у ou, ш ch, ч tch, щ chtch, ж j, дж dj, с ss between vowels, ю iou and я ia at the
 * start of a word, ё io (ёв iov at the end).
 */
final class WesternSchemes {
    private static final String VOWELS = "aeiouy";

    private WesternSchemes() {}

    /** The English-style reading of German-scheme tokens, or null when none of them shows the German marks. */
    static List<String> german(List<String> tokens, Predicate<String> knownWord) {
        return german(tokens, knownWord, false);
    }

    /**
     * As {@link #german(List, Predicate)}; with {@code russian} (a name that says it is Russian, {@link #russian}) also
     * when no word shows the German marks: "Tichiie Krylia OOO", "AO Konzern Okeanpribor" carry only the German ch
     * and z, which English words carry too.
     */
    static List<String> german(List<String> tokens, Predicate<String> knownWord, boolean russian) {
        boolean marked = russian;
        for (String t : tokens) marked |= (t.indexOf('w') >= 0 || t.contains("sch")) && !exonym(t);
        if (!marked) return null;
        List<String> out = new ArrayList<>(tokens.size());
        for (String t : tokens) {
            // A city's English exonym is a spelling the lists use already ("Moscow"): no German word.
            if (exonym(t)) {
                out.add(t);
                continue;
            }
            String g = german(t);
            if (t.length() > 2 && t.charAt(0) == 's' && VOWELS.indexOf(t.charAt(1)) >= 0) {
                String z = "z" + g.substring(1);
                if (knownWord.test(z)) g = z;
            }
            out.add(g);
        }
        return out;
    }

    /**
     * The German reading with a word-initial s read as z in the words that show the German marks themselves ("Sakrijew",
     * "Saizew": Zakriev, Zaitsev): there the word is a Russian name in the German scheme, whose initial s stands for з as
     * often as for с, so both readings are spellings of it; the plain reading keeps s ("Semjonow"). Patronymics
     * ("-witsch", "-wna") keep s: they are built on given names, which mostly start with с. Null when no word
     * of {@code german} (the result of {@link #german(List, Predicate)} for these tokens) changes.
     */
    static List<String> germanInitialZ(List<String> tokens, List<String> german) {
        if (german == null || german.size() != tokens.size()) return null;
        List<String> out = null;
        for (int i = 0; i < tokens.size(); i++) {
            String t = tokens.get(i), g = german.get(i);
            // Not a patronymic: built on a given name, whose initial s is с (Sergejewitsch, Semjonowna).
            boolean patronymic = t.endsWith("witsch") || t.endsWith("wna");
            boolean own = (t.indexOf('w') >= 0 || t.contains("sch")) && !patronymic;
            if (own && t.length() > 3 && t.charAt(0) == 's' && VOWELS.indexOf(t.charAt(1)) >= 0 && g.charAt(0) == 's') {
                if (out == null) out = new ArrayList<>(german);
                out.set(i, "z" + g.substring(1));
            }
        }
        return out == null ? null : List.copyOf(out);
    }

    /** The English-style reading of French-scheme tokens, or null when none of them shows the French marks. */
    static List<String> french(List<String> tokens) {
        boolean marked = false;
        for (String t : tokens) marked |= (t.contains("ou") || t.contains("tch") || t.contains("dj")) && !exonym(t);
        if (!marked) return null;
        List<String> out = new ArrayList<>(tokens.size());
        for (String t : tokens) out.add(french(t));
        return out;
    }

    /**
     * The English-style reading of Russian names in the Polish transliteration (PN-83, as Polish declarations and the
     * Polish press write them): "Jewgienij Wiktorowicz Kuzniecow" is "yevgeniy viktorovich kuznetsov", "KOKOSZYN, Andriej"
     * "kokoshin, andrey". Polish writes ш sz, ч cz, щ szcz, х ch, ц c, в w, й and the j of я, е, ё, ю j, and е after a
     * consonant ie (ie, ia, io, iu after a consonant are е, я, ё, ю); ж is ż and л ł, which ASCII folding has made z and l
     * already. Null when no word shows the Polish marks sz, cz or a final iej (ей: Siergiej, Andriej) and the text had
     * none of the letters only Polish writes ({@link #polishLetters}): w, ch and j alone are the German scheme's too, which
     * reads them alike. Polish names of Polish people read this way meet the lists' spelling of the same Slavic name
     * ("Kowalczuk" / KOVALCHUK), which is what a screener should see.
     */
    static List<String> polish(List<String> tokens, boolean polishLetters) {
        boolean marked = polishLetters;
        for (String t : tokens) marked |= (t.contains("sz") || t.contains("cz") || t.endsWith("iej")) && !exonym(t);
        if (!marked) return null;
        List<String> out = new ArrayList<>(tokens.size());
        for (String t : tokens) out.add(ENGLISH_FORMS.contains(t) || exonym(t) ? t : polish(t));
        return List.copyOf(out);
    }

    /**
     * The reading of words that the Ukrainian national scheme (2010) begins with y before a consonant, with i: it writes
     * и y wherever it stands, so a Ukrainian clerk who puts a Russian name through it writes "Yryna", "Ylia", "Yhor"
     * (Ирина, Илья, Игорь), which the lists spell "Irina", "Ilya", "Igor". No other scheme, Russian or English, begins a
     * word with y and a consonant (й and ы begin none). Null when no word does.
     */
    static List<String> ukrainianInitialY(List<String> tokens) {
        List<String> out = null;
        for (int i = 0; i < tokens.size(); i++) {
            String t = tokens.get(i);
            if (t.length() > 2 && t.charAt(0) == 'y' && Character.isLetter(t.charAt(1)) && VOWELS.indexOf(t.charAt(1)) < 0) {
                if (out == null) out = new ArrayList<>(tokens);
                out.set(i, "i" + t.substring(1));
            }
        }
        return out == null ? null : List.copyOf(out);
    }

    /**
     * Whether folded text (lower case, diacritics kept) has a letter of Polish alone, ł or ż (ż is ж, which the Czech and
     * the Baltic schemes write ž), and so the Polish reading applies though no word shows sz or cz ("Siergiej Łałakin").
     */
    static boolean polishLetters(String folded) {
        return folded.indexOf('ł') >= 0 || folded.indexOf('ż') >= 0;
    }

    static String polish(String t) {
        StringBuilder out = new StringBuilder(t.length() + 4);
        for (int i = 0; i < t.length(); ) {
            if (t.startsWith("szcz", i)) { out.append("shch"); i += 4; continue; }
            if (t.startsWith("sz", i)) {
                // ши is szy: Polish writes ш hard, the lists write it i.
                out.append(t.startsWith("szy", i) ? "shi" : "sh");
                i += t.startsWith("szy", i) ? 3 : 2;
                continue;
            }
            if (t.startsWith("cz", i)) { out.append("ch"); i += 2; continue; }
            if (t.startsWith("ch", i)) { out.append("kh"); i += 2; continue; }
            char c = t.charAt(i);
            boolean afterConsonant = i > 0 && VOWELS.indexOf(t.charAt(i - 1)) < 0 && t.charAt(i - 1) != 'j';
            // ie, ia, io, iu after a consonant: the i only softens it (Dienis, Siergiej, Kramarienko).
            if (c == 'i' && afterConsonant && i + 1 < t.length() && "eaou".indexOf(t.charAt(i + 1)) >= 0) {
                char v = t.charAt(i + 1);
                out.append(v == 'e' ? "e" : "y" + v);
                i += 2;
                continue;
            }
            switch (c) {
                case 'w' -> out.append('v');
                case 'c' -> out.append("ts");
                case 'j' -> out.append('y');
                default -> out.append(c);
            }
            i++;
        }
        return out.toString();
    }

    /**
     * Words of Russian legal forms in their own language ("OOO", "AO", "Obshchestvo"): a name that carries one is a
     * Russian firm's, written in Latin letters by whoever filled in the form, in any scheme.
     */
    private static final java.util.Set<String> RUSSIAN_FORM_WORDS = java.util.Set.of(
            "ooo", "ao", "oao", "zao", "pao", "nao", "obshchestvo", "aktsionernoe", "aktsionernoye", "fgup", "gup", "fkp");

    /**
     * Whether a name in Latin letters is a Russian firm's that a German, ISO or "j and x" scheme may have written: its raw
     * words (legal forms still in) include a Russian legal form's word ("OOO", "AO", "Obshchestvo"). A j for й alone
     * ("Dmitrij") was measured as a trigger too and dropped: on people's names it raised given name and patronymic
     * matches of other people (the benchmark's false positives at 0.60).
     */
    static boolean russian(List<String> rawTokens) {
        for (String t : rawTokens) if (RUSSIAN_FORM_WORDS.contains(t)) return true;
        return false;
    }

    /**
     * The English-style reading of Russian words in the informal "j and x" scheme that invoices use (й j, х x, ц c,
     * щ sch, я ja, ю ju, ё jo): "Strojtex" is "stroytekh", "Centr Cifrovyx" "tsentr tsifrovykh", "Komponenc"
     * "komponents". Only for names that say they are Russian ({@link #russian}); null when no word changes.
     */
    static List<String> jx(List<String> tokens) {
        List<String> out = new ArrayList<>(tokens.size());
        boolean changed = false;
        for (String t : tokens) {
            String r = jx(t);
            changed |= !r.equals(t);
            out.add(r);
        }
        return changed ? List.copyOf(out) : null;
    }

    static String jx(String t) {
        StringBuilder out = new StringBuilder(t.length() + 4);
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (t.startsWith("sch", i)) { out.append("shch"); i += 2; continue; }
            if (t.startsWith("ch", i) || t.startsWith("sh", i) || t.startsWith("zh", i)) { out.append(t, i, i + 2); i++; continue; }
            switch (c) {
                case 'x' -> out.append("kh");
                case 'c' -> out.append("ts");
                case 'j' -> out.append('y');
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** English legal forms with a c, h or j, which an ISO 9 reading would otherwise change. */
    private static final java.util.Set<String> ENGLISH_FORMS = java.util.Set.of(
            "llc", "jsc", "ojsc", "cjsc", "pjsc", "co", "corp", "inc", "plc", "company", "joint", "stock", "public", "closed");

    /**
     * The text with the letters of ISO 9 (the scientific transliteration of Cyrillic, with diacritics) in the lists'
     * English-style spelling: â ya, û yu, ë yo, ê ye, ž zh, č ch, š sh, ŝ shch, h kh, c ts, j y ("KRÂŽ" is kryazh, "Ûrij"
     * yuriy); a word with the English digraphs sh, ch, zh or kh is kept as written. Null when the text shows none of
     * ISO 9's own letters (â, û, ŝ, ž, č, š), so that other Latin text keeps its h, c and j. Call on text that
     * {@link UnicodeFolding} folded (lower case, diacritics kept).
     */
    static String iso9(String text) {
        boolean marked = false;
        for (int i = 0; i < text.length() && !marked; i++) marked = "âûŝžčš".indexOf(text.charAt(i)) >= 0;
        if (!marked) return null;
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            // An English legal form ("llc", "jsc", "co") is not a transliterated word: kept as written.
            if (Character.isLetter(c) && (i == 0 || !Character.isLetter(text.charAt(i - 1)))) {
                int end = i;
                while (end < text.length() && Character.isLetter(text.charAt(end))) end++;
                if (ENGLISH_FORMS.contains(text.substring(i, end)) || englishDigraphs(text.substring(i, end))) {
                    out.append(text, i, end);
                    i = end - 1;
                    continue;
                }
            }
            switch (c) {
                case 'â' -> out.append("ya");
                case 'û' -> out.append("yu");
                case 'ë' -> out.append("yo");
                case 'ê' -> out.append("ye");
                case 'ž' -> out.append("zh");
                case 'č' -> out.append("ch");
                case 'š' -> out.append("sh");
                case 'ŝ' -> out.append("shch");
                case 'h' -> out.append("kh");
                case 'c' -> out.append("ts");
                case 'j' -> out.append('y');
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * Whether a word writes sh, ch, zh or kh, which ISO 9 writes š, č, ž and h: a word in the English-style spelling beside
     * the ISO 9 words ("Obshchestvo s ogranichennoy otvetstvennostyu KRÂŽ INVEST"), whose h and c an ISO 9 reading would
     * change ("obskhkhestvo"), so that its legal form was no longer one.
     */
    private static boolean englishDigraphs(String word) {
        return word.contains("sh") || word.contains("ch") || word.contains("zh") || word.contains("kh");
    }

    /**
     * Whether a word is a city's name ("Moscow", "Warsaw", "Rostov"): the English exonym of a seat added to a name carries
     * w or ou whatever the scheme of the name itself, so it marks no scheme. English words of the vocabulary ("group",
     * "power") still do: excluding them was measured and lost the French reading of "group" that meets the lists'
     * "grup" (docs/matching.md, recall5 steps).
     */
    private static boolean exonym(String t) {
        return org.chokepoint.country.Cities.isCity(t);
    }

    static String german(String t) {
        StringBuilder out = new StringBuilder(t.length() + 4);
        for (int i = 0; i < t.length(); ) {
            if (t.startsWith("schtsch", i)) { out.append("shch"); i += 7; continue; }
            if (t.startsWith("tsch", i)) { out.append("ch"); i += 4; continue; }
            if (t.startsWith("sch", i)) { out.append("sh"); i += 3; continue; }
            if (t.startsWith("ch", i)) { out.append("kh"); i += 2; continue; }
            char c = t.charAt(i);
            boolean afterVowel = i > 0 && VOWELS.indexOf(t.charAt(i - 1)) >= 0;
            boolean beforeVowel = i + 1 < t.length() && VOWELS.indexOf(t.charAt(i + 1)) >= 0;
            if (doubleSBetweenVowels(t, i)) {
                out.append('s');
                i += 2;
                continue;
            }
            switch (c) {
                case 'w' -> out.append('v');
                case 'z' -> out.append("ts");
                case 'j' -> out.append('y');
                case 's' -> out.append(afterVowel && beforeVowel ? 'z' : 's');
                default -> out.append(c);
            }
            i++;
        }
        return out.toString();
    }

    static String french(String t) {
        StringBuilder out = new StringBuilder(t.length() + 4);
        // Word-initial iou, io, ia are ю, ё, я ("Ioury" is Yury, "Iakov" Yakov); iov at the end is ёв after a soft
        // sign or a consonant ("Vorobiov" is Vorobyov, "Soloviov" Solovyov).
        if (t.startsWith("iou")) t = "yu" + t.substring(3);
        else if (t.startsWith("io") || t.startsWith("ia")) t = "y" + t.substring(1);
        if (t.length() > 5 && t.endsWith("iov")) t = t.substring(0, t.length() - 3) + "yov";
        for (int i = 0; i < t.length(); ) {
            if (t.startsWith("chtch", i)) { out.append("shch"); i += 5; continue; }
            if (t.startsWith("tch", i)) { out.append("ch"); i += 3; continue; }
            if (t.startsWith("ch", i)) { out.append("sh"); i += 2; continue; }
            if (t.startsWith("dj", i)) { out.append("dzh"); i += 2; continue; }
            if (t.startsWith("ou", i)) { out.append('u'); i += 2; continue; }
            if (doubleSBetweenVowels(t, i)) {
                out.append('s');
                i += 2;
                continue;
            }
            char c = t.charAt(i);
            out.append(c == 'j' ? "zh" : String.valueOf(c));
            i++;
        }
        return out.toString();
    }

    /** "ss" at {@code i} between two vowels: both schemes write с so there, to keep it from reading as з. */
    private static boolean doubleSBetweenVowels(String t, int i) {
        return t.startsWith("ss", i) && i > 0 && VOWELS.indexOf(t.charAt(i - 1)) >= 0
                && i + 2 < t.length() && VOWELS.indexOf(t.charAt(i + 2)) >= 0;
    }
}
