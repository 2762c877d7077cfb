package org.chokepoint.similarity;

/**
 * How alike two name tokens are, in [0, 1]; 0 below the point where a person would call them the same
 * word spelled differently. Symmetric; 1 only for equal tokens. Pure.
 *
 * <p>Names are short and every letter counts, so the bounds are tight:
 * <ul>
 *   <li>three letters or fewer: equal or nothing ("RSB" and "RSS", "SMZ" and "SRZ" are different acronyms), except
 *       three letters that differ only by c for k after the first ("EPC"/"EPK", "SCB"/"SKB"): a Russian acronym
 *       rendered in English takes C from the English cognate of the word its K abbreviates (kompaniya/company,
 *       konstruktorskoe/construction, korporatsiya/corporation, tsentr/centre): {@value #SHORT_VARIANT};</li>
 *   <li>words of six letters or more with the same {@link TransliterationKey} (the consonants that
 *       romanisations of one name keep: "iurii"/"yuriy", "aleksandr"/"alexander", "soleimani"/"sulaimani"),
 *       when no closer spelling applies and the folded words are at most 30% edits apart, and not two Russian surnames
 *       in -ov or -ev whose a, o and u differ ("kolesnikov"/"kalashnikov", {@link SurnameVowels}):
 *       {@value TransliterationKey#SIMILARITY};</li>
 *   <li>a place name and its Russian adjective ("lipetsk"/"lipetskii"), or two adjectives of one place
 *       ("dolgoprudny"/"dolgoprudnenskii", when no closer spelling applies), or an English word of four
 *       letters or more and its "-ing" form ("bank"/"banking", "trade"/"trading"): {@value #ADJECTIVE};</li>
 *   <li>words (after the same first letter) that differ only in long vowels written ee for i, oo for u, as
 *       English-style romanisations of Arabic and Persian do ("ameer"/"amir", "majeed"/"majid"): {@value #LONG_VOWEL};</li>
 *   <li>words of four letters or more that are one Arabic or Persian name romanised otherwise ({@link ArabicVowels}:
 *       the same consonants once sh, kh, dh, q/k/gh, d/z, doubled letters are folded, and Arabic vowels that agree, e
 *       standing for any: "rida"/"reza", "husayn"/"hossein", "muhsin"/"mohsen"), when no closer spelling applies:
 *       {@value #ARABIC_VOWELS};</li>
 *   <li>four letters: one vowel-like letter apart with the same first letter ("yuri"/"yury"), or one k/c or s/z
 *       swapped after the first letter, as transliteration swaps them ("azia"/"asia", "nika"/"nica"), else nothing;</li>
 *   <li>longer: the same first letter (transliteration variants that change it, "gidro"/"hydro", come
 *       from the normaliser's alternative romanisations, not from fuzziness), at most one edit per five
 *       letters of the shorter word ("kazan"/"kiazand" and "triniti"/"tribit" are other words), two neighbours
 *       typed the other way round counting one, up to seven letters only an edit of the kind transliteration makes
 *       ("orlov"/"orlof" yes; "molex"/"modlex", "hamai"/"hamas" are other words) or, in a word of seven letters or
 *       more, one typing error inside it ("setlana"/"svetlana", "tatkers"/"tankers"; "elekon"/"elekond" no: a letter added at
 *       the end), and a Jaro-Winkler similarity of at least {@value #CUTOFF}. Typing errors that transliteration
 *       does not explain (spelling6) get at most {@value #TYPO}, below the right spelling.</li>
 *   <li>words with different first letters only through a transliteration key, as Arabic names, or as one East
 *       Slavic name whose initial iotated vowel is written y, j, i or not at all ("elena"/"yelena", "juri"/"yuri":
 *       {@value #IOTATED}; {@link #alikeFirstLetters(String)}).</li>
 *   <li>words of five letters or more that differ only in s for z, as the German scheme writes з ("rasres"/"razrez",
 *       "svesda"/"zvezda"): {@value #GERMAN_S};</li>
 *   <li>two to five letters that went through Russian letter by letter and came back in another scheme ("kst"/"cst",
 *       "wmk"/"vmk", "khts"/"chtz", {@link AcronymLetters}), when no closer reading applies: {@value #SHORT_VARIANT};</li>
 *   <li>a Russian word in the scientific ("j and x") scheme against the English-style spelling ("pjatyx"/"pyatykh",
 *       {@link ScientificSpelling}), when no closer spelling applies: {@value ScientificSpelling#SIMILARITY}.</li>
 * </ul>
 */
