package org.chokepoint.screening;

import org.chokepoint.similarity.TokenSimilarity;
import org.chokepoint.text.NameNormalizer;
import org.chokepoint.text.NormalizedName;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A firm's name made of words joined by a hyphen: "GRANT-TRADE", "MINOTOR-SERVICE", "GEFEST-M", "SBERBANK-AST".
 * Russian, Ukrainian, Central Asian and Turkish firms name themselves so, and the compound, generic half and all, is the
 * name a register tells firms apart by: "Grant-Trade" and "Grant" are two firms, as are "Gefest-M" and "Gefest". A name
 * that carries only part of the compound is another firm's. Read once here, for the scorer ({@link ScorerV1#COMPOUND_PART_FACTOR})
 * and for detect's listed decision alike. Stateless apart from a cache of the parts of words seen; thread-safe.
 */
public final class CompoundName {
    private CompoundName() {}

    /** The parts of each hyphenated word seen (normalised), empty when it is no compound that names something. */
    private static final Map<String, List<String>> PARTS = new ConcurrentHashMap<>();
    /** Words kept in {@link #PARTS} at most: a long-running server sees ever new query names. */
    private static final int CACHED = 100_000;

    /**
     * The first compound of {@code written} (a name as written) that none of {@code readings} carries, in lower case; null when
     * every compound is carried or the name has none. A compound counts when it has two parts or more after normalisation and
     * one of them names something ({@link NameNormalizer#namingWords}: "SCIENTIFIC-PRODUCTION" says what a firm does, and
     * "Sankt-Peterburg" is a city). A reading carries it when it has every part, or the parts written as one word
     * ("Granttrade"), or a word of its own for each part it lacks that is like no part (another romanisation: "Грант-Трейд"
     * reads "grant treyd", whose "treyd" no similarity of letters pairs with TRADE).
     *
     * Only a compound whose parts are words of the name itself ({@code own}, its normalised words) counts: not a legal form
     * ("FZ-LLC"), a form's word joined to the name ("COMPANY-Tenzor"), nor a seat city the normaliser sets apart
     * ("г. Санкт-Петербург").
     *
     * @param readings the other name's token lists (its spellings); not null
     * @param written  a name as written; null has none
     * @param own      the name's own words, normalised ({@link NormalizedName#tokens()}); not null
     */
    public static String missing(List<List<String>> readings, String written, List<String> own) {
        if (written == null || written.indexOf('-') < 0) return null;
        for (String word : written.split("\\s+")) {
            List<String> parts = parts(word, own);
            if (!parts.isEmpty() && !carried(readings, parts)) return word.toLowerCase(Locale.ROOT);
        }
        return null;
    }

    /**
     * The parts of each compound of {@code written} (a name as written, whose own normalised words are {@code own}) that
     * names something, as {@link #missing} reads them; empty when it has none.
     */
    public static List<List<String>> compounds(String written, List<String> own) {
        if (written == null || written.indexOf('-') < 0) return List.of();
        List<List<String>> out = new ArrayList<>(1);
        for (String word : written.split("\\s+")) {
            List<String> parts = parts(word, own);
            if (!parts.isEmpty()) out.add(parts);
        }
        return out;
    }

    /**
     * {@link #compounds} of a listed name, kept: the same listed names are read for query after query. {@code own} must be
     * the normalised words of {@code written} itself, so that the name alone decides.
     */
    static List<List<String>> listedCompounds(String written, List<String> own) {
        List<List<String>> known = LISTED.get(written);
        if (known != null) return known;
        List<List<String>> out = List.copyOf(compounds(written, own));
        if (LISTED.size() < CACHED) LISTED.put(written, out);
        return out;
    }

    /** {@link #listedCompounds} by name as written. */
    private static final Map<String, List<List<String>>> LISTED = new ConcurrentHashMap<>();

