package org.chokepoint.text;

import java.util.List;

/**
 * Romanises Cyrillic. Russian text gets BGN/PCGN (ICU "Russian-Latin/BGN", the convention of
 * US and UK lists) first, then the plain media spelling, the passport (ICAO) spelling and the
 * Ukrainian reading of the same letters (г as h, и as y: Олег is "Oleg" or "Oleh"), because a
 * name in Russian spelling may belong to a Ukrainian. Text with letters only Ukrainian has
 * (і ї є ґ) gets Ukrainian BGN/PCGN, the Ukrainian national system and the Russian reading.
 * Kazakh, Kyrgyz, Uzbek and Tajik text is read as the Russian forms of its names ({@link #asRussian}). Letters of other
 * Cyrillic alphabets pass through for the generic fallback. Thread-safe.
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
        String russian = asRussian(run);
        if (russian != null) {
            // Kazakh, Kyrgyz, Uzbek, Tajik: the lists write these names as the Russian passport does (Нұрғалиев as
            // Нургалиев, "Nurgaliev"; Әдлет as Адлет, "Adlet"; Гулбаҳор as Гулбахор, "Gulbakhor"), then the letters as
            // they stand (Any-Latin: "Edlet"), the spelling of the own language's Latin alphabet.
            return List.of(russianBgn.apply(russian), russianPlain.apply(russian), russianPassport.apply(russian), russianBgn.apply(run));
        }
        if (isUkrainian(run)) {
            return List.of(ukrainianBgn.apply(run), ukrainianNational.apply(run), ukrainianAsRussian.apply(run));
        }
        return List.of(russianBgn.apply(run), russianPlain.apply(run), russianPassport.apply(run), ukrainianBgn.apply(run));
    }

    /**
     * The run with the letters of Kazakh, Kyrgyz, Uzbek and Tajik Cyrillic as the Russian forms of their names write
     * them (ә а, ғ г, қ к, ң н, ө о, ұ ү у, һ ҳ х, ҷ ч, ӣ и, and і и beside them), or null when it has none of these letters.
     */
    static String asRussian(String run) {
        StringBuilder out = null;
        for (int i = 0; i < run.length(); i++) {
            char c = run.charAt(i);
            char r = switch (c) {
                case 'ә' -> 'а';
                case 'ғ' -> 'г';
                case 'қ' -> 'к';
                case 'ң' -> 'н';
                case 'ө' -> 'о';
                case 'ұ', 'ү' -> 'у';
                case 'һ', 'ҳ' -> 'х';
                case 'ҷ' -> 'ч';
                case 'ӣ' -> 'и';
                default -> c;
            };
            if (r != c) {
                if (out == null) out = new StringBuilder(run);
                out.setCharAt(i, r);
            }
        }
        return out == null ? null : out.toString().replace('і', 'и');
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
