package org.chokepoint.country;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Turns the country wording of the lists ("Russia", "Korea, North", "Burma", "Türkiye", "RU", "ru")
 * into ISO 3166-1 alpha-2 codes. Thread-safe; the table is built once.
 */
public final class Countries {
    private Countries() {}

    private static final Set<String> ISO2 = Set.of(Locale.getISOCountries());
    private static final Map<String, String> BY_NAME = build();

    /** ISO alpha-2 for a name or code, or null when the wording is not recognised. */
    public static String toIso2(String nameOrCode) {
        if (nameOrCode == null) return null;
        String s = nameOrCode.strip();
        if (s.isEmpty()) return null;
        if (s.length() == 2) {
            String up = s.toUpperCase(Locale.ROOT);
            if (ISO2.contains(up) || up.equals("XK")) return up;
        }
        return BY_NAME.get(key(s));
    }

    /**
     * China and its two special administrative regions: lists and declarations write a Hong Kong or Macao firm of a
     * Chinese group under any of the three (OFAC's older entries "Hong Kong, China", read as CN; the UK its Hong Kong
     * traders as China), so two of them, one on each side, are no evidence that two firms differ.
     */
    private static final Set<String> CHINA_AND_REGIONS = Set.of("CN", "HK", "MO");

    /** Whether two country codes (upper case) are one territory as firms are registered: equal, or both China and its regions. */
    public static boolean sameTerritory(String a, String b) {
        return a != null && (a.equals(b) || CHINA_AND_REGIONS.contains(a) && CHINA_AND_REGIONS.contains(b));
    }

    /** True for a recognised ISO 3166-1 alpha-2 code (upper case). */
    public static boolean isIso2(String code) {
        return code != null && code.length() == 2 && (ISO2.contains(code) || code.equals("XK"));
    }

    /** The English short name of an ISO alpha-2 code, or the code itself when unknown. */
    public static String name(String iso2) {
        if (iso2 == null) return "";
        String n = Locale.of("", iso2).getDisplayCountry(Locale.ENGLISH);
        return n.isEmpty() || n.equals(iso2) ? iso2 : n;
    }

    private static String key(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        return n.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").strip()
                .replaceFirst("^the ", "");
    }

    private static Map<String, String> build() {
        Map<String, String> m = new HashMap<>();
        for (String iso : Locale.getISOCountries()) {
            Locale l = Locale.of("", iso);
            m.put(key(l.getDisplayCountry(Locale.ENGLISH)), iso);
            m.put(key(l.getISO3Country()), iso);
        }
        // The wording the official lists use where it differs from the JDK's names.
        String[][] aliases = {
            {"russia", "RU"}, {"russian federation", "RU"}, {"burma", "MM"}, {"iran", "IR"},
            {"iran islamic republic of", "IR"}, {"iran (islamic republic of)", "IR"},
            {"korea north", "KP"}, {"north korea", "KP"}, {"democratic people s republic of korea", "KP"},
            {"korea democratic people s republic of", "KP"}, {"dprk", "KP"},
            {"korea south", "KR"}, {"south korea", "KR"}, {"republic of korea", "KR"}, {"korea republic of", "KR"},
            {"syria", "SY"}, {"syrian arab republic", "SY"}, {"turkey", "TR"}, {"turkiye", "TR"},
            {"uae", "AE"}, {"united arab emirates", "AE"}, {"uk", "GB"}, {"united kingdom", "GB"},
            {"great britain", "GB"}, {"u k", "GB"}, {"u s", "US"}, {"u s a", "US"}, {"hongkong", "HK"}, {"britain", "GB"}, {"england", "GB"}, {"usa", "US"}, {"united states", "US"},
            {"united states of america", "US"}, {"us", "US"}, {"hong kong", "HK"}, {"china hong kong", "HK"},
            {"hong kong sar", "HK"}, {"hong kong special administrative region of china", "HK"},
            {"macau", "MO"}, {"macao", "MO"}, {"taiwan", "TW"}, {"chinese taipei", "TW"},
            {"china", "CN"}, {"people s republic of china", "CN"}, {"prc", "CN"},
            {"venezuela", "VE"}, {"bolivarian republic of venezuela", "VE"}, {"bolivia", "BO"},
            {"laos", "LA"}, {"lao people s democratic republic", "LA"}, {"vietnam", "VN"}, {"viet nam", "VN"},
            {"moldova", "MD"}, {"republic of moldova", "MD"}, {"tanzania", "TZ"}, {"united republic of tanzania", "TZ"},
            {"congo democratic republic of the", "CD"}, {"democratic republic of the congo", "CD"},
            {"congo kinshasa", "CD"}, {"drc", "CD"}, {"congo republic of the", "CG"}, {"republic of the congo", "CG"},
            {"congo brazzaville", "CG"}, {"cote d ivoire", "CI"}, {"ivory coast", "CI"}, {"czech republic", "CZ"},
            {"czechia", "CZ"}, {"kyrgyz republic", "KG"}, {"kyrgyzstan", "KG"}, {"palestinian", "PS"},
            {"west bank", "PS"}, {"gaza", "PS"}, {"palestine", "PS"}, {"state of palestine", "PS"},
            {"region crimea", "UA"}, {"crimea", "UA"}, {"kosovo", "XK"}, {"north macedonia", "MK"},
            {"macedonia", "MK"}, {"the former yugoslav republic of macedonia", "MK"}, {"brunei", "BN"},
            {"cabo verde", "CV"}, {"cape verde", "CV"}, {"eswatini", "SZ"}, {"swaziland", "SZ"},
            {"micronesia", "FM"}, {"st kitts and nevis", "KN"}, {"saint kitts and nevis", "KN"},
            {"st lucia", "LC"}, {"st vincent and the grenadines", "VC"}, {"netherlands antilles", "CW"},
            {"curacao", "CW"}, {"sint maarten", "SX"}, {"timor leste", "TL"}, {"east timor", "TL"},
            {"vatican", "VA"}, {"holy see", "VA"}, {"bosnia", "BA"}, {"bosnia herzegovina", "BA"},
            {"the gambia", "GM"}, {"gambia", "GM"}, {"the bahamas", "BS"}, {"bahamas", "BS"},
            {"slovak republic", "SK"}, {"belarus", "BY"}, {"ukraine", "UA"}, {"kazakhstan", "KZ"},
            {"uzbekistan", "UZ"}, {"tajikistan", "TJ"}, {"turkmenistan", "TM"}, {"armenia", "AM"},
            {"georgia", "GE"}, {"azerbaijan", "AZ"}, {"british virgin islands", "VG"}, {"virgin islands british", "VG"},
            {"marshall islands", "MH"}, {"libya", "LY"}, {"libyan arab jamahiriya", "LY"},
            {"bosnia and herzegovina", "BA"}, {"trinidad and tobago", "TT"}, {"antigua and barbuda", "AG"},
            {"sao tome and principe", "ST"}, {"saint vincent and the grenadines", "VC"}, {"heard island and mcdonald islands", "HM"},
            {"myanmar", "MM"}, {"congo", "CG"}, {"china hong kong special administrative region", "HK"},
            {"china macao special administrative region", "MO"}, {"united kingdom of great britain and northern ireland", "GB"},
            {"united states of america the", "US"}, {"netherlands the", "NL"}, {"russian federation the", "RU"},
            {"south sudan", "SS"}, {"sudan", "SD"}, {"yemen", "YE"}, {"iraq", "IQ"}, {"lebanon", "LB"},
        };
        for (String[] a : aliases) m.put(key(a[0]), a[1]);
        return Map.copyOf(m);
    }
}