    /**
     * Why the party's names lack part of a compound the listed name writes with a hyphen ("Грант ООО" is not LLC GRANT-TRADE);
     * null when they carry every compound. For detect's listed decision.
     *
     * @param spellings   the party's screened spellings, normalised; not null
     * @param matchedName the listed name or alias that matched
     */
    public static String partOnly(List<NormalizedName> spellings, String matchedName) {
        if (matchedName == null || matchedName.indexOf('-') < 0) return null;
        List<List<String>> readings = new ArrayList<>();
        for (NormalizedName s : spellings) readings.addAll(s.tokenLists());
        String word = missing(readings, matchedName, NameNormalizer.standard().normalize(matchedName).tokens());
        return word == null ? null : "the listed name's compound " + word + " is only in part the party's name";
    }

    private static List<String> parts(String word, List<String> own) {
        if (word.indexOf('-') <= 0 || word.endsWith("-")) return List.of();
        List<String> parts = parts(word);
        return own.containsAll(parts) ? parts : List.of();
    }

    private static List<String> parts(String word) {
        List<String> known = PARTS.get(word);
        if (known != null) return known;
        NameNormalizer normalizer = NameNormalizer.standard();
        List<String> parts = normalizer.normalize(word.replace('-', ' ')).tokens();
        boolean naming = false;
        if (parts.size() >= 2) for (boolean b : normalizer.namingWords(parts)) naming |= b;
        List<String> out = naming ? List.copyOf(parts) : List.of();
        if (PARTS.size() < CACHED) PARTS.put(word, out);
        return out;
    }

    /** Whether one of {@code readings} carries the compound of {@code parts} ({@link #missing}). */
    public static boolean carried(List<List<String>> readings, List<String> parts) {
        String joined = String.join("", parts);
        for (List<String> r : readings) {
            if (r.contains(joined)) return true;
            // A part missing is carried by a word of the reading that pairs with no part: the same word in another
            // romanisation ("treyd" for TRADE, "Swesda" for ZVEZDA), which no similarity of letters pairs.
            // A word the vocabulary knows is no romanisation of a part it knows as another word: "logistics" does not
            // respell the "servis" of "Альфа-Сервис", while "trade" may stand for a "treyd" the vocabulary lacks.
            List<String> lacking = new ArrayList<>(parts.size());
            for (String part : parts) if (!r.contains(part) && !like(part, r)) lacking.add(part);
            int spare = 0;
            for (String w : r) if (!parts.contains(w) && !like(w, parts) && mayRespell(w, lacking)) spare++;
            if (lacking.size() <= spare) return true;
        }
        return false;
    }

    /**
     * Whether {@code reading} (a spelling of another name of the same entity) writes the compound of {@code parts} apart, in
     * another script or another romanisation: it {@link #carried carries} it and has one of its parts, or its parts joined,
     * as its own ("OOO GRANT TREID" of LLC GRANT-TRADE, "TEXTILE SERVICE" of TEKSTIL-SERVIS; not "QARCHAK PRISON" of SHAHR-E
     * REY PRISON, which carries the compound only through words of its own).
     */
    public static boolean writes(List<String> reading, List<String> parts) {
        if (reading.contains(String.join("", parts))) return true;
        boolean part = false;
        for (String p : parts) if (reading.contains(p) || like(p, reading)) part = true;
        return part && carried(List.of(reading), parts);
    }

    /** Whether word {@code w} may be another spelling of one of {@code lacking}: not when both are vocabulary words of different meaning. */
    private static boolean mayRespell(String w, List<String> lacking) {
        NameNormalizer normalizer = NameNormalizer.standard();
        String meaning = normalizer.concept(w);
        if (meaning == null) return true;
        for (String part : lacking) {
            String partMeaning = normalizer.concept(part);
            if (partMeaning == null || partMeaning.equals(meaning)) return true;
        }
        return false;
    }

    private static boolean like(String token, List<String> others) {
        for (String o : others) if (TokenSimilarity.of(token, o) > 0) return true;
        return false;
    }
}
