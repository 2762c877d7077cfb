package org.chokepoint.trade.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.random.RandomGenerator;

/**
 * Makes the spellings under which one company appears in different declarations: case, legal form
 * variants, abbreviations, punctuation, the legal form before or after the name or dropped, a one-letter
 * typo, Cyrillic or Latin (two transliterations), extra spaces, and the Chinese name of a Chinese firm.
 * Deterministic for a given generator state. Not thread-safe (the generator is not).
 */
final class Spellings {
    private static final String[][] ABBREVIATIONS = {
            {"General Trading", "Gen. Trading"}, {"General", "Gen."}, {"Trading", "Trdg"}, {"International", "Int'l"},
            {"Electronics", "Elec."}, {"Technologies", "Tech."}, {"Technology", "Tech."}, {"Industrial", "Ind."},
            {"Sanayi ve Ticaret", "San. ve Tic."}, {"Engineering", "Eng."}, {"Import Export", "Imp. Exp."},
            {"Logistics", "Log."}, {"Company", "Co."}, {"Equipment", "Equip."}, {"Machinery", "Mach."},
            {"Торговый Дом", "ТД"}, {"Electronic Components", "Elec. Components"}, {"Freight Forwarding", "Fwd."}};

    private Spellings() {}

    /**
     * Up to {@code count} spellings different from the canonical name and from each other.
     *
     * @param count how many variants are wanted, &gt;= 0; fewer come back when the name allows fewer
     */
    static List<String> variants(PartyName name, int count, RandomGenerator rng) {
        List<String> out = new ArrayList<>();
        String canonical = name.canonical();
        for (int attempt = 0; out.size() < count && attempt < count * 12; attempt++) {
            String v = variant(name, rng);
            if (!v.isBlank() && !v.equals(canonical) && !out.contains(v)) out.add(v);
        }
        return out;
    }

    private static String variant(PartyName n, RandomGenerator rng) {
        String base = base(n, rng);
        // Most variants differ in one respect, some in two.
        int modifiers = rng.nextInt(10) < 7 ? 1 : 2;
        for (int i = 0; i < modifiers; i++) base = modify(base, rng);
        return base;
    }

    /** The name in one of its scripts and with one of its legal-form spellings. */
    private static String base(PartyName n, RandomGenerator rng) {
        LegalForm f = n.form();
        if (n.han() != null && rng.nextInt(6) == 0) return n.han();
        if (n.cyrillic() != null) {
            int k = rng.nextInt(10);
            if (k < 3) return n.canonical();
            if (k < 4) return f.written() + " \"" + n.cyrillic() + "\"";
            if (k < 5) return n.cyrillic() + " " + f.written();
            String latin = rng.nextBoolean() ? Transliteration.bgn(n.cyrillic()) : Transliteration.loose(n.cyrillic());
            if (k < 7) return f.latin() + " \"" + latin + "\"";
            if (k < 8) return f.latin() + " " + latin;
            return latin + " " + pick(f.variants(), rng);
        }
        int k = rng.nextInt(10);
        if (k < 4 && !f.variants().isEmpty()) return n.core() + " " + pick(f.variants(), rng);
        if (k < 5) return f.written() + " " + n.core();
        return n.canonical();
    }

    private static String modify(String s, RandomGenerator rng) {
        return switch (rng.nextInt(9)) {
            case 0, 1 -> s.toUpperCase(Locale.ROOT);
            case 2 -> abbreviate(s);
            case 3 -> s.replace(".", "").replace(",", "").replace("«", "").replace("»", "").replace("\"", "");
            case 4 -> typo(s, rng);
            case 5 -> s.replaceFirst(" ", "  ");
            case 6 -> dropForm(s);
            case 7 -> titleCase(s);
            default -> s;
        };
    }

    static String abbreviate(String s) {
        for (String[] a : ABBREVIATIONS) {
            if (s.contains(a[0])) return s.replace(a[0], a[1]);
            String upper = a[0].toUpperCase(Locale.ROOT);
            if (s.contains(upper)) return s.replace(upper, a[1].toUpperCase(Locale.ROOT));
        }
        return s;
    }

    /** One letter swapped with its neighbour, dropped or doubled, never the first letter. */
    static String typo(String s, RandomGenerator rng) {
        List<Integer> letters = new ArrayList<>();
        for (int i = 1; i < s.length() - 1; i++) if (Character.isLetter(s.charAt(i)) && Character.isLetter(s.charAt(i + 1))) letters.add(i);
        if (letters.isEmpty()) return s;
        int i = letters.get(rng.nextInt(letters.size()));
        return switch (rng.nextInt(3)) {
            case 0 -> s.substring(0, i) + s.charAt(i + 1) + s.charAt(i) + s.substring(i + 2);
            case 1 -> s.substring(0, i) + s.substring(i + 1);
            default -> s.substring(0, i + 1) + s.charAt(i) + s.substring(i + 1);
        };
    }

    /** Without its legal form: the last word(s) after the core, or a leading form in capitals. */
    private static String dropForm(String s) {
        String t = s.replaceFirst("^(ООО|АО|ПАО|ОАО|ТОО|ОсОО|ЧУП|OOO|AO|PAO|OAO|TOO|OsOO|LLC|ChUP) ", "");
        if (!t.equals(s)) return t.replace("«", "").replace("»", "").replace("\"", "");
        int cut = s.lastIndexOf(' ');
        return cut > 0 && s.indexOf(' ') < cut ? s.substring(0, cut).replaceAll("[ ,]+(Co\\.?|Sanayi ve Ticaret|San\\. ve Tic\\.)$", "") : s;
    }

    private static String titleCase(String s) {
        StringBuilder b = new StringBuilder(s.length());
        boolean start = true;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            b.append(start ? Character.toUpperCase(c) : Character.toLowerCase(c));
            start = c == ' ' || c == '"' || c == '«' || c == '-';
        }
        return b.toString();
    }

    static <T> T pick(List<T> list, RandomGenerator rng) {
        return list.get(rng.nextInt(list.size()));
    }
}
