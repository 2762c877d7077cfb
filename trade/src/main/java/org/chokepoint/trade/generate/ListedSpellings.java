package org.chokepoint.trade.generate;

import org.chokepoint.model.Entity;
import org.chokepoint.text.Scripts;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * How a customs clerk writes a listed end user's name: the listed name or one of its aliases as
 * published, in title case, with the long legal form shortened or dropped, or a Cyrillic name in Latin
 * letters. At most six spellings, the first a published name.
 */
final class ListedSpellings {
    private static final String[][] FORMS = {
            {"JOINT STOCK COMPANY", "JSC"}, {"AKTSIONERNOE OBSHCHESTVO", "AO"}, {"PUBLIC JOINT STOCK COMPANY", "PJSC"},
            {"LIMITED LIABILITY COMPANY", "LLC"}, {"OBSHCHESTVO S OGRANICHENNOI OTVETSTVENNOSTYU", "OOO"},
            {"OPEN JOINT STOCK COMPANY", "OJSC"}, {"Акционерное общество", "АО"}, {"Общество с ограниченной ответственностью", "ООО"}};

    private ListedSpellings() {}

    static List<String> of(Entity e, RandomGenerator rng) {
        List<String> published = ListedParties.names(e);
        Set<String> out = new LinkedHashSet<>();
        out.add(published.get(0));
        int extra = 1 + rng.nextInt(5);
        for (int attempt = 0; out.size() < 1 + extra && attempt < 20; attempt++) {
            String base = published.get(rng.nextInt(Math.min(published.size(), 4)));
            String v = switch (rng.nextInt(5)) {
                case 0 -> title(base);
                case 1 -> shortForm(base);
                case 2 -> Scripts.dominant(base).equals("Cyrillic") ? Transliteration.bgn(base).toUpperCase(Locale.ROOT) : base;
                case 3 -> dropForm(base);
                default -> base;
            };
            if (!v.isBlank()) out.add(v.strip());
        }
        return new ArrayList<>(out);
    }

    private static String shortForm(String s) {
        for (String[] f : FORMS) {
            int i = s.toUpperCase(Locale.ROOT).indexOf(f[0].toUpperCase(Locale.ROOT));
            if (i >= 0) return (s.substring(0, i) + f[1] + s.substring(i + f[0].length())).replaceAll("\\s+", " ");
        }
        return s;
    }

    private static String dropForm(String s) {
        String t = shortForm(s);
        return t.replaceFirst("^(JSC|AO|PJSC|LLC|OOO|OJSC|АО|ООО|ПАО|OAO|ОАО) ", "").replace("\"", "").replace("«", "").replace("»", "");
    }

    private static String title(String s) {
        StringBuilder b = new StringBuilder(s.length());
        boolean startOfWord = true;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            b.append(startOfWord ? Character.toUpperCase(c) : Character.toLowerCase(c));
            startOfWord = !Character.isLetterOrDigit(c);
        }
        return b.toString();
    }
}