public final class TokenSimilarity {
    /** Below this Jaro-Winkler similarity two tokens do not match at all. */
    public static final double CUTOFF = 0.86;
    /** Credit for two four-letter words one vowel apart. */
    static final double SHORT_VARIANT = 0.85;
    /** Credit for two words that differ only in long vowels written ee/i, oo/u ("ameer"/"amir"). */
    static final double LONG_VOWEL = 0.9;
    /**
     * Credit at most for two words one typing error apart that no transliteration explains ("setlana"/"svetlana",
     * "kovaclhuk"/"kovalchuk"): below the default hit threshold, so that a word one letter from another never makes a
     * hit alone ("Willowby" is not the listed "Willowy"), only with other words of the name that agree.
     */
    static final double TYPO = 0.78;
    /**
     * The letters the longer of two words needs for a typing error to be read in them: words of six letters or fewer one
     * letter apart are mostly other words ("orion"/"orlon", "diablo"/"diallo"); a letter dropped from a word of seven
     * ("tading" for "trading") still counts.
     */
    static final int TYPO_MIN_LETTERS = 7;
    /** Credit for one Arabic or Persian name in two romanisations ({@link ArabicVowels}: "rida"/"reza", "husayn"/"hossein"). */
    static final double ARABIC_VOWELS = 0.88;
    /** Two words with one transliteration key must also be this close once folded: "mikron" and "mokran" are not. */
    static final double KEY_EDIT_SIMILARITY = 0.7;
    private static final String VOWELISH = "aeiouyj";
    /** Credit for a place name and its Russian adjective ("lipetsk"/"lipetskii", "kazan"/"kazanskiy"). */
    static final double ADJECTIVE = 0.9;
    private static final java.util.List<String> ADJECTIVE_ENDINGS = java.util.List.of(
            "sk", "skii", "skiy", "sky", "skiye", "skie", "skaya", "skaia", "skoe", "skoye", "skogo",
            "ii", "iy", "yi", "y", "i", "aya", "aia", "oe", "oye", "ogo", "ov", "ova", "ovo", "ovskiy", "ovskii");

    /**
     * Endings by which Russian adjectives of one place differ from each other ("dolgoprudny"/"dolgoprudnenskii",
     * "ramensky"/"ramenskoye"): the words must share a stem of {@value #STEM} letters or more.
     */
    private static final java.util.List<String> STEM_ENDINGS = java.util.List.of(
            "y", "yi", "yy", "iy", "ii", "i", "oe", "oye", "aya", "aia", "ogo",
            "sk", "sky", "skiy", "skii", "skiye", "skoe", "skoye", "skaya", "skaia", "skogo",
            "ensk", "ensky", "enskiy", "enskii", "enskoe", "enskoye", "enskaya", "enskaia", "enskogo");
    static final int STEM = 6;

    /** Whether the longer word is the shorter one with a Russian adjectival ending. */
    private static boolean adjectiveOf(String a, String b) {
        String s = a.length() <= b.length() ? a : b, l = a.length() <= b.length() ? b : a;
        return l.startsWith(s) && l.length() > s.length() && ADJECTIVE_ENDINGS.contains(l.substring(s.length()));
    }

    /**
     * Whether the longer word is the shorter one's English "-ing" form ("bank"/"banking", "trade"/"trading",
     * "engineer"/"engineering"): lists write "Korea Kwangson Banking Corp" where a declaration says "Bank",
     * and the two are one name.
     */
    private static boolean gerundOf(String a, String b) {
        String s = a.length() <= b.length() ? a : b, l = a.length() <= b.length() ? b : a;
        if (!l.endsWith("ing")) return false;
        String base = l.substring(0, l.length() - 3);
        return base.equals(s) || (s.endsWith("e") && base.length() == s.length() - 1 && s.startsWith(base));
    }

