package org.chokepoint.text;

import java.util.List;

/**
 * Romanises Cyrillic. Russian text gets BGN/PCGN (ICU "Russian-Latin/BGN", the convention of
 * US and UK lists) first, then the plain media spelling, the passport (ICAO) spelling and the
 * Ukrainian reading of the same letters (г as h, и as y: Олег is "Oleg" or "Oleh"), because a
 * name in Russian spelling may belong to a Ukrainian. Text with letters only Ukrainian has
 * (і ї є ґ) gets Ukrainian BGN/PCGN, the Ukrainian national system and the Russian reading.
 * Letters of other Cyrillic alphabets pass through for the generic fallback. Thread-safe.
 */
final class CyrillicRomanizer implements ScriptRomanizer {
    private final IcuTransliterator russianBgn = IcuTransliterator.byId("Russian-Latin/BGN");
    private final IcuTransliterator russianPlain = IcuTransliterator.fromRules("cyrillic-plain.txt");
    private final IcuTransliterator russianPassport = IcuTransliterator.fromRules("cyrillic-passport.txt");
    private final IcuTransliterator ukrainianBgn = IcuTransliterator.byId("Ukrainian-Latin/BGN");
    private final IcuTransliterator ukrainianNational = IcuTransliterator.fromRules("ukrainian-national.txt");
    private final IcuTransliterator ukrainianAsRussian = IcuTransliterator.fromRules("ukrainian-as-russian.txt");

    @Override
    public List<String> readings(String run) {
        if (isUkrainian(run)) {
            return List.of(ukrainianBgn.apply(run), ukrainianNational.apply(run), ukrainianAsRussian.apply(run));
        }
        return List.of(russianBgn.apply(run), russianPlain.apply(run), russianPassport.apply(run), ukrainianBgn.apply(run));
    }

    private static boolean isUkrainian(String run) {
        for (int i = 0; i < run.length(); i++) {
            switch (run.charAt(i)) {
                case 'і', 'ї', 'є', 'ґ' -> { return true; }
                default -> { }
            }
        }
        return false;
    }
}
