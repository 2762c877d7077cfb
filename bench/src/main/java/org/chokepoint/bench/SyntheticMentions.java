package org.chokepoint.bench;

import org.chokepoint.network.resolve.PartyMention;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Party mentions as customs records write them, with the firm behind each one: firms with invented
 * names (syllables, so that near-collisions occur), a business word, a legal form and a country, each
 * written several ways (case, legal form spelling or none, "General" as "Gen.", a typing error, extra
 * spaces, Cyrillic for RU, BY and KZ), some with a checksum-valid INN. Deterministic for a seed.
 *
 * @param mentions the distinct mentions
 * @param firm     for each mention, the index of the firm behind it (the truth)
 */
record SyntheticMentions(List<PartyMention> mentions, int[] firm) {
    private static final String[] SYLLABLES = {"ka", "ro", "mi", "tel", "vos", "tok", "nor", "al", "sib", "lan", "ter", "dor", "ex",
        "pro", "mar", "zan", "bel", "kom", "vek", "tor", "sin", "avi", "ra", "lu", "gor", "net", "fa", "dim", "ost", "kur"};
    private static final String[] BUSINESS = {"General Trading", "Electronics", "Industries", "Components", "Logistics", "Technika",
        "Systems", "Trading", "Machinery", "Instruments"};
    private static final String[][] FORMS = {{"LLC", "L.L.C.", "Limited Liability Company", ""}, {"Co., Ltd.", "CO LTD", "Company Limited", ""},
        {"FZE", "F.Z.E.", ""}, {"OOO", "ООО", ""}};
    private static final String[] COUNTRIES = {"AE", "TR", "CN", "HK", "RU", "BY", "KZ", "AM", "KG", "GE"};
    private static final String LATIN = "abcdefghijklmnopqrstuvwxyz";
    private static final String[] CYRILLIC = {"а", "б", "ц", "д", "е", "ф", "г", "х", "и", "й", "к", "л", "м", "н", "о", "п", "к", "р", "с", "т",
        "у", "в", "в", "кс", "ы", "з"};

    static SyntheticMentions generate(int count, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int firms = Math.max(1, count / 4);
        String[][] firm = new String[firms][];
        for (int f = 0; f < firms; f++) {
            StringBuilder word = new StringBuilder();
            for (int s = 0, n = 2 + random.nextInt(2); s < n; s++) word.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
            String country = COUNTRIES[random.nextInt(COUNTRIES.length)];
            String second = random.nextInt(3) == 0 ? " " + capital(SYLLABLES[random.nextInt(SYLLABLES.length)] + SYLLABLES[random.nextInt(SYLLABLES.length)]) : "";
            String inn = random.nextInt(3) == 0 ? inn(random) : null;
            firm[f] = new String[] {capital(word.toString()) + second, BUSINESS[random.nextInt(BUSINESS.length)], country,
                String.valueOf(random.nextInt(FORMS.length)), inn};
        }
        List<PartyMention> mentions = new ArrayList<>(count);
        List<Integer> truth = new ArrayList<>(count);
        Set<String> seen = new HashSet<>();
        int attempts = 0;
        while (mentions.size() < count && attempts++ < count * 20) {
            int f = random.nextInt(firms);
            String[] x = firm[f];
            String business = x[1];
            if (business.startsWith("General") && random.nextBoolean()) business = "Gen. " + business.substring(8);
            String name = x[0] + " " + business;
            boolean cyrillic = Set.of("RU", "BY", "KZ").contains(x[2]) && random.nextInt(3) == 0;
            if (cyrillic) name = cyrillic(name);
            switch (random.nextInt(5)) {
                case 0 -> name = name.toUpperCase(Locale.ROOT);
                case 1 -> name = name.replace(" ", "  ");
                case 2 -> name = typo(name, random);
                default -> { }
            }
            String[] forms = FORMS[Integer.parseInt(x[3])];
            String form = forms[random.nextInt(forms.length)];
            name = (random.nextInt(6) == 0 ? form + " " + name : name + " " + form).strip();
            String id = x[4] != null && random.nextBoolean() ? (random.nextBoolean() ? "INN " : "") + x[4] : null;
            if (!seen.add(name + "|" + x[2] + "|" + id)) continue;
            mentions.add(new PartyMention(name, x[2], id, null, 1 + random.nextInt(20)));
            truth.add(f);
        }
        return new SyntheticMentions(List.copyOf(mentions), truth.stream().mapToInt(Integer::intValue).toArray());
    }

    private static String capital(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String cyrillic(String latin) {
        StringBuilder out = new StringBuilder();
        for (char c : latin.toCharArray()) {
            int i = LATIN.indexOf(Character.toLowerCase(c));
            out.append(i < 0 ? String.valueOf(c) : Character.isUpperCase(c) ? CYRILLIC[i].toUpperCase(Locale.ROOT) : CYRILLIC[i]);
        }
        return out.toString();
    }

    /** One letter replaced, past the fourth letter of the name. */
    private static String typo(String name, SplittableRandom random) {
        if (name.length() < 8) return name;
        int at = 4 + random.nextInt(name.length() - 4);
        if (!Character.isLetter(name.charAt(at))) return name;
        return name.substring(0, at) + (char) ('a' + random.nextInt(26)) + name.substring(at + 1);
    }

    /** A random checksum-valid 10-digit INN. */
    private static String inn(SplittableRandom random) {
        int[] w = {2, 4, 10, 3, 5, 9, 4, 6, 8};
        StringBuilder s = new StringBuilder();
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            int d = i == 0 ? 1 + random.nextInt(9) : random.nextInt(10);
            s.append(d);
            sum += d * w[i];
        }
        return s.append(sum % 11 % 10).toString();
    }
}