    /** Whether both words are one stem of {@value #STEM} letters or more with two Russian adjectival endings. */
    private static boolean sameStem(String a, String b) {
        String s = a.length() <= b.length() ? a : b, l = a.length() <= b.length() ? b : a;
        int common = 0;
        while (common < s.length() && s.charAt(common) == l.charAt(common)) common++;
        for (int stem = common; stem >= STEM; stem--) {
            if (STEM_ENDINGS.contains(s.substring(stem)) && STEM_ENDINGS.contains(l.substring(stem))) return true;
        }
        return false;
    }

    private TokenSimilarity() {}

    /**
     * The first letters of the words that a word starting with {@code c} can be similar to, besides words of its
     * {@link TransliterationKey}: {@code c} itself, and the letters that begin one Arabic or Persian name in other
     * romanisations (u/o, q/k/c/gh: "Umar"/"Omar", "Qasem"/"Kassem"). Every pair of words similar above 0 either
     * shares its key or starts with letters so related; callers use this to rule out most pairs without comparing.
     */
    public static String alikeFirstLetters(char c) {
        for (String cls : ArabicVowels.INITIAL_CLASSES) if (cls.indexOf(c) >= 0) return cls;
        return String.valueOf(c);
    }

    /**
     * {@link #alikeFirstLetters(char)} of the word's first letter, and for a word that begins with an iotated vowel in
     * any scheme ({@link #iotated}: "yelena", "jelena", "elena", "iurii", "jana") the letters that begin the same name
     * in the other schemes (y, j, i; e for е). Every pair of words similar above 0 either shares its key or starts with
     * letters so related (for each of the two words); empty for an empty word.
     */
    public static String alikeFirstLetters(String word) {
        if (word.isEmpty()) return "";
        // The scientific scheme's x for х at the start of a word ("Xusnullin"/"Khusnullin").
        String letters = alikeFirstLetters(word.charAt(0)) + ScientificSpelling.alikeFirstLetters(word.charAt(0));
        // A short word that went through Russian letter by letter ("KST" for "CST"): AcronymLetters.
        if (AcronymLetters.applies(word)) letters += AcronymLetters.alikeFirstLetters(word.charAt(0));
        // A Russian word in the German scheme, whose s is з as often as с ("Swesda"/"Zvezda"): sibilantsOnly.
        if (word.length() >= GERMAN_S_MIN_LETTERS && (word.charAt(0) == 's' || word.charAt(0) == 'z')) letters += "sz";
        if (word.length() < IOTATED_MIN_LETTERS) return letters;
        if (word.charAt(0) == 'e' || (iotated(word) != null && word.charAt(1) == 'e')) return letters + "yjie";
        return iotated(word) != null ? letters + "yji" : letters;
    }

    /**
     * Credit for one East Slavic name whose initial iotated vowel one scheme writes with y, another with j (German,
     * the scientific scheme) or i (the passport scheme since 2013), and е also without a glide of its own: "Yelena",
     * "Jelena", "Ielena" and "Elena"; "Yuri", "Juri", "Iurii"; "Yana", "Jana", "Iana" (Е, Ю, Я, Ё at the start of a
     * word). As much as a shared transliteration key, which joins such words from six letters on when their endings
     * agree too ("evgeniy"/"yevgeniy"), but not "elena"/"yelena" (five letters) or "evgeny"/"yevgeniy" (three edits).
     */
    static final double IOTATED = TransliterationKey.SIMILARITY;
    /** Words shorter than this are not read for their iotated vowel: "Yan", "Jan" and "Ian" are names of their own. */
    static final int IOTATED_MIN_LETTERS = 4;

    /**
     * The word with its initial iotated vowel written one way: ye, je, ie as e; ja, ia as ya; ju, iu as yu; jo, io as yo;
     * null when the word does not start with a glide (y, j, i) before a, e, o or u.
     */
    static String iotated(String w) {
        if (w.length() < 2 || "yji".indexOf(w.charAt(0)) < 0 || "aeou".indexOf(w.charAt(1)) < 0) return null;
        return w.charAt(1) == 'e' ? w.substring(1) : "y" + w.substring(1);
    }

