package org.chokepoint.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The patronymic of Azerbaijani, Uzbek, Kyrgyz and Kazakh names, written as two words after the given name: the
 * father's name and "son of" / "daughter of" (Fikrət Abdulla oğlu Tağıyev, Gulnora Islom qizi Karimova, Kantemir
 * Kaparbek uulu Chalbaev). The lists drop it or print it in the Russian form ("Fikret TAGIYEV", "KARIMOVA, Gulnara",
 * "Kantemir Kaparbekovich CHALBAYEV"), so a name is also read without it. Pure functions; thread-safe.
 */
final class TurkicPatronymic {
    /** "son of", "daughter of" after ASCII folding: Azerbaijani oğlu / qızı, Uzbek o'g'li / qizi, Kyrgyz uulu / kyzy, Kazakh ұлы / қызы, and the Russian spelling ogly / kyzy. */
    private static final Set<String> MARKERS = Set.of("oglu", "ogly", "ogli", "ugli", "qizi", "kizi", "gizi", "qyzy", "kyzy",
            "uulu", "uly");

    private TurkicPatronymic() {}

    /** The tokens without the father's name and its marker, or null when there is none (a marker first or last is no patronymic). */
    static List<String> without(List<String> tokens) {
        for (int i = 2; i < tokens.size() - 1; i++) {
            if (MARKERS.contains(tokens.get(i))) {
                List<String> out = new ArrayList<>(tokens.size() - 2);
                out.addAll(tokens.subList(0, i - 1));
                out.addAll(tokens.subList(i + 1, tokens.size()));
                return out;
            }
        }
        return null;
    }
}
