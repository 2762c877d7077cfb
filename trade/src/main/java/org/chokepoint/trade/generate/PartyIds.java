package org.chokepoint.trade.generate;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * Registration and tax numbers in each country's shape: Russian INN and OGRN with valid check digits,
 * Belarusian UNP, Kazakh BIN, EU VAT numbers, US EIN, Chinese unified social credit codes, UAE TRN, ...
 * Never hands out the same number twice, nor one of the numbers it is told are taken (the listed
 * entities' identifiers). Not thread-safe.
 */
final class PartyIds {
    private final Set<String> taken = new HashSet<>();

    PartyIds(Set<String> reserved) {
        // Compared in the same shape as drawn numbers, so "CHE-123.456.789" on a list also reserves "CHE123456789".
        for (String r : reserved) taken.add(digits(r));
    }

    String next(String country, RandomGenerator rng) {
        for (int attempt = 0; ; attempt++) {
            String id = draw(country, rng);
            if (taken.add(digits(id))) return id;
            if (attempt > 1000) throw new IllegalStateException("cannot find a free id for " + country);
        }
    }

    private static String digits(String id) {
        String d = id.replaceAll("[^0-9A-Za-z]", "").toUpperCase(Locale.ROOT);
        return d.replaceFirst("^(INN|OGRN|UNP|BIN|VAT)", "");
    }

    private static String draw(String country, RandomGenerator rng) {
        return switch (country) {
            case "RU" -> rng.nextInt(4) == 0 ? ogrn(rng) : inn(rng);
            case "BY" -> "19" + num(rng, 7);
            case "KZ" -> num(rng, 12);
            case "KG" -> "0" + num(rng, 13);
            case "US" -> num(rng, 2) + "-" + num(rng, 7);
            case "CN" -> "91" + num(rng, 6) + alnum(rng, 9) + num(rng, 1);
            case "HK" -> num(rng, 8);
            case "AE" -> "100" + num(rng, 12);
            case "TR" -> num(rng, 10);
            case "IN" -> num(rng, 2) + alpha(rng, 5) + num(rng, 4) + alpha(rng, 1) + "1Z" + num(rng, 1);
            case "JP" -> num(rng, 13);
            case "GB" -> "GB" + num(rng, 9);
            case "CH" -> "CHE-" + num(rng, 3) + "." + num(rng, 3) + "." + num(rng, 3);
            default -> country + num(rng, 9);
        };
    }

    /** A 10-digit Russian organisation INN with a valid check digit. */
    static String inn(RandomGenerator rng) {
        int[] w = {2, 4, 10, 3, 5, 9, 4, 6, 8};
        String[] regions = {"77", "78", "50", "66", "54", "16", "52", "47"};
        String s = regions[rng.nextInt(regions.length)] + num(rng, 7);
        int sum = 0;
        for (int i = 0; i < 9; i++) sum += w[i] * (s.charAt(i) - '0');
        return s + (sum % 11) % 10;
    }

    /** A 13-digit Russian OGRN with a valid check digit. */
    static String ogrn(RandomGenerator rng) {
        String s = "1" + (10 + rng.nextInt(13)) + "77" + num(rng, 7);
        long n = Long.parseLong(s);
        return s + (n % 11) % 10;
    }

    private static String num(RandomGenerator rng, int n) {
        StringBuilder b = new StringBuilder(n);
        for (int i = 0; i < n; i++) b.append((char) ('0' + rng.nextInt(10)));
        return b.toString();
    }

    private static String alpha(RandomGenerator rng, int n) {
        StringBuilder b = new StringBuilder(n);
        for (int i = 0; i < n; i++) b.append((char) ('A' + rng.nextInt(26)));
        return b.toString();
    }

    private static String alnum(RandomGenerator rng, int n) {
        String chars = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        StringBuilder b = new StringBuilder(n);
        for (int i = 0; i < n; i++) b.append(chars.charAt(rng.nextInt(chars.length())));
        return b.toString();
    }
}