    /**
     * Two words of {@value #IOTATED_MIN_LETTERS} letters or more with other first letters that begin with one iotated
     * vowel in two schemes ({@link #iotated}), compared as spellings once it is written one way, at most {@value #IOTATED};
     * 0 otherwise.
     */
    private static double iotatedReading(String a, String b) {
        if (a.length() < IOTATED_MIN_LETTERS || b.length() < IOTATED_MIN_LETTERS || a.charAt(0) == b.charAt(0)) return 0.0;
        String ia = iotated(a), ib = iotated(b);
        if (ia == null && ib == null) return 0.0;
        String ra = ia == null ? a : ia, rb = ib == null ? b : ib;
        if (ra.charAt(0) != rb.charAt(0)) return 0.0;
        return Math.min(IOTATED, spelling(ra, rb));
    }

    public static double of(String a, String b) {
        return of(a, b, null, null);
    }

    /**
     * As {@link #of(String, String)}, with the words' {@link TransliterationKey}s when the caller has them (null:
     * looked up here): a caller comparing one word with many computes its key once.
     */
    public static double of(String a, String b, String keyA, String keyB) {
        return of(a, b, keyA, keyB, null, null);
    }

    /**
     * As {@link #of(String, String, String, String)}, with the words' {@link #vowelSkeleton}s too when the caller has
     * them (null: made here): a caller comparing the same words with many keeps them, made once per word. A key or a
     * vowel skeleton given as "" agrees with nothing: a caller that knows the two words' keys (or skeletons) differ
     * may pass "" for one of them instead of reading it.
     */
    public static double of(String a, String b, String keyA, String keyB, String vowelsA, String vowelsB) {
        return of(a, b, keyA, keyB, vowelsA, vowelsB, writesSchemeLetters(a) || writesSchemeLetters(b));
    }

    /**
     * As {@link #of(String, String, String, String, String, String)}, with {@code schemeLetters} false when neither word
     * {@link #writesSchemeLetters writes the scheme's letters} (a caller comparing one word with many tests each word once):
     * the "j and x" reading is then not tried, since it gives 0.
     */
    public static double of(String a, String b, String keyA, String keyB, String vowelsA, String vowelsB, boolean schemeLetters) {
        double s = spelling(a, b);
        // Every spelling but a typing error scores above TYPO: a typing error still yields to a closer reading below
        // ("carvaella"/"caravella" share their transliteration key).
        if (s > TYPO) return s;
        double other = readings(a, b, keyA, keyB, vowelsA, vowelsB, schemeLetters);
        return Math.max(s, other);
    }

    /**
     * Whether a word writes a letter that the "j and x" scheme reads otherwise than English-style spelling (x, or c after
     * its first letter: {@link ScientificSpelling}); two words neither of which does are not read in that scheme. Pure.
     */
    public static boolean writesSchemeLetters(String word) {
        return ScientificSpelling.writesSchemeLetters(word);
    }

    /**
     * What the comparison of a word as one Arabic or Persian name in other romanisations ({@link ArabicVowels}) reads of
     * the word alone, to be made once for a word compared with many and passed to
     * {@link #of(String, String, String, String, String, String)}; never null. Pure.
     */
    public static String vowelSkeleton(String word) {
        return ArabicVowels.skeletonOf(word);
    }

    /**
     * The readings that need no shared spelling: Arabic vowels, adjectives of one stem, a transliteration key, a short word
     * that went through Russian letter by letter ("KST"/"CST", "WMK"/"VMK": {@link AcronymLetters}); 0 when none.
     */
    private static double readings(String a, String b, String keyA, String keyB, String vowelsA, String vowelsB, boolean schemeLetters) {
        double r = nameReadings(a, b, keyA, keyB, vowelsA, vowelsB, schemeLetters);
        // The letters are folded only when they could raise the reading (AcronymLetters gives SIMILARITY or 0).
        return r >= AcronymLetters.SIMILARITY ? r : Math.max(r, AcronymLetters.of(a, b));
    }

