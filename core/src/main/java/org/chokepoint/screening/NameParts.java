package org.chokepoint.screening;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The parts of a name worth comparing on their own. Lists often write two names in one:
 * "PJSC Sberbank (Public Joint-Stock Company Sberbank)", "Stroygazmontazh-Most OOO (SGM-MOST OOO)".
 * Compared whole, each half dilutes the other; so the name is also compared without its parenthesised
 * text, and each parenthesised text on its own. Likewise a name with an honorific ("... Plant named after
 * V.I. Chapaev", "imeni Khrunicheva") is also compared without it: lists and the firms themselves
 * often leave the honorific out ({@link #withoutHonorific}). Pure.
 */
final class NameParts {
    /** At most this many parts per name, the whole first. */
    static final int MAX = 4;

    /**
     * "named after", "by name", "imeni", "im." or "n.a.", an optional "academician", up to three initials, and the one
     * surname they honour (Latin or Cyrillic).
     */
    private static final java.util.regex.Pattern HONORIFIC = java.util.regex.Pattern.compile(
            "(?iu)(?:^|[\\s'’])(?:named\\s+after|named\\.?|by\\s+name|imeni|имени|им\\.|im\\.|n\\.\\s?a\\.)\\s*(?:(?:academician|academ\\.|академика)\\s+)?"
                    + "(?:\\p{L}\\.\\s*){0,3}\\p{L}[\\p{L}'-]*");

    /**
     * The clause of {@link #HONORIFIC} with the surname it honours as group 1: initials of one or two letters, with or
     * without dots ("N.P.", "NP", "V. I."), stand before a surname of three letters or more.
     */
    private static final java.util.regex.Pattern HONOREE = java.util.regex.Pattern.compile(
            "(?iu)(?:^|[\\s'’])(?:named\\s+after|named\\.?|by\\s+name|imeni|имени|им\\.|im\\.|n\\.\\s?a\\.)\\s*(?:(?:academician|academ\\.|академика)\\s+)?"
                    + "(?:\\p{L}{1,2}(?:\\.\\s*|\\s+)){0,3}(?!(?:after|the|of)\\s)(\\p{L}{3,}[\\p{L}'-]*)");

    /**
     * A Soviet anniversary honorific at the end of a name: "... Plant of 50 Years of USSR", "... of the 60th Anniversary
     * of October", "imeni 50-letiya SSSR", "имени 50-летия СССР": a number of years, the word for them, and up to three
     * words of what they celebrate. Lists keep or drop it as they do the "named after" of a person.
     */
    private static final java.util.regex.Pattern ANNIVERSARY = java.util.regex.Pattern.compile(
            "(?iu)\\s+(?:(?:named\\s+after|named|imeni|имени|im\\.|им\\.|of|in\\s+honou?r\\s+of)\\s+)?(?:the\\s+)?\\d{1,3}(?:-?(?:st|nd|rd|th|ya|go))?"
                    + "[\\s-]*(?:anniversary|years?|letiya|let|летия|лет)(?:\\s+(?:of\\s+|since\\s+)?(?:the\\s+)?[\\p{L}.]+){0,3}[\\s\"'»)]*$");

    private NameParts() {}

    static List<String> of(String name) {
        Set<String> out = new LinkedHashSet<>();
        String whole = name == null ? "" : name.strip();
        out.add(whole);
        if (whole.indexOf('(') >= 0) {
            StringBuilder outside = new StringBuilder();
            List<String> inside = new ArrayList<>();
            int depth = 0;
            StringBuilder cur = new StringBuilder();
            for (int i = 0; i < whole.length(); i++) {
                char c = whole.charAt(i);
                if (c == '(') {
                    if (depth++ == 0) cur.setLength(0);
                    else cur.append(c);
                } else if (c == ')' && depth > 0) {
                    if (--depth == 0) inside.add(cur.toString().strip());
                    else cur.append(c);
                } else if (depth > 0) {
                    cur.append(c);
                } else {
                    outside.append(c);
                }
            }
            if (depth > 0) inside.add(cur.toString().strip()); // an unclosed parenthesis
            String o = outside.toString().replaceAll("\\s+", " ").strip();
            if (!o.isEmpty()) out.add(o);
            // "(Hong Kong)", "(U.K.)", "(India)", "(Shenzhen)" say where a company is, not which one: not a name of its
            // own. Compared alone, a bracketed city made "Any Bakery (Shenzhen) Co." the listed "Juhang Aviation
            // Technology (Shenzhen) Co." at 1.00.
            for (String in : inside) {
                if (in.length() >= 2 && org.chokepoint.country.Countries.toIso2(in) == null && !org.chokepoint.country.Cities.isCity(in)) out.add(in);
            }
        }
        return out.stream().limit(MAX).toList();
    }

    /**
     * Whether a name part written in another script than Latin is, once read, only a country or a city ("hong kong",
     * "shenzhen"); never a code of letters ("(SB)" is an acronym, not the Solomon Islands), and Latin parts are of()'s.
     */
    private static boolean placeOnly(org.chokepoint.text.NormalizedName n) {
        if (n.tokens().isEmpty() || "Latin".equals(n.script()) || "Common".equals(n.script())) return false;
        String words = String.join(" ", n.tokens());
        if (words.length() <= 3) return false;
        return org.chokepoint.country.Countries.toIso2(words) != null || org.chokepoint.country.Cities.isCity(words);
    }

    /**
     * The parts of {@link #of} normalised, then the name without its honorific when what is left still has a proper
     * name ({@link #namesAnyone}): "Zavod imeni Degtyareva" without its honorific is a plant, "Mashinostroitelny Zavod
     * im. M.I. Kalinina, g. Ekaterinburg" a machine-building plant of a city and "Nizhny Novgorod Plant of the 70th
     * Anniversary of Victory" a plant of a city, none of them a name.
     */
    static List<org.chokepoint.text.NormalizedName> normalized(String name, org.chokepoint.text.NameNormalizer normalizer) {
        return normalized(name, normalizer, false);
    }

    /**
     * As {@link #normalized(String, NameNormalizer)}; for a query ({@code query}), the name without its honorific also when
     * what is left describes the organisation in full ({@link #describedInFull}) without naming it: lists give such an
     * organisation under its description alone, and a query that adds the honoree must still find it. Such a part counts
     * less ({@link #described}, {@link ScorerV1#DESCRIBED_FACTOR}): the organisation that also honours the same person is
     * more surely the one meant.
     */
    static List<org.chokepoint.text.NormalizedName> normalized(String name, org.chokepoint.text.NameNormalizer normalizer, boolean query) {
        return normalized(name, normalizer, query, null);
    }

    /**
     * As {@link #normalized(String, org.chokepoint.text.NameNormalizer, boolean)}, with a part already normalised by
     * {@code normalizer} ({@code known}, or null) taken as it is rather than normalised again: the part whose text it
     * was normalised from ({@link org.chokepoint.text.NormalizedName#original()}), the same answer since the
     * normaliser is a function of the text.
     */
    static List<org.chokepoint.text.NormalizedName> normalized(String name, org.chokepoint.text.NameNormalizer normalizer, boolean query,
                                                               org.chokepoint.text.NormalizedName known) {
        List<org.chokepoint.text.NormalizedName> out = new ArrayList<>();
        for (String part : of(name)) {
            org.chokepoint.text.NormalizedName n = known != null && known.original().equals(part) ? known : normalizer.normalize(part);
            // A bracketed legal form ("Karoo Mining (Pty) Ltd", "Acme (LLC)") belongs to the name's form, not a name of its
            // own: compared alone, "(Pty)" made every South African "(Pty) Ltd" firm a 0.87 hit on ONE CLASS PROPERTIES
            // (PTY) LTD. The whole name (part 0) stays whatever it is.
            if (!out.isEmpty() && normalizer.onlyLegalForm(n)) continue;
            // A bracketed place in another script is no name of its own either, once read: "華信船務(香港)有限公司"
            // (UN, a Hong Kong shipping firm) has "(香港)", Hong Kong, which of() cannot tell from its characters;
            // compared alone it made any "香港船務有限公司" (Hong Kong shipping company) a 0.88 hit.
            if (!out.isEmpty() && placeOnly(n)) continue;
            out.add(n);
        }
        String without = without(name, out);
        if (without != null && out.size() < MAX) {
            org.chokepoint.text.NormalizedName n = normalizer.normalize(without);
            if ((namesAnyone(n, normalizer) || (query && describedInFull(n, normalizer))) && out.stream().noneMatch(o -> o.tokens().equals(n.tokens()))) {
                out.add(n);
            }
        }
        return out;
    }

    /** The name without its honorific, written before or after the organisation's words; null when it has none. */
    private static String without(String name, List<org.chokepoint.text.NormalizedName> parts) {
        String without = withoutHonorific(name == null ? null : name.strip());
        if (without == null && !parts.isEmpty()) without = beforeClause(parts.getFirst().tokens());
        return without;
    }

    /**
     * Whether form {@code i} of a query's {@code forms} ({@link #normalized(String, NameNormalizer, boolean)}) is its name
     * without the honorific that only describes the organisation, naming none.
     */
    static boolean described(List<org.chokepoint.text.NormalizedName> forms, int i, org.chokepoint.text.NameNormalizer normalizer) {
        if (i == 0 || i >= forms.size()) return false;
        org.chokepoint.text.NormalizedName f = forms.get(i);
        String without = without(forms.getFirst().original(), forms.subList(0, 1));
        return without != null && without.equals(f.original()) && !namesAnyone(f, normalizer);
    }

    /** Organisation words a name without its honorific must keep to stand for the organisation without a proper name. */
    static final int DESCRIBED_WORDS = 3;

    /**
     * Whether a name without its honorific still says in full what organisation it is: {@value #DESCRIBED_WORDS} words of
     * the organisation vocabulary or more ("Design Bureau of Instrument Making", "Research Machine-Building Institute").
     * Lists give such an organisation under that description alone (KONSTRUKTORSKOE BYURO PRIBOROSTROENIYA) as often as
     * with the person it is named after, and the description of an organisation's kind and field is rarer than either
     * word of it; a kind alone ("Zavod", "OKB") or a kind and a field ("Mashinostroitelny Zavod") stays out. A listed
     * name that honours someone else still counts less ({@link ScorerV1#OTHER_HONOREE_FACTOR}).
     */
    static boolean describedInFull(org.chokepoint.text.NormalizedName n, org.chokepoint.text.NameNormalizer normalizer) {
        int words = 0;
        for (String t : n.tokens()) {
            if (t.length() > 1 && normalizer.vocabularyWord(t)) words++;
        }
        return words >= DESCRIBED_WORDS;
    }

    /**
     * The words before a "named after" clause that the normalisation put at the end of a name which honours someone
     * before its organisation's words ("M.A. KARTSEV RESEARCH INSTITUTE" reads "research institute named after m a
     * kartsev"), joined; null when the words have no such clause.
     */
    private static String beforeClause(List<String> tokens) {
        for (int i = 1; i + 2 < tokens.size(); i++) {
            if (tokens.get(i).equals("named") && tokens.get(i + 1).equals("after")) return String.join(" ", tokens.subList(0, i));
        }
        return null;
    }

    /** A letter alone (an initial) followed by a dot or a space: a name that may honour someone before its own words. */
    private static final java.util.regex.Pattern INITIAL = java.util.regex.Pattern.compile("(?:^|[\\s.])\\p{L}[.\\s]");

    /**
     * The Russian acronyms of kinds of organisation: experimental, special and central design bureaus (OKB, SKB, TsKB,
     * KB), research institutes (NII, TsNII), research and production associations, enterprises, complexes and centres
     * (NPO, NPP, NPK, NPTs), production associations (PO). Like "bureau" or "institute" they say what an organisation is,
     * not which one: "JSC OKB im. A.S. Yakovleva" without its honorific is any OKB, and met a listed "OKB ..." at 0.80.
     */
    private static final Set<String> KIND_ACRONYMS = Set.of("okb", "skb", "tskb", "ckb", "kb", "nii", "tsnii", "cnii", "npo", "npp", "npk",
            "npts", "npc", "po", "nic", "ntc", "ntts");

    /**
     * Whether a name has a word of its own: one that is not generic, not descriptive ("plant", "bureau", nor their Russian
     * acronyms: "OKB", "NII"), not a word of
     * the organisation vocabulary in any language (the field: "mashinostroitelny" and "machine building") and
     * not part of a city's name ("Nizhny Novgorod").
     */
    static boolean namesAnyone(org.chokepoint.text.NormalizedName n, org.chokepoint.text.NameNormalizer normalizer) {
        List<String> tokens = n.tokens();
        boolean[] naming = normalizer.namingWords(tokens);
        Set<String> untranslated = n.translated().isEmpty() ? null : Set.copyOf(n.translated());
        for (int i = 0; i < tokens.size(); i++) {
            String t = tokens.get(i);
            if (t.length() <= 1 || !naming[i] || KIND_ACRONYMS.contains(t)) continue;
            if (untranslated != null && !untranslated.contains(t)) continue;
            // An English word of the vocabulary is the field as much as its Russian equivalent ("Research
            // Machine-Building Institute named after ..." without its honorific is any machine-building institute).
            if (normalizer.vocabularyWord(t)) continue;
            return true;
        }
        return false;
    }

    /**
     * The person a name's "named after" clause honours, as a key that two spellings of one surname share, or 0 when the
     * name has no such clause: the surname's consonants once a genitive -a is dropped ("imeni Degtyareva" is Degtyarev),
     * ts, kh, zh, sh and ch folded and doubled letters once ("Kartseva", "KARTSEV"; "Luzyanin", "Luzianin"), the first
     * six of them packed five bits each ({@link #sameHonoree} compares two keys). Two
     * organisations of one kind named after different people are two organisations, so a comparison of such names counts
     * less ({@link ScorerV1#OTHER_HONOREE_FACTOR}). Never 0 for a name with a clause.
     */
    static int honoree(String name) {
        if (name == null || name.isEmpty() || !mayHonour(name)) return 0;
        return honoreeByPatterns(name);
    }

    /**
     * False when neither way {@link #honoree} reads a name can find anything in it, so that most names, which honour no one,
     * are settled without running its patterns (once per query screened: at first as much of a query's CPU as the rest of
     * preparing it for the candidates). {@link #HONOREE} needs an {@link #honorificWord}; {@link #INITIAL} needs a letter
     * alone: at the start or after a space or a dot, and before a dot or a space ({@link #initialAt}). A dot alone is no
     * longer enough: "Co., Ltd." and "L.L.C" end most trade names. A surrogate (a letter beyond the basic plane) sends the
     * name to the patterns.
     */
    static boolean mayHonour(String name) {
        int n = name.length();
        for (int i = 0; i < n; i++) {
            char c = name.charAt(i);
            if (Character.isSurrogate(c)) return true;
            if (initialAt(name, i)) return true;
        }
        return honorificWord(name);
    }

    /**
     * Whether {@link #INITIAL} (no flags: \s is ASCII white space, \p{L} a letter) matches with its letter at {@code i}: a
     * letter at the start or after a space or a dot, and a dot or a space after it.
     */
    private static boolean initialAt(String name, int i) {
        if (i + 1 >= name.length() || !Character.isLetter(name.charAt(i))) return false;
        char next = name.charAt(i + 1);
        if (next != '.' && !space(next)) return false;
        if (i == 0) return true;
        char before = name.charAt(i - 1);
        return before == '.' || space(before);
    }

    /**
     * False when the name holds none of the words {@link #HONORIFIC} and {@link #HONOREE} begin with ("named", "by name",
     * "imeni", "имени", "им.", "im.", "n.a."): each holds "name", "imeni", "имени", "im.", "им." or "n.", its letters
     * folded as the patterns' flags (?iu) fold them. A dot after other letters ("Co.", "Ltd.", "L.L.C.") is none of them.
     */
    static boolean honorificWord(String name) {
        // One pass, comparing a word only where a folded letter starts one: most names have none of them.
        for (int i = 0, n = name.length(); i < n; i++) {
            char c = fold(name.charAt(i));
            if (c == '.' ? dotOfHonorific(name, i) : c == 'n' ? foldedAt(name, i, "name") : c == 'i' ? foldedAt(name, i, "imeni")
                    : c == 'и' && foldedAt(name, i, "имени")) return true;
        }
        return false;
    }

    /** Whether the dot at {@code i} ends "im", "им" or "n" (folded): the dots of "im.", "им." and "n.a." in the patterns. */
    private static boolean dotOfHonorific(String name, int i) {
        if (i == 0) return false;
        char before = fold(name.charAt(i - 1));
        if (before == 'n') return true;
        if (i == 1) return false;
        char first = fold(name.charAt(i - 2));
        return (before == 'm' && first == 'i') || (before == 'м' && first == 'и');
    }

    /** Whether the pattern class \s (without the Unicode flag: ASCII white space) holds {@code c}. */
    private static boolean space(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }

    /** A character as a pattern with (?iu) compares it with a letter of the pattern: lower case of its upper case. */
    private static char fold(char c) {
        if (c < 0x80) return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
        return Character.toLowerCase(Character.toUpperCase(c));
    }

    /** Whether {@code text} holds the lower-case {@code word} at {@code at}, compared letter by letter as {@link #fold} folds. */
    private static boolean foldedAt(String text, int at, String word) {
        if (at + word.length() > text.length()) return false;
        for (int j = 0; j < word.length(); j++) if (fold(text.charAt(at + j)) != word.charAt(j)) return false;
        return true;
    }

    /** {@link #honoree} by its patterns, for a name that {@link #mayHonour}. */
    static int honoreeByPatterns(String name) {
        java.util.regex.Matcher m = HONOREE.matcher(name);
        String surname;
        if (m.find()) {
            List<String> words = org.chokepoint.text.NameNormalizer.standard().stripped(m.group(1)).tokens();
            if (words.isEmpty()) return 0;
            surname = words.getLast();
        } else {
            // The person honoured before the organisation's words ("M.A. KARTSEV RESEARCH INSTITUTE"), which the
            // normalisation writes as a clause at the end: read from there. Only names with an initial are read again.
            if (!INITIAL.matcher(name).find() || HONORIFIC.matcher(name).find()) return 0;
            List<String> words = org.chokepoint.text.NameNormalizer.standard().stripped(name).tokens();
            if (beforeClause(words) == null || words.getLast().length() < 3) return 0;
            surname = words.getLast();
        }
        if (surname.length() > 4 && surname.endsWith("a")) surname = surname.substring(0, surname.length() - 1);
        surname = surname.replace("ts", "c").replace("kh", "h").replace("zh", "z").replace("sh", "s").replace("ch", "c");
        StringBuilder key = new StringBuilder();
        for (int i = 0; i < surname.length(); i++) {
            char c = surname.charAt(i);
            if ("aeiouyj".indexOf(c) >= 0) continue;
            if (key.length() > 0 && key.charAt(key.length() - 1) == c) continue;
            key.append(c);
        }
        if (key.length() < 2) return 0;
        // The first six consonants, five bits each (a is 1): 30 bits, never 0.
        int packed = 0;
        for (int i = 0; i < Math.min(HONOREE_LETTERS, key.length()); i++) packed |= (key.charAt(i) - 'a' + 1) << (5 * i);
        return packed;
    }

    /** Consonants of a surname kept in its {@link #honoree} key. */
    private static final int HONOREE_LETTERS = 6;

    /**
     * Whether two {@link #honoree} keys (not 0) are one person: their consonants equal but for one letter added, dropped
     * or replaced, as a typing error or another romanisation leaves them ("SERDLOV" for Sverdlov).
     */
    static boolean sameHonoree(int a, int b) {
        if (a == b) return true;
        // One edit apart, read from the packed letters (five bits each, 0 after the last): this runs for every name of
        // every candidate when the query honours someone, and unpacking the keys into strings was a few percent of it.
        int la = honoreeLength(a), lb = honoreeLength(b);
        if (la < lb) return oneInserted(a, la, b);
        if (lb < la) return oneInserted(b, lb, a);
        int replaced = 0;
        for (int i = 0; i < la; i++) if (honoreeLetter(a, i) != honoreeLetter(b, i) && ++replaced > 1) return false;
        return true;
    }

    /** Whether {@code longer} is {@code shorter} ({@code n} letters) with one letter added anywhere. */
    private static boolean oneInserted(int shorter, int n, int longer) {
        if (honoreeLength(longer) != n + 1) return false;
        int i = 0;
        while (i < n && honoreeLetter(shorter, i) == honoreeLetter(longer, i)) i++;
        for (; i < n; i++) if (honoreeLetter(shorter, i) != honoreeLetter(longer, i + 1)) return false;
        return true;
    }

    private static int honoreeLetter(int key, int i) {
        return (key >>> (5 * i)) & 31;
    }

    /** The letters of an {@link #honoree} key: those before the first 0. */
    private static int honoreeLength(int key) {
        int n = 0;
        while (n < HONOREE_LETTERS && honoreeLetter(key, n) != 0) n++;
        return n;
    }

    /**
     * The name without its honorific ("Zavod imeni Degtyareva" gives "Zavod"), or null when it has none or
     * nothing is left. The caller decides whether what is left still names anyone.
     */
    static String withoutHonorific(String name) {
        if (name == null) return null;
        // Neither pattern can find anything without its words: an honorific word, or the digits of an anniversary's years.
        if (!honorificWord(name) && !asciiDigit(name)) return null;
        return withoutHonorificByPatterns(name);
    }

    /** Whether the pattern class \d (without the Unicode flag: 0 to 9) holds a character of the text. */
    private static boolean asciiDigit(String text) {
        for (int i = 0; i < text.length(); i++) if (text.charAt(i) >= '0' && text.charAt(i) <= '9') return true;
        return false;
    }

    /** {@link #withoutHonorific} by its patterns. */
    static String withoutHonorificByPatterns(String name) {
        java.util.regex.Matcher honorific = HONORIFIC.matcher(name);
        java.util.regex.Matcher anniversary = ANNIVERSARY.matcher(name);
        boolean person = honorific.find(), years = anniversary.find();
        if (!person && !years) return null;
        // The anniversary first: it may itself follow "named after" ("named after the 50th anniversary of the USSR").
        String without = years ? name.substring(0, anniversary.start()) : name;
        without = HONORIFIC.matcher(without).replaceAll(" ").replaceAll("\\s+", " ").strip();
        return without.isEmpty() ? null : without;
    }
}
