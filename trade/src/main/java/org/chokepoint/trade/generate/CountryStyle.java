package org.chokepoint.trade.generate;

import java.util.List;
import java.util.Map;

/**
 * How company names and addresses look in one country: the words of names, the legal forms, the
 * business words of each line of business in the country's language, cities and streets.
 *
 * @param country  ISO alpha-2
 * @param cyrillic whether names are written in Cyrillic (Russia, Belarus, Kazakhstan, Kyrgyzstan)
 * @param stems    distinctive name words ("Al Noor", "Вектор", "Huaxin")
 * @param extras   optional second name words ("Global", "Star"); may be empty
 * @param business business words by line of business; a sector absent here uses {@link #fallback}
 * @param forms    legal forms, the first the most common
 * @param cities   "City|postcode" entries
 * @param streets  street names, with the long street word where the country has one ("Hauptstraße")
 * @param han      Han spellings of stems, cities and business words, for Chinese names; empty elsewhere
 */
record CountryStyle(String country, boolean cyrillic, List<String> stems, List<String> extras,
                    Map<Sector, List<String>> business, List<LegalForm> forms, List<String> cities,
                    List<String> streets, Map<String, String> han) {

    static final Map<Sector, List<String>> ENGLISH = Map.ofEntries(
            Map.entry(Sector.ELECTRONICS, List.of("Electronics", "Electronic Components", "Technologies", "Microsystems")),
            Map.entry(Sector.MACHINERY, List.of("Machinery", "Machine Tools", "Engineering", "Industrial Equipment")),
            Map.entry(Sector.AUTOMOTIVE, List.of("Auto Parts", "Motors", "Automotive")),
            Map.entry(Sector.FURNITURE, List.of("Furniture", "Home Furnishings", "Interiors")),
            Map.entry(Sector.TEXTILES, List.of("Textiles", "Apparel", "Garments", "Fabrics")),
            Map.entry(Sector.FOOD, List.of("Food", "Foodstuff", "Fresh Produce", "Food Products")),
            Map.entry(Sector.PHARMA, List.of("Pharma", "Pharmaceuticals", "Medical Supplies")),
            Map.entry(Sector.CHEMICALS, List.of("Chemicals", "Polymers", "Agrochemicals")),
            Map.entry(Sector.RAW_MATERIALS, List.of("Metals", "Timber", "Commodities", "Resources")),
            Map.entry(Sector.GENERAL, List.of("Trading", "General Trading", "Import Export", "International Trade")),
            Map.entry(Sector.LOGISTICS, List.of("Logistics", "Freight", "Shipping", "Freight Forwarding", "Cargo Services")));

    List<String> words(Sector s) {
        List<String> w = business.get(s);
        return w != null ? w : fallback(s);
    }

    static List<String> fallback(Sector s) {
        return ENGLISH.get(s);
    }
}