    /** {@link #readings} but for the acronym letters. */
    private static double nameReadings(String a, String b, String keyA, String keyB, String vowelsA, String vowelsB, boolean schemeLetters) {
        // The German scheme writes з and с alike, s: "Rasres", "Swesda", "Sakamennych" are razrez, zvezda, zakamennykh.
        if (sibilantsOnly(a, b)) return GERMAN_S;
        // One Arabic or Persian name in two romanisations ("Rida"/"Reza", "Husayn"/"Hossein", "Muhsin"/"Mohsen"); with
        // first letters that differ ("Umar"/"Omar"), only when their transliteration key does not join them first.
        boolean sameFirst = !a.isEmpty() && !b.isEmpty() && a.charAt(0) == b.charAt(0);
        if (sameFirst && ArabicVowels.sameName(a, b, vowelsA, vowelsB)) return ARABIC_VOWELS;
        // Two adjectives of one place ("dolgoprudny"/"dolgoprudnenskii"), when no closer spelling applies.
        if (a.length() > STEM && b.length() > STEM && a.charAt(0) == b.charAt(0) && sameStem(a, b)) return ADJECTIVE;
        // Different romanisations of one name: same skeleton, and not too many edits apart ("hassan" and
        // "hussein" share a skeleton but are different names).
        if (Math.min(a.length(), b.length()) >= TransliterationKey.MIN_LENGTH && Math.abs(a.length() - b.length()) <= 4
                && (keyA == null ? TransliterationKey.of(a) : keyA).equals(keyB == null ? TransliterationKey.of(b) : keyB)
                && foldedAlike(TransliterationKey.folded(a), TransliterationKey.folded(b))) return TransliterationKey.SIMILARITY;
        if (!sameFirst && ArabicVowels.sameName(a, b, vowelsA, vowelsB)) return ARABIC_VOWELS;
        // One East Slavic name whose initial iotated vowel is written y, j, i or (е) not at all: "Elena"/"Yelena", "Juri"/"Yuri".
        // A Russian word in the scientific ("j and x") scheme against the English-style spelling: "Pjatyx"/"Pyatykh".
        // Asked only of a pair with the scheme's letters: nearly every pair compared has none, and the call scanned both words.
        double scientific = schemeLetters ? ScientificSpelling.of(a, b, TokenSimilarity::spelling) : 0.0;
        if (sameFirst || scientific > 0) return scientific;
        return iotatedReading(a, b);
    }

    /** Credit for two words that differ only in s written for z ({@link #sibilantsOnly}): as much as a shared key. */
    static final double GERMAN_S = TransliterationKey.SIMILARITY;
    /** Shorter words are not read for their s: "sara" and "zara" are two names. */
    static final int GERMAN_S_MIN_LETTERS = 5;

    /**
     * Whether two different words of one length, {@value #GERMAN_S_MIN_LETTERS} letters or more, differ only where one
     * writes s and the other z, as a Russian word in the German scheme (s for both з and с) and in the lists' spelling do:
     * "rasres"/"razrez", "svesda"/"zvezda".
     */
    static boolean sibilantsOnly(String a, String b) {
        if (a.length() != b.length() || a.length() < GERMAN_S_MIN_LETTERS) return false;
        boolean differ = false;
        for (int i = 0; i < a.length(); i++) {
            char x = a.charAt(i), y = b.charAt(i);
            if (x == y) continue;
            if (!((x == 's' && y == 'z') || (x == 'z' && y == 's'))) return false;
            differ = true;
        }
        return differ;
    }

