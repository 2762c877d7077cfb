package org.chokepoint.detect.party;

import org.chokepoint.country.Cities;
import org.chokepoint.country.Countries;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The places a carrier's name names. Flag carriers are named for their country or city and otherwise say only what they
 * do: "Iran Air", "Air Astana", "Turkish Airlines", "Uzbekistan Airways", "Rossiya Airlines"; shipping lines and their
 * services likewise ("Ningbo Express", "Iraq Express"). Country and city words weigh as generic in a firm's name (every
 * firm of a country may carry them), so name agreement alone let "Air Astana" pass for the listed IRAN AIR and "Ningbo
 * Express" for IRAQ EXPRESS, and flagged every consignment of those lines. For a carrier the place is what names it: two
 * carrier names that each name a place, and no place in common, are two carriers. Pure and thread-safe.
 */
final class CarrierPlaces {
    private CarrierPlaces() {}

    /**
     * Adjectives and short forms the country table does not read (it reads "Iran", "Turkey", "Kazakhstan"). Korean stands
     * for both Koreas: "Korean Air" and the listed "Air Koryo" are told apart by their other words, not here.
     */
    private static final Map<String, Set<String>> ADJECTIVES = Map.ofEntries(
            Map.entry("russian", Set.of("RU")), Map.entry("rossiya", Set.of("RU")), Map.entry("rossii", Set.of("RU")),
            Map.entry("rossiyskaya", Set.of("RU")), Map.entry("rossiiskoi", Set.of("RU")), Map.entry("rossiyskoy", Set.of("RU")),
            Map.entry("rf", Set.of("RU")), Map.entry("iranian", Set.of("IR")), Map.entry("korea", Set.of("KP", "KR")),
            Map.entry("korean", Set.of("KP", "KR")), Map.entry("dprk", Set.of("KP")), Map.entry("chinese", Set.of("CN")),
            Map.entry("prc", Set.of("CN")), Map.entry("hongkong", Set.of("HK")), Map.entry("indian", Set.of("IN")),
            Map.entry("kazakh", Set.of("KZ")), Map.entry("georgian", Set.of("GE")), Map.entry("armenian", Set.of("AM")),
            Map.entry("azerbaijani", Set.of("AZ")), Map.entry("azerbaijan", Set.of("AZ")), Map.entry("belarusian", Set.of("BY")),
            Map.entry("ukrainian", Set.of("UA")), Map.entry("turkish", Set.of("TR")), Map.entry("turkiye", Set.of("TR")),
            Map.entry("emirates", Set.of("AE")), Map.entry("uae", Set.of("AE")), Map.entry("british", Set.of("GB")),
            Map.entry("britain", Set.of("GB")), Map.entry("england", Set.of("GB")), Map.entry("uk", Set.of("GB")),
            Map.entry("american", Set.of("US")), Map.entry("america", Set.of("US")), Map.entry("usa", Set.of("US")),
            Map.entry("german", Set.of("DE")), Map.entry("japanese", Set.of("JP")), Map.entry("syrian", Set.of("SY")),
            Map.entry("iraqi", Set.of("IQ")), Map.entry("kyrgyz", Set.of("KG")), Map.entry("uzbek", Set.of("UZ")),
            Map.entry("tajik", Set.of("TJ")), Map.entry("turkmen", Set.of("TM")), Map.entry("mongolian", Set.of("MN")));

    /** The countries and cities of one name. */
    record Places(Set<String> countries, List<String> cities) {
        boolean isEmpty() {
            return countries.isEmpty() && cities.isEmpty();
        }
    }

    /** The places named by a name's normalised words. */
    static Places of(List<String> tokens) {
        Set<String> countries = new LinkedHashSet<>();
        boolean[] city = Cities.cityWords(tokens);
        for (int i = 0; i < tokens.size(); i++) {
            if (city[i]) continue;
            // Two and three words first ("hong kong", "united arab emirates", "saudi arabia").
            int taken = 0;
            for (int n = Math.min(3, tokens.size() - i); n >= 2 && taken == 0; n--) {
                String iso = Countries.toIso2(String.join(" ", tokens.subList(i, i + n)));
                if (iso != null) {
                    countries.add(iso);
                    taken = n;
                }
            }
            if (taken > 0) {
                i += taken - 1;
                continue;
            }
            String w = tokens.get(i);
            Set<String> adjective = ADJECTIVES.get(w);
            if (adjective != null) countries.addAll(adjective);
            // Full country names only: the table also reads two-letter and three-letter codes, which are words too
            // ("can", "com", "in", "air" is none but "are" is the UAE's).
            else if (w.length() >= 4 && Countries.toIso2(w) != null) countries.add(Countries.toIso2(w));
        }
        return new Places(countries, ListedEvidence.cityRuns(tokens, city));
    }

    /**
     * True when both names name a place and no place of one is a place of the other: no country in common, no city in
     * common, and no city of one seated in a country of the other ("Tehran Air" and IRAN AIR agree).
     */
    static boolean differ(Places a, Places b) {
        if (a.isEmpty() || b.isEmpty()) return false;
        for (String c : a.countries()) if (b.countries().contains(c)) return false;
        for (String c : a.cities()) if (b.cities().contains(c)) return false;
        return !seatedIn(a.cities(), b.countries()) && !seatedIn(b.cities(), a.countries());
    }

    private static boolean seatedIn(List<String> cities, Set<String> countries) {
        for (String country : countries) {
            for (String c : cities) {
                boolean[] seat = Cities.seatWords(List.of(c.split(" ")), country);
                if (seat != null) for (boolean s : seat) if (s) return true;
            }
        }
        return false;
    }
}
