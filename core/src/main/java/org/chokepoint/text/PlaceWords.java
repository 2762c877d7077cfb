package org.chokepoint.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Russian forms of the place, region and direction words that organisation names are made of, read as the English
 * words that other lists write: "AZIA SHIPPING COMPANY" and "Asia Shipping Company", "BANK ROSSIYA" and "Bank of
 * Russia", "VOSTOCHNY" and "Eastern", "SEVERNAYA" and "Northern", "BALTIYSKAYA" and "Baltic". A place name is a proper
 * name, so its English exonym is a spelling of the name, not a translation of it (as "Moskva" is Moscow): the reading
 * is a variant of the name's words, compared without the translation's factor. The words were chosen from the domain:
 * the continents and the neighbours of Russia that Russian firm names carry, the four directions (as adjectives), and the regions of
 * Russian industry (Siberia, the Far East, the Arctic, the Baltic, the Caspian, the Pacific, the Black Sea), each as a
 * noun and as an adjective in any romanised ending ("vostochnyy", "vostochnaya", "vostochnogo"). A bare stem is no
 * adjective: "Baltiysk" is a town. Stateless and thread-safe.
 */
final class PlaceWords {
    private PlaceWords() {}

    /**
     * Nouns, in the romanised forms lists write (nominative and genitive). Not the directions ("Vostok", "Sever", "Zapad")
     * nor "Kitay": they are brands as often as places, and read as "east" a distinctive word became a generic one
     * ("Vostok Car Wash" met any listed car wash).
     */
    private static final Map<String, String> NOUNS = Map.ofEntries(
            Map.entry("azia", "asia"), Map.entry("aziya", "asia"), Map.entry("aziia", "asia"), Map.entry("azii", "asia"),
            Map.entry("rossiya", "russia"), Map.entry("rossiia", "russia"), Map.entry("rossia", "russia"), Map.entry("rossii", "russia"),
            Map.entry("evropa", "europe"), Map.entry("yevropa", "europe"), Map.entry("evropy", "europe"),
            Map.entry("afrika", "africa"), Map.entry("afriki", "africa"), Map.entry("amerika", "america"), Map.entry("ameriki", "america"),
            Map.entry("sibir", "siberia"), Map.entry("sibiri", "siberia"), Map.entry("kavkaz", "caucasus"), Map.entry("kavkaza", "caucasus"),
            Map.entry("arktika", "arctic"), Map.entry("arktiki", "arctic"), Map.entry("baltika", "baltic"), Map.entry("baltiki", "baltic"));

    /** Adjective stems, the longest first where one begins another ("dalnevostochn" before "vostochn"). */
    private static final List<Map.Entry<String, List<String>>> ADJECTIVES = List.of(
            Map.entry("dalnevostochn", List.of("far", "eastern")), Map.entry("vostochn", List.of("eastern")),
            Map.entry("zapadn", List.of("western")), Map.entry("severn", List.of("northern")), Map.entry("yuzhn", List.of("southern")),
            Map.entry("baltiysk", List.of("baltic")), Map.entry("baltiisk", List.of("baltic")), Map.entry("baltijsk", List.of("baltic")),
            Map.entry("sibirsk", List.of("siberian")), Map.entry("aziatsk", List.of("asian")), Map.entry("evropeysk", List.of("european")),
            Map.entry("evropeisk", List.of("european")), Map.entry("arkticheski", List.of("arctic")), Map.entry("arktichesk", List.of("arctic")),
            Map.entry("kaspiysk", List.of("caspian")), Map.entry("kaspiisk", List.of("caspian")), Map.entry("tikhookeansk", List.of("pacific")),
            Map.entry("chernomorsk", List.of("black", "sea")), Map.entry("rossiysk", List.of("russian")), Map.entry("rossiisk", List.of("russian")),
            Map.entry("kavkazsk", List.of("caucasian")));

    /** {@link #ADJECTIVES} by the first letter of the stem. */
    private static final Affixes<Map.Entry<String, List<String>>> ADJECTIVES_BY_FIRST = Affixes.beginnings(ADJECTIVES, Map.Entry::getKey);

    /** The romanised endings of a Russian adjective (BGN, plain and passport spellings), never empty. */
    private static final java.util.Set<String> ENDINGS = java.util.Set.of("iy", "ii", "yy", "yi", "y", "i", "ij", "aya", "aia", "aja", "oye",
            "oe", "oy", "oi", "oj", "ogo", "ovo", "ikh", "ykh", "iye", "ie", "ye", "iie", "uyu", "uiu", "om", "ym", "im");

    /** The tokens with every Russian place word in English, or null when none is one. */
    static List<String> inEnglish(List<String> tokens) {
        List<String> out = null;
        for (int i = 0; i < tokens.size(); i++) {
            List<String> english = english(tokens.get(i));
            if (english != null && out == null) out = new ArrayList<>(tokens.subList(0, i));
            if (out != null) {
                if (english != null) out.addAll(english);
                else out.add(tokens.get(i));
            }
        }
        return out;
    }

    /** The English words of one Russian place word, or null when it is none. */
    static List<String> english(String word) {
        String noun = NOUNS.get(word);
        if (noun != null) return List.of(noun);
        if (word.length() < 6) return null;
        for (Map.Entry<String, List<String>> a : ADJECTIVES_BY_FIRST.candidates(word)) {
            String stem = a.getKey();
            if (word.startsWith(stem) && ENDINGS.contains(word.substring(stem.length()))) return a.getValue();
        }
        return null;
    }
}