    /** Equal words, adjectives of places, and close spellings; 0 when none applies. */
    static double spelling(String a, String b) {
        if (a.equals(b)) return 1.0;
        int shorter = Math.min(a.length(), b.length());
        int longer = Math.max(a.length(), b.length());
        if (shorter == 0 || a.charAt(0) != b.charAt(0)) return 0.0;
        // Long vowels as English-speaking romanisations of Arabic and Persian write them ("ameer"/"amir", "majeed"/"majid",
        // "noor"/"nur"): one word.
        // Only the longer word's long vowels can make the two of one length: a longer word without them stays longer.
        if (a.length() != b.length() && hasLongVowels(a.length() > b.length() ? a : b) && longVowels(a).equals(longVowels(b))) return LONG_VOWEL;
        if (shorter <= 3) return a.length() == 3 && b.length() == 3 && swapped(a, b, "ck") ? SHORT_VARIANT : 0.0;
        if (shorter >= 5 && adjectiveOf(a, b)) return ADJECTIVE;
        if (shorter >= 4 && gerundOf(a, b)) return ADJECTIVE;
        if (longer - shorter > Math.max(1, shorter / 5)) return 0.0;
        // Only whether the words are at most a few edits apart counts below (one, two for a swap, a fifth of the letters):
        // beyond that the distance is not needed, and most pairs compared are further apart.
        int distance = Levenshtein.distanceAtMost(a, b, Math.max(2, shorter / 5));
        if (shorter == 4) return distance == 1 && (vowelishDifference(a, b) || swapped(a, b, "ck") || swapped(a, b, "sz")) ? SHORT_VARIANT : 0.0;
        // Two neighbours typed the other way round are one typing error, not two edits ("kovaclhuk", "liabliity").
        boolean swap = distance == 2 && Levenshtein.adjacentSwap(a, b);
        int edits = swap ? 1 : distance;
        if (edits > Math.max(1, shorter / 5)) return 0.0;
        // A common surname ending both words share ("-chenko", "-ovich") is no evidence of one name: the edits allowed
        // are counted on what precedes it ("kravchenko"/"kharchenko" are two surnames two edits apart in four letters),
        // two neighbours typed the other way round counting one ("aflredovich").
        int ending = sharedSurnameEnding(a, b);
        if (ending > 0 && edits > Math.max(1, (shorter - ending) / 5)) return 0.0;
        double jw = JaroWinkler.similarity(a, b);
        if (jw < CUTOFF) return 0.0;
        // Up to seven letters, one edit is a different word unless it is the kind transliteration makes, or one typing
        // error in a word of seven letters (spelling6).
        if (shorter <= 7 && !transliterationLike(a, b)) return longer >= TYPO_MIN_LETTERS && typingError(a, b, swap) ? Math.min(jw, TYPO) : 0.0;
        // A swap that counted two edits before is credited as a typing error.
        return swap && distance > Math.max(1, shorter / 5) ? Math.min(jw, TYPO) : Math.min(jw, 0.99);
    }

    /**
     * Whether two words with the same first letter, the longer of {@value #TYPO_MIN_LETTERS} letters or more, are one typing error
     * apart: a letter dropped, added or replaced inside the word, or two neighbours swapped (the errors a clerk retyping
     * a name makes daily: "setlana" for "svetlana", "tatkers" for "tankers", "boatche" for "botache"). The first letter
     * is kept: it is what the eye checks. Not a patronymic against another name part ("ivanovna"/"ivanova").
     */
    private static boolean typingError(String a, String b, boolean swap) {
        // A patronymic and a surname of one stem ("ivanovna"/"ivanova", "petrovich"/"petrovic") are two name parts.
        if (patronymic(a) != patronymic(b)) return false;
        if (swap) return true;
        if (!Levenshtein.oneEditApart(a, b)) return false;
        // A letter added or dropped inside the word: at its end it more often makes another word ("elekon"/"elekond",
        // a suffix). A last letter replaced is still a typing error, or an ending ("systemy"/"systems").
        if (a.length() == b.length()) return true;
        int i = 0, n = Math.min(a.length(), b.length());
        while (i < n && a.charAt(i) == b.charAt(i)) i++;
        return i < Math.max(a.length(), b.length()) - 1;
    }

    private static final java.util.List<String> PATRONYMIC_ENDINGS = java.util.List.of("ovna", "evna", "ovich", "evich", "ovych", "evych", "ichna");

    /** Whether the word ends the way East Slavic patronymics do. */
    private static boolean patronymic(String w) {
        for (String e : PATRONYMIC_ENDINGS) if (w.endsWith(e)) return true;
        return false;
    }

    /**
     * Endings that thousands of surnames share (Ukrainian -enko, -chuk, -yuk; patronymics -ovich, -evich, -ovych, -ovna,
     * -evna; Polish and Russian -sky, -skiy, -skaya; Georgian -shvili, -dze; Persian -zadeh; Armenian -yan).
     */
    private static final java.util.List<String> SURNAME_ENDINGS = java.util.List.of(
            "chenko", "enko", "chuk", "yuk", "ovich", "evich", "ovych", "evych", "ovna", "evna", "skaya", "skiy", "skii", "sky", "ska",
            "shvili", "dze", "zadeh", "yan");

