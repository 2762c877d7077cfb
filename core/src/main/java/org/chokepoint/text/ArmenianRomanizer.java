package org.chokepoint.text;

import java.util.List;

/**
 * Romanises Armenian the way the lists write Armenian names and firms: BGN/PCGN ("Խաչատրյան" as "khachatryan",
 * "Երևան" as "yerevan", {@code armenian-lists.txt}), then the same with ղ as g, as names that reached the lists through
 * Russian write it (Ղազարյան, Газарян, "Gazaryan"). ICU's ISO 9985 reading ("xacatryan") is no spelling a list uses.
 * Thread-safe.
 */
final class ArmenianRomanizer implements ScriptRomanizer {
    private final IcuTransliterator lists = IcuTransliterator.fromRules("armenian-lists.txt");

    @Override
    public List<String> readings(String run) {
        String bgn = lists.apply(run);
        String russian = bgn.replace("gh", "g");
        return russian.equals(bgn) ? List.of(bgn) : List.of(bgn, russian);
    }
}
