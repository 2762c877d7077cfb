package org.chokepoint.detect.party;

import org.chokepoint.country.Cities;
import org.chokepoint.identifier.IdentifierText;
import org.chokepoint.model.Entity;
import org.chokepoint.model.Identifier;
import org.chokepoint.model.IdentifierType;
import org.chokepoint.model.Schema;
import org.chokepoint.similarity.TokenSimilarity;
import org.chokepoint.text.NameNormalizer;
import org.chokepoint.screening.CompoundName;
import org.chokepoint.text.NormalizedName;
import org.chokepoint.text.WordRuns;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Whether a name match at the listed score is evidence an analyst would accept that a trade party <em>is</em> the
 * listed entity, since a listed party tops the ranking and its explanation says "is listed". A score says how alike
 * two names are; it does not say whether the difference is one an analyst can explain away. In order:
 * <ol>
 *   <li>An identifier the party declares and the entity holds decides: listed (checked by the caller).</li>
 *   <li>An identifier of a register that names one entry (INN, OGRN, OKPO, IMO, LEI) that the party declares, where
 *       the entity holds numbers of that register and none is the party's: not listed, whatever the name. Two firms
 *       called "Tochmash" with different INNs are two firms.</li>
 *   <li>A listed organisation whose countries (as the list gives them) do not include the party's: not listed, a
 *       namesake abroad is another firm, at most a related one (China, Hong Kong and Macao count as one).</li>
 *   <li>A listed person matched by a name that carries a company's legal form: not listed ("Ningbo Pengbo Industrial
 *       Co., Ltd." is not the listed PENG, Bo).</li>
 *   <li>Otherwise the names, word by word (normalised: any script romanised, legal forms removed), in one of the
 *       party's screened spellings against the listed name that matched:
 *       <ul>
 *         <li>no word of the party's own that names something: every party word either has a partner in the listed
 *             name or only says what kind of organisation it is, or is a city (of the cities table) or country
 *             ("Zavod", "Trading", "Company", "Moscow"). A word of its own that names something ("Standart <b>M</b>",
 *             "Pulsar <b>SPb</b>"), or one of the few generic words registers use to tell sister firms apart
 *             ("Agrotorg <b>Group</b>", "Prime <b>Tech</b> International"), makes it a sister firm, a namesake or a
 *             look-alike as often as the listed one;</li>
 *         <li>at least one distinctive word of the listed name written as the list writes it (in any romanisation of
 *             the party's script), not only a spelling a letter or two away ("Granit" for GRANT, "Standart" for
 *             STANDARD): a typo-level likeness of the one word that names the firm is a possible match;</li>
 *         <li>no distinctive word of the listed name missing from the party's name, cities aside ("Komplektatsiya"
 *             is not GAZPROM KOMPLEKTATSIYA);</li>
 *         <li>not two different cities as seats, not one word in common with different words beside it on both
 *             sides, and not words in place of words on both sides, generic ones included ({@link #sharedTooLittle});</li>
 *         <li>not only part of a compound the listed name writes with a hyphen ({@link #compoundPart});</li>
 *         <li>not a seat none of the entity's names or addresses gives ({@link #otherSeat}).</li>
 *       </ul></li>
 *   <li>A name that is not one of the entity's word for word ({@link #sameWords}) resting only on words many other
 *       traders of the records bear, and a name two listed firms bear ({@link #differentFirms}): not listed without
 *       an identifier (decided by the caller, which sees the other parties and the other hits).</li>
 * </ol>
 * A match that fails stays among the party's list matches and raises {@code possible_list_match}, with the reason.
 * Stateless and thread-safe.
 */
final class ListedEvidence {
    private ListedEvidence() {}

    /** Registers whose number names one entry: two different numbers of one of them are two different holders. */
    private static final Set<IdentifierType> UNIQUE_REGISTERS = EnumSet.of(
            IdentifierType.INN, IdentifierType.OGRN, IdentifierType.OKPO, IdentifierType.IMO, IdentifierType.LEI);

    /**
     * Why a declared identifier rules the entity out: the party declares a number of a register in which the entity
     * holds other numbers only. Null when nothing conflicts (no number declared, or the entity has none of that register).
     *
     * @param declared the party's identifiers as declared (free text, any number of them)
     * @param entity   the listed entity; null gives null
     */
    static String conflictingIdentifier(List<String> declared, Entity entity) {
        if (entity == null || declared.isEmpty()) return null;
        for (String text : declared) {
            for (Identifier d : IdentifierText.parse(text)) {
                if (!UNIQUE_REGISTERS.contains(d.type())) continue;
                List<String> held = new ArrayList<>();
                boolean same = false;
                for (Identifier e : entity.identifiers()) {
                    if (e.type() != d.type()) continue;
                    held.add(e.value());
                    if (e.type().canonical(e.value()).equals(d.type().canonical(d.value()))) same = true;
                }
                if (!held.isEmpty() && !same) {
                    String register = d.type().name();
                    return "declared " + register + " " + d.value() + " is not the entity's (" + register + " " + String.join(", ", held) + ")";
                }
            }
        }
        return null;
    }

    /**
     * Why a listed organisation is not this party: the party's country is none of the countries the list gives for
     * the entity ("Prime Tech International Limited" of Hong Kong is not PRIME INTERNATIONAL of Pakistan). A firm is
     * registered in one country; a namesake abroad is another firm, at most a related one. Null when the party's or
     * the entity's country is unknown, the entity is not an organisation, or the countries agree.
     */
    static String otherCountry(String partyCountry, Entity entity) {
        if (entity == null || partyCountry == null || partyCountry.isBlank() || entity.countries().isEmpty()) return null;
        if (entity.schema() == Schema.PERSON || entity.schema() == Schema.VESSEL || entity.schema() == Schema.AIRCRAFT) return null;
        String c = partyCountry.toUpperCase(java.util.Locale.ROOT);
        for (String e : entity.countries()) {
            // One territory as firms are registered: a Hong Kong or Macao firm of a Chinese group (Countries.sameTerritory).
            if (org.chokepoint.country.Countries.sameTerritory(c, e.toUpperCase(java.util.Locale.ROOT))) return null;
        }
        return "a firm of " + c + " is not the listed firm of " + String.join(", ", entity.countries());
    }

    /** Why a listed person is not this party: its name carries a company's legal form. Null when that does not apply. */
    static String companyForPerson(List<NormalizedName> spellings, Entity entity) {
        if (entity == null || entity.schema() != Schema.PERSON) return null;
        for (NormalizedName n : spellings) if (n.legalForms().isEmpty()) return null;
        return "a company (" + spellings.getFirst().legalForms().getFirst() + ") is not the listed person";
    }

    /**
     * Why the names do not make the party the entity (see the class comment), or null when one spelling's words agree
     * with the listed name well enough.
     *
     * @param spellings   the party's screened spellings, normalised; not empty
     * @param matchedName the listed name or alias that matched
     */
    static String nameGap(List<NormalizedName> spellings, String matchedName) {
        NormalizedName listed = NameNormalizer.standard().normalize(matchedName);
        Set<String> listedWords = writtenWords(matchedName);
        listedWords.addAll(listed.tokens());
        String first = null;
        for (NormalizedName s : spellings) {
            // The normaliser expands "Tech" to "technology", a word that only says what a firm does: the mark is read as written.
            List<String> marks = new ArrayList<>();
            for (String w : writtenWords(s.original())) if (SISTER_MARKS.contains(w) && !listedWords.contains(w)) marks.add(w);
            if (!marks.isEmpty()) {
                if (first == null) first = "the party's name has a word of its own (" + String.join(", ", marks) + ")";
                continue;
            }
            for (List<String> p : readings(s)) {
                for (List<String> l : readings(listed)) {
                    String gap = gap(p, l);
                    if (gap == null) return null;
                    if (first == null) first = gap;
                }
            }
        }
        return first;
    }

    /**
     * Why the seat a party's name gives rules out the entity when the name that matched gives none: another of the entity's
     * names puts it in another city ("Xiamen Jinxiang Trading" and DANDONG JINXIANG TRADE CO., LTD., a.k.a. JINXIANG
     * TRADING COMPANY). The list's short alias drops the seat, not the firm's city. Null when the party's names carry no
     * city, the entity's carry none, or one of the party's cities is one of the entity's (in any spelling).
     *
     * @param spellings the party's screened spellings, normalised
     * @param entity    the listed entity; null gives null
     */
    static String otherSeat(List<NormalizedName> spellings, Entity entity) {
        if (entity == null) return null;
        Set<String> party = new java.util.LinkedHashSet<>();
        for (NormalizedName s : spellings) for (List<String> r : readings(s)) party.addAll(Words.of(r).cities);
        party.removeAll(CITY_STATES);
        if (party.isEmpty()) return null;
        Set<String> listed = new java.util.LinkedHashSet<>();
        List<String> listedWords = new ArrayList<>();
        for (List<String> r : entityReadings(entity)) {
            listed.addAll(Words.of(r).cities);
            listedWords.addAll(r);
        }
        // The addresses say where the firm sits when its names do not ("Dandong" is no city of the table, "Shenyang" is).
        for (var a : entity.addresses()) {
            List<String> words = writtenWordList(a.full());
            words.addAll(NameNormalizer.standard().normalize(a.full()).tokens());
            listed.addAll(Words.of(words).cities);
            listedWords.addAll(words);
        }
        listed.removeAll(CITY_STATES);
        if (listed.isEmpty()) return null;
        for (String c : party) {
            // By the city's longest word, in any spelling: "sankt peterburg" is written "St. Petersburg" by the list.
            String longest = "";
            for (String w : c.split(" ")) if (w.length() > longest.length()) longest = w;
            if (listedWords.contains(longest) || loosePartner(longest, listedWords) != null) return null;
        }
        return "the party's seat (" + String.join(", ", party) + ") is not the listed firm's (" + String.join(", ", listed) + ")";
    }

    /**
     * Whether one of the party's spellings is one of the entity's names word for word: every word of each has its partner
     * in the other, the same or spelled another way (a romanisation, words written together), legal forms and cities
     * aside. Such a name, in the listed firm's country and with nothing against it, is the listed firm unless others bear
     * it too; a name that adds or drops a word leans on the words it shares.
     */
    static boolean sameWords(List<NormalizedName> spellings, Entity entity) {
        if (entity == null) return false;
        List<List<String>> listed = entityReadings(entity);
        for (NormalizedName s : spellings) {
            for (List<String> p : readings(s)) {
                for (List<String> l : listed) if (unpartnered(p, l).isEmpty() && unpartnered(l, p).isEmpty()) return true;
            }
        }
        return false;
    }

    /** The words of {@code side} with no partner in {@code other} (exact, joined or spelled otherwise), its cities aside. */
    private static List<String> unpartnered(List<String> side, List<String> other) {
        Set<String> exactSide = new HashSet<>(), exactOther = new HashSet<>();
        align(side, other, exactSide, exactOther);
        Words words = Words.of(side);
        List<String> out = new ArrayList<>();
        for (String w : side) if (!exactSide.contains(w) && loosePartner(w, other) == null && !inCity(w, words)) out.add(w);
        return out;
    }

    /**
     * The words that name something in the listed name that matched and in one of the party's spellings, written the same:
     * what the match rests on once the generic words are set aside ("grand" for "Grand Grand Trading" against GROUP GRAND
     * LIMITED GENERAL TRADING).
     */
    static Set<String> sharedNamingWords(List<NormalizedName> spellings, String matchedName) {
        Set<String> out = new java.util.LinkedHashSet<>();
        for (List<String> l : readings(NameNormalizer.standard().normalize(matchedName))) {
            Words lw = Words.of(l);
            for (NormalizedName s : spellings) {
                for (List<String> p : readings(s)) {
                    Set<String> exactP = new HashSet<>(), exactL = new HashSet<>();
                    align(p, l, exactP, exactL);
                    for (String w : l) if (exactL.contains(w) && lw.naming.contains(w)) out.add(w);
                }
            }
        }
        return out;
    }

    /** Cities that are their country: "(Hong Kong)" in a name says no more than the country does. */
    private static final Set<String> CITY_STATES = Set.of("hong kong", "hongkong", "singapore", "macau", "macao");

    /** Whether two entities are two firms: each holds numbers of one register that names one entry, and none in common. */
    static boolean differentFirms(Entity a, Entity b) {
        if (a == null || b == null || a.id().equals(b.id())) return false;
        for (IdentifierType t : UNIQUE_REGISTERS) {
            Set<String> ofA = new HashSet<>();
            for (Identifier i : a.identifiers()) if (i.type() == t) ofA.add(t.canonical(i.value()));
            if (ofA.isEmpty()) continue;
            boolean any = false, common = false;
            for (Identifier i : b.identifiers()) {
                if (i.type() != t) continue;
                any = true;
                if (ofA.contains(t.canonical(i.value()))) common = true;
            }
            if (common) return false;
            if (any) return true;
        }
        return false;
    }

    /**
     * Why the party's names lack part of a compound the listed name writes with a hyphen: "Грант ООО" is not LLC GRANT-TRADE
     * ({@link CompoundName#partOnly}, the reading the scorer also counts). Null when one spelling carries every part.
     *
     * @param spellings   the party's screened spellings, normalised; not empty
     * @param matchedName the listed name or alias that matched
     */
    static String compoundPart(List<NormalizedName> spellings, String matchedName) {
        return CompoundName.partOnly(spellings, matchedName);
    }

    /** The words of a name as written, in lower case (letters and digits; other scripts are left to the normaliser). */
    private static Set<String> writtenWords(String name) {
        return new HashSet<>(writtenWordList(name));
    }

    private static final java.util.regex.Pattern NOT_LETTERS_OR_DIGITS = java.util.regex.Pattern.compile("[^\\p{L}\\p{N}]+");

    /** {@link #writtenWords} in the order written, repeats kept (a city of two words is found by its words in order). */
    static List<String> writtenWordList(String text) {
        List<String> out = new ArrayList<>();
        for (String w : NOT_LETTERS_OR_DIGITS.split(text.toLowerCase(java.util.Locale.ROOT))) if (!w.isEmpty()) out.add(w);
        return out;
    }

    /** The readings ({@link #readings}) of every name of the entity, in the entity's order. */
    private static List<List<String>> entityReadings(Entity entity) {
        List<List<String>> out = new ArrayList<>();
        for (var n : entity.names()) out.addAll(readings(NameNormalizer.standard().normalize(n.value())));
        return out;
    }

    /** The name's readings without its English translation: a match that holds only in translation rests on common words. */
    private static List<List<String>> readings(NormalizedName n) {
        List<List<String>> out = new ArrayList<>();
        for (List<String> t : n.tokenLists()) if (!t.isEmpty() && !t.equals(n.translated()) && !out.contains(t)) out.add(t);
        return out;
    }

    private static String gap(List<String> party, List<String> listed) {
        Set<String> exactParty = new HashSet<>();
        Set<String> exactListed = new HashSet<>();
        align(party, listed, exactParty, exactListed);
        Words partyWords = Words.of(party), listedWords = Words.of(listed);
        List<String> own = new ArrayList<>();
        for (String p : party) {
            if (exactParty.contains(p) || loosePartner(p, listed) != null) continue;
            if (partyWords.naming.contains(p) || SISTER_MARKS.contains(p)) own.add(p);
        }
        if (!own.isEmpty()) return "the party's name has a word of its own (" + String.join(", ", own) + ")";
        boolean anyDistinctive = false, exactDistinctive = false;
        List<String> missing = new ArrayList<>();
        List<String> loose = new ArrayList<>();
        for (String l : listed) {
            if (!listedWords.naming.contains(l)) continue;
            anyDistinctive = true;
            if (exactListed.contains(l)) {
                exactDistinctive = true;
            } else {
                String partner = loosePartner(l, party);
                if (partner != null) loose.add(partner + "~" + l);
                else if (l.length() > 1) missing.add(l);
            }
        }
        if (!missing.isEmpty()) return "the listed name's " + String.join(", ", missing) + " is missing from the party's name";
        if (anyDistinctive && !exactDistinctive) return "its distinctive words agree only in spelling (" + String.join(", ", loose) + ")";
        return sharedTooLittle(party, listed, partyWords, listedWords, exactParty, exactListed);
    }

    /**
     * A name's words that name something ({@link NameNormalizer#namingWords}: not generic, descriptive or part of a city;
     * a single letter or a number counts, "Standart M", "Plant 122", since registers tell firms apart so) and its
     * cities, as written in it (one to three words: "nizhny novgorod").
     */
    private record Words(Set<String> naming, List<String> cities) {
        static Words of(List<String> tokens) {
            boolean[] naming = NameNormalizer.standard().namingWords(tokens);
            Set<String> named = new HashSet<>();
            for (int i = 0; i < tokens.size(); i++) if (naming[i]) named.add(tokens.get(i));
            return new Words(named, cityRuns(tokens, Cities.cityWords(tokens)));
        }
    }

    /** The cities of a name: each run of words {@code city} marks, joined by a space ("nizhny novgorod"). */
    static List<String> cityRuns(List<String> tokens, boolean[] city) {
        List<String> cities = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (city[i] && (i == 0 || !city[i - 1])) {
                int end = i;
                while (end < tokens.size() && city[end]) end++;
                cities.add(String.join(" ", tokens.subList(i, end)));
            }
        }
        return cities;
    }

    /**
     * The names agree on what they share but tell different firms: each names a different city as its seat ("Guangzhou
     * Guangming Electronic Technology" and "Beijing Guang Ming Electronics"), or they share one word and each says
     * something else with the rest ("Wagner Technologies" and "Wagner Group", "Wuhan Jinxiang Industrial" and "Jinxiang
     * Trading Company"): the same word in two firms' names. Null when neither holds.
     */
    private static String sharedTooLittle(List<String> party, List<String> listed, Words partyWords, Words listedWords,
                                          Set<String> exactParty, Set<String> exactListed) {
        Set<String> shared = new java.util.LinkedHashSet<>();
        List<String> partyRest = new ArrayList<>();
        for (String p : party) {
            if (exactParty.contains(p) || loosePartner(p, listed) != null) shared.add(p);
            else if (!inCity(p, partyWords)) partyRest.add(p);
        }
        List<String> listedRest = new ArrayList<>();
        for (String l : listed) {
            if (exactListed.contains(l) || loosePartner(l, party) != null || l.length() < 2) continue;
            if (!inCity(l, listedWords)) listedRest.add(l);
        }
        List<String> partyCities = otherCities(partyWords, listed), listedCities = otherCities(listedWords, party);
        if (!partyCities.isEmpty() && !listedCities.isEmpty())
            return "the party's seat (" + String.join(", ", partyCities) + ") is not the listed firm's (" + String.join(", ", listedCities) + ")";
        if (shared.size() == 1 && !partyRest.isEmpty() && !listedRest.isEmpty())
            return "the names share one word (" + shared.iterator().next() + ") and differ in the rest (" + String.join(" ", partyRest)
                    + " / " + String.join(" ", listedRest) + ")";
        // Words in place of words, however generic: "Wuhan Tongsheng Import and Export" is not WUHAN TONGSHENG TECHNOLOGY, "Sky
        // Rising Trading" not SKY RISE TECHNOLOGY. A register tells firms of one trade name apart by what each says it does (a
        // Chinese name is seat, trade name, industry, form), and a trader writing the listed firm drops a word or adds one,
        // it does not swap one for another.
        if (!partyRest.isEmpty() && !listedRest.isEmpty())
            return "the names differ in words on both sides (" + String.join(" ", partyRest) + " / " + String.join(" ", listedRest) + ")";
        return null;
    }

    private static boolean inCity(String token, Words words) {
        for (String c : words.cities) if ((" " + c + " ").contains(" " + token + " ")) return true;
        return false;
    }

    /** The cities of one side that the other side's words do not write, exactly or in another spelling. */
    private static List<String> otherCities(Words side, List<String> other) {
        List<String> out = new ArrayList<>();
        for (String c : side.cities) {
            boolean written = true;
            for (String w : c.split(" ")) if (!other.contains(w) && loosePartner(w, other) == null) written = false;
            if (!written) out.add(c);
        }
        return out;
    }

    /**
     * Marks the tokens of each side that have an exact partner on the other: the same word, or words written together
     * on one side and apart on the other ("gazprom bank" / "gazprombank").
     */
    private static void align(List<String> a, List<String> b, Set<String> exactA, Set<String> exactB) {
        Set<String> setA = new HashSet<>(a), setB = new HashSet<>(b);
        for (String t : a) if (setB.contains(t)) { exactA.add(t); exactB.add(t); }
        joined(a, setB, exactA, exactB);
        joined(b, setA, exactB, exactA);
    }

    /** Adjacent tokens of {@code side} (two or three) whose concatenation is a token of the other side. */
    private static void joined(List<String> side, Set<String> other, Set<String> exactSide, Set<String> exactOther) {
        for (int i = 0; i < side.size() - 1; i++) {
            for (String w : other) {
                int n = WordRuns.spelledAt(side, i, w, 3);
                if (n < 2) continue;
                exactOther.add(w);
                exactSide.addAll(side.subList(i, i + n));
            }
        }
    }

    /** A token of {@code others} that is {@code token} spelled differently ({@link TokenSimilarity}), or null. */
    private static String loosePartner(String token, List<String> others) {
        for (String o : others) if (TokenSimilarity.of(token, o) > 0) return o;
        return null;
    }

    /**
     * Generic words that registers use to tell a sister or look-alike firm from the one that bears the bare name
     * ("Agrotorg <b>Group</b>", "Baltelektro <b>Plus</b>", "Prime <b>Tech</b>"), in the romanisations of their Russian
     * spelling: added by the party, they are a word of its own, although they weigh little when two names share them.
     */
    private static final Set<String> SISTER_MARKS = Set.of("group", "grupp", "gruppa", "holding", "kholding", "plus", "plyus", "pljus",
            "tech", "tekh", "tek");

    /** The spellings normalised once, for the checks above. */
    static List<NormalizedName> normalise(List<String> spellings) {
        List<NormalizedName> out = new ArrayList<>(spellings.size());
        for (String s : spellings) out.add(NameNormalizer.standard().normalize(s));
        return out;
    }
}
