package org.chokepoint.text;


import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The normalisation chain, the one place where it is assembled. The index and the query both go
 * through it, and so do the entries of its own data files (legal forms, vocabulary,
 * abbreviations), so that they are spelt exactly as the names they are meant to find.
 *
 * <ol>
 *   <li>{@link CaseJoins}: two words joined where the case changes parted ("VOLITONdmcc").</li>
 *   <li>{@link UnicodeFolding}: NFKC, case folding, punctuation unified; any input made safe.</li>
 *   <li>{@link Scripts#dominant}: the script, reported with the result.</li>
 *   <li>{@link Romanizer}: one reading per romanisation convention (BGN/PCGN, plain and passport
 *       Cyrillic, Ukrainian and Russian readings, Pinyin, DPRK and South Korean, Arabic and
 *       Persian), the primary one first.</li>
 *   <li>{@link AsciiFolding} and {@link Tokenizer}: diacritics stripped, lower-case ASCII tokens.</li>
 *   <li>{@link SplitWords}: a vocabulary word split in two joined ("INDUS-TRIES"), except in Chinese and Korean;
 *       {@link TradePhrases}: line-of-business phrases in one spelling ("Dış Tic.": disticaret, a generic word).</li>
 *   <li>{@link LegalForms} then {@link Abbreviations}, repeated until nothing changes: legal forms
 *       out of the tokens into their own field, abbreviations expanded, ordinals and Roman numerals as digits
 *       ({@link Numerals}); a saint prefix and the saint's name in one
 *       spelling ({@link SaintNames}), the name as written kept as a variant.</li>
 *   <li>Variants: East Slavic given names in their Russian form ({@link GivenNames}); ё spelt yo or io read as e
 *       ({@link RussianYo}); Korean names in South Korean spellings read into the lists' DPRK spelling ({@link KoreanSchemes});
 *       Russian names in the German or French scheme read back into the lists' spelling
 *       ({@link WesternSchemes}); the Arabic article
 *       and "Abd" names in one spelling ({@link ArabicArticle}); the other readings; "SURNAME, Given" reordered; {@link Initials} joined;
 *       {@link OrgVocabulary} translation (with {@link CompoundSplitter}); apart from the variants, the
 *       {@link RussianAcronyms} of an organisation name.</li>
 * </ol>
 *
 * <p>Normalising the joined tokens again yields the same tokens. Never throws; null counts as "".
 * Thread-safe: build once (construction loads ICU transliterators and data files, about a second)
 * and share, e.g. via {@link #standard()}.
 */
public final class NameNormalizer {
    /** At most this many variants are kept, the most useful first. */
    static final int MAX_VARIANTS = 8;

    private final Romanizer romanizer = new Romanizer();
    /** Reads the entries of data files: Arabic-script ones the Persian way too, as names in either language read them. */
    private final Romanizer dataRomanizer = new Romanizer(true);
    private final LegalForms legalForms;
    private final TradePhrases tradePhrases;
    private final SplitWords splitWords;
    private final CaseJoins caseJoins;
    private final Abbreviations abbreviations;
    private final OrgVocabulary vocabulary;
    private final GivenNames givenNames;
    private final RussianAcronyms russianAcronyms;
    private final SaintNames saints = SaintNames.load();
    private final KindAcronyms kindAcronyms = KindAcronyms.load();
    private final java.util.Set<String> descriptive;
    /** The English words of {@code descriptive-words.txt}: a romanised adjective translating to one is descriptive. */
    private final java.util.Set<String> descriptiveEnglish;

    private NameNormalizer() {
        tradePhrases = TradePhrases.load(this::readings);
        // Forms are read as names are cleaned, line-of-business phrases in one spelling ("san. ve tic. a.ş.").
        legalForms = LegalForms.load(text -> readings(text).stream().map(tradePhrases::canonical).distinct().toList(),
                tradePhrases::businessWord);
        abbreviations = Abbreviations.load(this::readings);
        vocabulary = OrgVocabulary.load(this::readings);
        givenNames = GivenNames.load(this::readings);
        russianAcronyms = RussianAcronyms.load(this::readings);
        java.util.function.Predicate<String> known = t -> TokenWeights.isGeneric(t) || legalForms.formWord(t)
                || tradePhrases.businessWord(t) || vocabulary.vocabularyWord(t);
        splitWords = new SplitWords(known);
        caseJoins = new CaseJoins(known.or(this::legalFormWord));
        Set<String> english = new java.util.HashSet<>();
        for (String[] row : DataFile.rows("descriptive-words.txt")) english.addAll(List.of(row[0].split(" +")));
        descriptive = vocabulary.equivalents(english);
        descriptiveEnglish = Set.copyOf(english);
    }

    /**
     * Whether a token (as in {@link NormalizedName#tokens()}) says what kind of organisation a name belongs
     * to or what it does, in any language the vocabulary knows: "institute", "zavod", "byuro", "bank".
     * Such words prove little when two names share them ({@code descriptive-words.txt}). Null is not.
     */
    public boolean descriptive(String token) {
        if (token == null) return false;
        if (descriptive.contains(token)) return true;
        // An adjective in an ending the vocabulary does not list ("proizvodstvennogo", "nauchnyy").
        String concept = vocabulary.concept(token);
        return concept != null && descriptiveEnglish.containsAll(List.of(concept.split(" ")));
    }

    /**
     * Marks the words that name something: not a generic word ("trading"), not a descriptive one ("zavod", "bureau")
     * and not part of a city ({@link org.chokepoint.country.Cities#cityWords}: "Nizhny Novgorod" is a seat). What is
     * left tells one firm from another; a caller adds its own rules (single letters, translated readings).
     *
     * @param tokens a name's words as in {@link NormalizedName#tokens()}; not null
     * @return one flag per word
     */
    public boolean[] namingWords(List<String> tokens) {
        boolean[] naming = org.chokepoint.country.Cities.cityWords(tokens);
        for (int i = 0; i < naming.length; i++) {
            String t = tokens.get(i);
            naming[i] = !naming[i] && !TokenWeights.isGeneric(t) && !descriptive(t);
        }
        return naming;
    }

    /**
     * Whether a token (as in {@link NormalizedName#tokens()}) is a word of the organisation vocabulary in any language
     * or a word of its English translations: "zavod", "mashinostroitelnyy", "machine", "building", "printing". Such a
     * word says what an organisation is or does, never which one it is. Null is not.
     */
    public boolean vocabularyWord(String token) {
        return token != null && vocabulary.vocabularyWord(token);
    }

    /**
     * The English word(s) a word of the organisation vocabulary stands for ("servis" and "сервис" read "services",
     * "logistika" and "logistics" "logistics"), or null for a word the vocabulary does not know. Null is not a word.
     */
    public String concept(String token) {
        if (token == null) return null;
        String concept = vocabulary.concept(token);
        // An English word of the vocabulary is its own meaning ("logistics").
        return concept != null ? concept : vocabulary.vocabularyWord(token) ? token : null;
    }

    /**
     * The organisation vocabulary row by row, in file order: {@code org-vocabulary.tsv}, then {@code
     * industry-vocabulary.tsv} (industries, products and fields), the words this chain translates by.
     */
    public static List<VocabularyEntry> vocabularyEntries() {
        return OrgVocabulary.translationEntries();
    }

    /**
     * Whether a token (as in {@link NormalizedName#tokens()}) is a word of a line-of-business phrase ("trading",
     * "disticaret", {@code trade-phrases.tsv}). Null is not.
     */
    public boolean businessWord(String token) {
        return token != null && tradePhrases.businessWord(token);
    }

    /** Whether a word alone is a legal form ("gmbh", "youxiangongsi"). */
    private boolean legalFormWord(String token) {
        return !legalForms.strip(List.of(token)).codes().isEmpty();
    }

    /** A new chain with the built-in data. Costly: prefer {@link #standard()}. */
    public static NameNormalizer create() {
        return new NameNormalizer();
    }

    /** The shared chain with the built-in data, built on first use. */
    public static NameNormalizer standard() {
        return Shared.INSTANCE;
    }

    private static final class Shared {
        static final NameNormalizer INSTANCE = new NameNormalizer();
    }

    public NormalizedName normalize(String raw) {
        String original = raw == null ? "" : raw;
        return normalize(Reading.of(original, this), original);
    }

    /**
     * {@link #normalize} of each text, in order, each equal to {@code normalize(text)}: the texts that read alike (the
     * same words in every romanisation: "ACME TRADING LLC", "Acme Trading, LLC", "ACME  TRADING L.L.C" are read after the
     * first steps of the chain by their {@link Reading}) are normalised once, the rest of the chain being a function of
     * that reading alone. A run's spellings of one firm differ in case and punctuation far more often than in words
     * (at a million generated records, 16,764 names read 12,603 ways). Works on the calling thread and the common pool.
     *
     * @param raws the texts; null elements count as ""
     */
    public List<NormalizedName> normalizeAll(List<String> raws) {
        List<Reading> read = raws.parallelStream().map(raw -> Reading.of(raw == null ? "" : raw, this)).toList();
        java.util.Map<Reading, Integer> ids = java.util.HashMap.newHashMap(read.size());
        int[] idOf = new int[read.size()];
        List<Integer> first = new ArrayList<>();
        for (int k = 0; k < read.size(); k++) {
            Integer id = ids.putIfAbsent(read.get(k), first.size());
            if (id == null) {
                id = first.size();
                first.add(k);
            }
            idOf[k] = id;
        }
        List<NormalizedName> distinct = first.parallelStream().map(k -> normalize(read.get(k), raws.get(k) == null ? "" : raws.get(k))).toList();
        List<NormalizedName> out = new ArrayList<>(read.size());
        for (int k = 0; k < read.size(); k++) {
            NormalizedName n = distinct.get(idOf[k]);
            String original = raws.get(k) == null ? "" : raws.get(k);
            out.add(n.original().equals(original) ? n
                    : new NormalizedName(original, n.script(), n.legalForms(), n.tokens(), n.variants(), n.acronym(), n.translated(), n.acronyms()));
        }
        return out;
    }

    /**
     * What the chain reads of a text before legal forms, abbreviations and variants, and all that the rest of the chain
     * reads of it: the token lists of each romanisation (with the comma's place), the initials after a surname, the
     * dominant script, whether it has basic Latin letters, and its ISO 9 reading. Two texts of equal readings normalise
     * alike but for {@link NormalizedName#original()}.
     */
    private record Reading(List<Tokenizer.Tokens> readings, int initials, String script, boolean latin, String iso9,
                           boolean polishLetters) {
        static Reading of(String original, NameNormalizer chain) {
            String folded = UnicodeFolding.fold(chain.caseJoins.parted(original));
            List<Tokenizer.Tokens> readings = chain.romanizer.readings(folded).stream()
                    .map(reading -> Tokenizer.tokenize(AsciiFolding.fold(reading)))
                    .toList();
            // "Kerimov S. A.", "Novichkov N. V.": a surname and initials written apart are a person, though the initials
            // spell a legal form (S.A., N.V., A.S.); they stay name words.
            return new Reading(readings, initialsAfterSurname(original), Scripts.dominant(original), latinLetters(original),
                    WesternSchemes.iso9(folded), WesternSchemes.polishLetters(folded));
        }

        // Written out, with a record's hash: the generated ones (and Tokens's) are method handles, slow under the quick
        // compiler that detect runs with.
        @Override
        public boolean equals(Object o) {
            if (this == o) return true;
            if (!(o instanceof Reading r) || initials != r.initials || latin != r.latin || polishLetters != r.polishLetters
                    || !java.util.Objects.equals(script, r.script)
                    || !java.util.Objects.equals(iso9, r.iso9) || readings.size() != r.readings.size()) return false;
            for (int i = 0; i < readings.size(); i++) {
                Tokenizer.Tokens x = readings.get(i), y = r.readings.get(i);
                if (x.commaAt() != y.commaAt() || !x.tokens().equals(y.tokens())) return false;
            }
            return true;
        }

        @Override
        public int hashCode() {
            int list = 1;
            for (Tokenizer.Tokens t : readings) list = 31 * list + (t.tokens().hashCode() * 31 + t.commaAt());
            int h = list;
            h = h * 31 + initials;
            h = h * 31 + java.util.Objects.hashCode(script);
            h = h * 31 + Boolean.hashCode(latin);
            h = h * 31 + Boolean.hashCode(polishLetters);
            return h * 31 + java.util.Objects.hashCode(iso9);
        }
    }

    /** The rest of the chain, on what it read of the text ({@link Reading}). */
    private NormalizedName normalize(Reading read, String original) {
        List<Tokenizer.Tokens> readings = read.readings();
        Tokenizer.Tokens primary = readings.getFirst();
        int initials = read.initials();
        String script = read.script();
        boolean join = joinsSplitWords(script);
        LegalForms.Stripped main = clean(primary.tokens(), initials, join);
        // A saint's name after a saint prefix in one spelling ("SV NIKOLAY", "St. Nicolas": saint nikolay), in the
        // name's own words, so that two spellings meet; the name as written stays a variant.
        List<String> written = HonorificClause.canonical(main.tokens(), this::vocabularyWord, this::legalFormWord);
        List<String> tokens = saints.standardOr(written);

        Set<List<String>> variants = new LinkedHashSet<>();
        // First, so that it is among the spellings compared: Ukrainian names with the Russian forms lists also use.
        variants.add(givenNames.russianForms(tokens));
        variants.add(written);
        // A Korean name in the South Korean or classic spellings ("Gim Jeong-eun", "Lee Byung-chul") in the lists' DPRK
        // spelling (KIM Jong Un, RI Pyong Chol), next, so that it is among the spellings compared.
        List<List<String>> korean = script.equals("Latin") ? KoreanSchemes.readings(tokens) : null;
        if (korean != null) variants.addAll(korean);
        // A DPRK organisation's Korean words in the Revised Romanization ("Dancheon Commercial Bank": Tanchon).
        List<String> koreanFirm = korean == null && script.equals("Latin")
                ? KoreanSchemes.organisation(tokens, t -> vocabularyWord(t) || descriptive(t) || TokenWeights.isGeneric(t) || legalFormWord(t))
                : null;
        if (koreanFirm != null) variants.add(koreanFirm);
        List<List<String>> others = new ArrayList<>();
        for (Tokenizer.Tokens other : readings.subList(1, readings.size())) {
            others.add(saints.standardOr(HonorificClause.canonical(clean(other.tokens(), initials, join).tokens(), this::vocabularyWord, this::legalFormWord)));
        }
        // Russian names in ISO 9 with its diacritics ("KRÂŽ"), read before the diacritics are folded away.
        String iso9 = read.iso9();
        if (iso9 != null) others.add(clean(Tokenizer.tokenize(AsciiFolding.fold(romanizer.readings(iso9).getFirst())).tokens(), join).tokens());
        for (List<String> other : others) {
            List<String> russian = givenNames.russianForms(other);
            if (russian != other) variants.add(russian);
        }
        // ё spelt yo or io ("Polyot", "Fiodor") read as the e of the lists' BGN spelling ("Polet", "Fedor").
        List<String> yo = RussianYo.asE(tokens);
        if (yo != null) variants.add(givenNames.russianForms(yo));
        // Russian forms of place and direction words in English ("AZIA", "ROSSIYA", "VOSTOCHNY"), Greek roots as English
        // writes them ("GIDROMASH" / "HYDROMASH"), a name given twice once ("VAD ... VAD"), and a compound given with
        // the words it abbreviates once: spellings, not translations.
        List<String> places = PlaceWords.inEnglish(tokens);
        if (places != null) variants.add(places);
        List<String> roots = RussianLoanRoots.inEnglish(tokens);
        if (roots != null) variants.add(roots);
        List<String> once = RepeatedWords.once(tokens);
        if (once != null) variants.add(once);
        // An Azerbaijani or Central Asian patronymic of two words ("Abdulla oğlu", "Islom qizi"), which the lists drop or
        // print in the Russian form; in the name's other romanisations too ("Fikrat", "Tagiyev").
        List<String> patronymicDropped = TurkicPatronymic.without(tokens);
        if (patronymicDropped != null) variants.add(patronymicDropped);
        for (Tokenizer.Tokens other : readings.subList(1, readings.size())) {
            List<String> otherDropped = TurkicPatronymic.without(other.tokens());
            if (otherDropped != null) variants.add(otherDropped);
        }
        // A compound given beside the words it abbreviates ("OMSK TRANSPORT MACHINE FACTORY OMSKTRANSMASH"), once.
        List<String> compound = vocabulary.withoutSpelledOut(tokens);
        if (compound != null) variants.add(compound);
        // An acronym given beside the first words it stands for ("Arctic Marine AMIGE"): the acronym alone.
        List<String> beside = InitialsBeside.without(tokens, t -> vocabularyWord(t) || descriptive(t) || TokenWeights.isGeneric(t));
        if (beside != null) variants.add(beside);
        // Russian names in the German or French transliteration, read back into the spelling lists use; a name in Latin
        // letters that says it is Russian (a Russian legal form's word) in the German and the "j and x"
        // reading even without the German marks.
        boolean russian = WesternSchemes.russian(primary.tokens()) && read.latin();
        // Before the German reading, which a Polish name's w and ch also start: sz, cz, -iej and Polish letters say the
        // scheme is Polish.
        List<String> polish = WesternSchemes.polish(tokens, read.polishLetters());
        if (polish != null) variants.add(givenNames.russianForms(polish));
        List<String> ukrainianY = WesternSchemes.ukrainianInitialY(tokens);
        if (ukrainianY != null) variants.add(givenNames.russianForms(ukrainianY));
        List<String> german = WesternSchemes.german(tokens, vocabulary::knows, russian);
        if (german != null) variants.add(givenNames.russianForms(german));
        // дж written j, as English words taken into Russian write it ("TURBODZHET", German "POWERDSHET": turbojet, powerjet).
        List<String> englishJ = RussianLoanRoots.englishJ(tokens, false);
        if (englishJ != null) variants.add(englishJ);
        List<String> germanJ = german == null ? null : RussianLoanRoots.englishJ(german, true);
        if (germanJ != null) variants.add(germanJ);
        List<String> jx = russian ? WesternSchemes.jx(tokens) : null;
        if (jx != null) variants.add(givenNames.russianForms(jx));
        List<String> germanZ = WesternSchemes.germanInitialZ(tokens, german);
        if (germanZ != null) variants.add(givenNames.russianForms(germanZ));
        List<String> french = WesternSchemes.french(tokens);
        if (french != null) variants.add(givenNames.russianForms(french));
        variants.add(ArabicArticle.standard(tokens));
        variants.addAll(others);
        if (primary.commaAt() > 0 && !legalForms.onlyLegalForms(primary.tokens().subList(primary.commaAt(), primary.tokens().size()))) {
            variants.add(clean(reordered(primary), join).tokens());
        }
        variants.add(Initials.joinLetters(tokens));
        // Russian acronyms of kinds of organisation ("PO", "NPO") are translated like the words they stand for.
        List<String> translated = vocabulary.translate(kindAcronyms.writtenOut(tokens));
        // A name in a German or French scheme is translated from its reading in the lists' spelling ("Sawod").
        for (List<String> scheme : java.util.Arrays.asList(german, french, jx, polish)) {
            if (scheme != null && translated.equals(tokens)) {
                List<String> t = vocabulary.translate(scheme);
                if (!t.equals(scheme)) translated = t;
            }
        }
        variants.add(translated);
        variants.remove(tokens);
        variants.remove(List.<String>of());

        boolean alphabetic = alphabetic(script);
        return new NormalizedName(original, script, main.codes(), tokens,
                variants.stream().limit(MAX_VARIANTS).toList(), alphabetic ? Initials.acronym(tokens) : "", translated,
                alphabetic ? acronyms(tokens, main.codes()) : List.of());
    }

    /**
     * The tokens and legal forms of a text as {@link #normalize} reads them ({@link NormalizedName#tokens()},
     * {@link NormalizedName#legalForms()}), without the variants, translation and acronyms it also works out.
     */
    public record Stripped(List<String> tokens, List<String> legalForms) {}

    /**
     * Whether a normalised name is nothing but a legal form ("LLC", "Ltd", "Pty"): the normaliser keeps such a name's
     * words so that it is not empty, but it names no one.
     */
    public boolean onlyLegalForm(NormalizedName name) {
        return !name.legalForms().isEmpty() && legalForms.onlyLegalForms(name.tokens());
    }

    /**
     * {@link #normalize}'s tokens and legal forms alone, equal to those of {@code normalize(raw)}, at a fraction of its
     * cost: for text of which only the words are wanted (an address), or to test a reading before normalising it in
     * full. Never throws; null counts as "".
     */
    public Stripped stripped(String raw) {
        String original = raw == null ? "" : raw;
        String primary = romanizer.readings(UnicodeFolding.fold(caseJoins.parted(original))).getFirst();
        LegalForms.Stripped main = clean(Tokenizer.tokenize(AsciiFolding.fold(primary)).tokens(), joinsSplitWords(Scripts.dominant(original)));
        return new Stripped(List.copyOf(saints.standardOr(HonorificClause.canonical(main.tokens(), this::vocabularyWord, this::legalFormWord))), List.copyOf(main.codes()));
    }

    /**
     * The Russian acronyms of a name: of its tokens, then of its tokens followed by the word of a corporation or
     * company form, which Russian acronyms include ("United Engine Corporation": ODK, K for korporatsiya).
     */
    private List<List<String>> acronyms(List<String> tokens, List<String> codes) {
        List<List<String>> out = russianAcronyms.of(tokens);
        String form = codes.contains("CORP") ? "corporation" : codes.contains("COMPANY") ? "company" : null;
        if (form == null || out.size() >= RussianAcronyms.MAX) return out;
        List<String> with = new ArrayList<>(tokens);
        with.add(form);
        Set<List<String>> all = new LinkedHashSet<>(out);
        all.addAll(russianAcronyms.of(with));
        return all.stream().limit(RussianAcronyms.MAX).toList();
    }

    /** Token lists of every reading of a text, before legal forms and abbreviations: how data files are read. */
    private List<List<String>> readings(String text) {
        Set<List<String>> out = new LinkedHashSet<>();
        for (String reading : dataRomanizer.readings(UnicodeFolding.fold(text))) {
            out.add(Tokenizer.tokenize(AsciiFolding.fold(reading)).tokens());
        }
        return List.copyOf(out);
    }

    /**
     * One word (a surname, a comma after it or not) followed by two or three initials, each a letter and a dot, written
     * apart: "Kerimov S. A.", "IVANOV, F. K.". A legal form made of letters is written together ("Repsol S.A.") or
     * without dots ("Siemens AG").
     */
    private static final java.util.regex.Pattern SURNAME_INITIALS = java.util.regex.Pattern.compile(
            "^\\s*\\p{L}[\\p{L}'-]{2,}\\s*,?(\\s+\\p{L}\\.){2,3}\\s*$");

    /** The number of initials after a surname that {@link #SURNAME_INITIALS} finds; 0 when the name is not so written. */
    private static int initialsAfterSurname(String original) {
        // The pattern needs a dot after each of two initials at least: most names have fewer dots and skip the regex.
        int first = original.indexOf('.');
        if (first < 0 || original.indexOf('.', first + 1) < 0) return 0;
        java.util.regex.Matcher m = SURNAME_INITIALS.matcher(original);
        if (!m.matches()) return 0;
        int dots = 0;
        for (int i = 0; i < original.length(); i++) if (original.charAt(i) == '.') dots++;
        return dots;
    }

    /** As {@link #clean(List, boolean)}, the last {@code initials} tokens kept as they are when they are single letters. */
    private LegalForms.Stripped clean(List<String> tokens, int initials, boolean join) {
        int n = tokens.size();
        if (initials == 0 || n <= initials) return clean(tokens, join);
        for (int i = n - initials; i < n; i++) if (tokens.get(i).length() != 1) return clean(tokens, join);
        LegalForms.Stripped head = clean(tokens.subList(0, n - initials), join);
        List<String> out = new ArrayList<>(head.tokens());
        out.addAll(tokens.subList(n - initials, n));
        return new LegalForms.Stripped(List.copyOf(out), head.codes());
    }

    /**
     * Split words of the vocabulary joined ({@code join}), line-of-business phrases in one spelling, then legal forms out, abbreviations
     * expanded, until neither changes anything.
     */
    private LegalForms.Stripped clean(List<String> tokens, boolean join) {
        Set<String> codes = new LinkedHashSet<>();
        // The phrases first as written, then again after the joins: "iç ve dış ticaret" is one phrase, which the joins
        // would otherwise read as "iç ve" and the joined "dışticaret" first.
        List<String> current = join ? tradePhrases.canonical(splitWords.joined(tradePhrases.canonical(tokens))) : tradePhrases.canonical(tokens);
        for (int round = 0; round < 4; round++) {
            LegalForms.Stripped stripped = legalForms.strip(current);
            codes.addAll(stripped.codes());
            List<String> expanded = abbreviations.expand(stripped.tokens());
            if (expanded.equals(current)) break;
            current = expanded;
        }
        // "21ST", "XXI" and "21" are one number (Numerals): written as digits, after the legal forms (whose letters
        // are never numerals) and the abbreviations.
        return new LegalForms.Stripped(Numerals.asDigits(current), List.copyOf(codes));
    }

    /**
     * Whether split words of the vocabulary are joined ({@link SplitWords}) in a text of this script: not in one written in Chinese or
     * Korean characters, whose romanisation writes each syllable apart on purpose ("dian zi", "you xian gong si").
     */
    private static boolean joinsSplitWords(String script) {
        return !script.equals("Han") && !script.equals("Hangul");
    }

    /** "ivanov , ivan petrovich" as "ivan petrovich ivanov". */
    private static List<String> reordered(Tokenizer.Tokens tokens) {
        List<String> out = new ArrayList<>(tokens.tokens().subList(tokens.commaAt(), tokens.tokens().size()));
        out.addAll(tokens.tokens().subList(0, tokens.commaAt()));
        return out;
    }

    /** Whether the text has a letter of the basic Latin alphabet: a name written in Cyrillic alone has none. */
    private static boolean latinLetters(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) return true;
        }
        return false;
    }

    private static boolean alphabetic(String script) {
        return NormalizedName.alphabetic(script);
    }
}