    /** The length of the longest surname ending both words end with; 0 when they share none. */
    static int sharedSurnameEnding(String a, String b) {
        for (String e : SURNAME_ENDINGS) if (a.endsWith(e) && b.endsWith(e)) return e.length();
        return 0;
    }

    /** Whether {@link #longVowels} changes the word: it writes ee or oo after its first letter. */
    static boolean hasLongVowels(String w) {
        return w.indexOf("ee", 1) >= 0 || w.indexOf("oo", 1) >= 0;
    }

    /** The word with ee as i and oo as u after its first letter: the long vowels of English-style romanisation. */
    static String longVowels(String w) {
        if (!hasLongVowels(w)) return w;
        return w.charAt(0) + w.substring(1).replace("ee", "i").replace("oo", "u");
    }

    /** Letters that transliterations of one name interchange. */
    private static final String[] INTERCHANGEABLE = {"aeiouyj", "kcq", "sz", "vwf", "gh", "ck", "cs", "xs"};

    /**
     * Whether two words one edit apart differ the way spellings of one name do: a vowel (or y, j, h)
     * added or dropped, a letter swapped for one that transliteration uses for the same sound, or the s of
     * an English plural.
     */
    static boolean transliterationLike(String a, String b) {
        int i = 0;
        while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) i++;
        if (a.length() != b.length()) {
            String l = a.length() > b.length() ? a : b, s = l == a ? b : a;
            if (!l.substring(i + 1).equals(s.substring(i))) return false;
            char extra = l.charAt(i);
            // An English plural of a word of five letters or more ("missile"/"missiles"): lists translate one name
            // in the singular and the plural.
            if (extra == 's' && i == s.length() && s.length() >= 5) return true;
            // A vowel-like letter, or a doubled letter ("hassan"/"hasan").
            return "aeiouyjh".indexOf(extra) >= 0 || (i > 0 && l.charAt(i - 1) == extra) || (i + 1 < l.length() && l.charAt(i + 1) == extra);
        }
        if (!a.substring(i + 1).equals(b.substring(i + 1))) return false;
        char x = a.charAt(i), y = b.charAt(i);
        for (String group : INTERCHANGEABLE) if (group.indexOf(x) >= 0 && group.indexOf(y) >= 0) return true;
        return false;
    }

    /** Whether two words of one length differ in one letter after the first, the two letters of {@code pair} swapped. */
    private static boolean swapped(String a, String b, String pair) {
        if (a.length() != b.length()) return false;
        int at = -1;
        for (int i = 0; i < a.length(); i++) {
            if (a.charAt(i) == b.charAt(i)) continue;
            if (at >= 0) return false;
            at = i;
        }
        if (at <= 0) return false;
        char x = a.charAt(at), y = b.charAt(at);
        return pair.indexOf(x) >= 0 && pair.indexOf(y) >= 0;
    }

    /** Whether the letters that differ between two words one edit apart are vowels (or y, j). */
    private static boolean vowelishDifference(String a, String b) {
        int i = 0;
        while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) i++;
        char x = i < a.length() ? a.charAt(i) : 'a';
        char y = i < b.length() ? b.charAt(i) : 'a';
        if (a.length() == b.length()) return VOWELISH.indexOf(x) >= 0 && VOWELISH.indexOf(y) >= 0;
        return a.length() > b.length() ? VOWELISH.indexOf(x) >= 0 : VOWELISH.indexOf(y) >= 0;
    }

    /**
     * Two words of one transliteration key that are one name folded ({@link TransliterationKey#folded}): at most 30% edits
     * apart, and not two Russian surnames in -ov or -ev whose a, o and u differ ({@link SurnameVowels}).
     */
    private static boolean foldedAlike(String foldedA, String foldedB) {
        return Levenshtein.similarity(foldedA, foldedB) >= KEY_EDIT_SIMILARITY && !SurnameVowels.differ(foldedA, foldedB);
    }
}
