package org.chokepoint.trade.generate;

import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Draws company names in a country's style: a distinctive word, sometimes a second word, a business word
 * of the line of business, and a legal form. Chinese names start with the city and may have a Chinese
 * spelling; Russian-style names are written in Cyrillic. Now and then a name is borrowed from a company of
 * another country (the same name in two countries is common, and a resolver must keep them apart).
 */
final class CompanyNames {
    private CompanyNames() {}

    static PartyName draw(CountryStyle style, Sector sector, List<Party> existing, boolean mayBorrow, RandomGenerator rng) {
        LegalForm form = rng.nextInt(100) < 65 ? style.forms().get(0) : Spellings.pick(style.forms(), rng);
        if (mayBorrow && !style.cyrillic() && !existing.isEmpty() && rng.nextInt(100) < 3) {
            Party other = existing.get(rng.nextInt(existing.size()));
            if (other.name != null && other.name.cyrillic() == null && !other.country.equals(style.country()) && other.name.han() == null) {
                return new PartyName(style.country(), other.name.core(), null, form, null);
            }
        }
        String stem = Spellings.pick(style.stems(), rng);
        String business = Spellings.pick(style.words(sector), rng);
        if (style.cyrillic()) {
            String cyr = rng.nextInt(100) < 30 ? stem
                    : business.startsWith("Торговый") ? business + " " + stem
                    : stem + (rng.nextBoolean() ? " " : "-") + business;
            return new PartyName(style.country(), Transliteration.bgn(cyr), cyr, form, null);
        }
        if (style.country().equals("CN")) {
            String city = Spellings.pick(style.cities(), rng).split("\\|")[0];
            String core = city + " " + stem + " " + business;
            String h1 = style.han().get(city), h2 = style.han().get(stem), h3 = style.han().get(business);
            String han = h1 != null && h2 != null && h3 != null && form.written().startsWith("Co.") ? h1 + h2 + h3 + "有限公司" : null;
            return new PartyName("CN", core, null, form, han);
        }
        String extra = !style.extras().isEmpty() && rng.nextInt(100) < 25 ? " " + Spellings.pick(style.extras(), rng) : "";
        if (business.contains(extra.strip())) extra = "";
        return new PartyName(style.country(), stem + extra + " " + business, null, form, null);
    }
}
