package org.chokepoint.trade.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.random.RandomGenerator;

/**
 * Postal addresses in each country's shape, with the variants clerks produce: abbreviated street words,
 * capitals, no postcode, Latin letters for a Cyrillic address. Not thread-safe (the generator is not).
 */
final class Addresses {
    private static final String[][] SHORT = {{"улица", "ул."}, {"проспект", "пр-т"}, {"Straße", "Str."}, {"straße", "str."},
            {"Strasse", "Str."}, {"Street", "St."}, {"Road", "Rd."}, {"Drive", "Dr."}, {"Boulevard", "Blvd"}, {"Avenue", "Ave."},
            {"Caddesi", "Cad."}, {"Sokak", "Sk."}, {"District", "Dist."}};

    private Addresses() {}

    /** The canonical address first, then up to {@code variants} distinct variants. */
    static List<String> draw(CountryStyle style, int variants, RandomGenerator rng) {
        String[] city = Spellings.pick(style.cities(), rng).split("\\|", -1);
        String street = Spellings.pick(style.streets(), rng);
        int no = 1 + rng.nextInt(rng.nextBoolean() ? 40 : 250);
        String postcode = city.length > 1 ? city[1] : "";
        String a = switch (style.country()) {
            case "RU", "BY", "KZ", "KG" -> postcode + ", г. " + city[0] + ", " + street + ", д. " + no;
            case "US" -> no * 10 + " " + street + ", " + city[0] + " " + postcode;
            case "DE", "CH", "NL", "IT", "FR", "PL", "RS" -> street + " " + no + ", " + postcode + " " + city[0];
            case "AE" -> "Office " + (100 + rng.nextInt(900)) + ", " + street + ", " + city[0];
            case "HK" -> "Flat " + (char) ('A' + rng.nextInt(8)) + ", " + (2 + rng.nextInt(28)) + "/F, " + no + " " + street + ", " + city[0];
            case "JP", "CN", "TW", "KR" -> no + " " + street + ", " + city[0] + (postcode.isEmpty() ? "" : " " + postcode);
            default -> street + " " + no + ", " + city[0] + (postcode.isEmpty() ? "" : " " + postcode);
        };
        List<String> out = new ArrayList<>();
        out.add(a);
        for (int attempt = 0; out.size() <= variants && attempt < 10; attempt++) {
            String v = variant(a, style, rng);
            if (!out.contains(v)) out.add(v);
        }
        return out;
    }

    private static String variant(String a, CountryStyle style, RandomGenerator rng) {
        return switch (rng.nextInt(4)) {
            case 0 -> a.toUpperCase(Locale.ROOT);
            case 1 -> shorten(a);
            case 2 -> style.cyrillic() ? Transliteration.bgn(a) : a.replaceAll(",? [0-9]{4,6}(-[0-9]{4})?$", "").replaceAll(", [0-9]{5} ", ", ");
            default -> style.cyrillic() ? Transliteration.loose(shorten(a)) : a.replace(",", "");
        };
    }

    static String shorten(String a) {
        for (String[] s : SHORT) if (a.contains(s[0])) return a.replace(s[0], s[1]);
        return a;
    }
}
