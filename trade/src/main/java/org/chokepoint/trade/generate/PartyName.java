package org.chokepoint.trade.generate;

/**
 * A company name with its parts, so that spelling variants can be made from it.
 *
 * @param country  ISO alpha-2
 * @param core     the name without its legal form, in Latin script ("Al Noor General Trading", "Vektor Elektronika")
 * @param cyrillic the name without its legal form in Cyrillic ("Вектор Электроника"), or null for Latin-script countries
 * @param form     the legal form
 * @param han      the whole name in Chinese characters ("深圳华信电子有限公司"), or null
 */
record PartyName(String country, String core, String cyrillic, LegalForm form, String han) {

    /** The name as the party writes it itself: Cyrillic with the form first for Cyrillic-script countries. */
    String canonical() {
        if (cyrillic != null) return form.written() + " «" + cyrillic + "»";
        return core + " " + form.written();
    }

    /** Core words, Cyrillic or Latin, for tests of name similarity. */
    String distinctive() {
        return cyrillic != null ? cyrillic : core;
    }
}
