package org.chokepoint.identifier;

/**
 * Check-digit algorithms of the registers that sanctions lists cite. Pure functions; null-safe
 * (null or malformed input is simply not valid).
 *
 * <p>Why bother: OFAC labels many numbers "Registration Number", and only a valid check digit tells
 * a Russian OGRN from a number of another register; a checksum-valid INN that agrees is the strongest
 * evidence screening has.
 */
public final class CheckDigits {
    private CheckDigits() {}

    private static final int[] INN10 = {2, 4, 10, 3, 5, 9, 4, 6, 8};
    private static final int[] INN11 = {7, 2, 4, 10, 3, 5, 9, 4, 6, 8};
    private static final int[] INN12 = {3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8};

    /** Russian INN: 10 digits (organisation) or 12 digits (individual) with weighted mod-11 check digits. */
    public static boolean validInn(String s) {
        if (!digits(s)) return false;
        if (s.length() == 10) return check(s, INN10) == digit(s, 9);
        if (s.length() == 12) return check(s, INN11) == digit(s, 10) && check(s, INN12) == digit(s, 11);
        return false;
    }

    /** Russian OGRN (13 digits: first 12 mod 11) or OGRNIP (15 digits: first 14 mod 13), last digit of the remainder. */
    public static boolean validOgrn(String s) {
        if (!digits(s)) return false;
        if (s.length() == 13) return Long.parseLong(s.substring(0, 12)) % 11 % 10 == digit(s, 12);
        if (s.length() == 15) return Long.parseLong(s.substring(0, 14)) % 13 % 10 == digit(s, 14);
        return false;
    }

    /** Russian OKPO: 8 digits (organisations) or 10 (sole traders); GOST weights 1.., then 3.. when the remainder is 10. */
    public static boolean validOkpo(String s) {
        if (!digits(s) || (s.length() != 8 && s.length() != 10)) return false;
        int n = s.length() - 1;
        int sum = 0;
        for (int i = 0; i < n; i++) sum += digit(s, i) * (i % 10 + 1);
        int r = sum % 11;
        if (r == 10) {
            sum = 0;
            for (int i = 0; i < n; i++) sum += digit(s, i) * ((i + 2) % 10 + 1);
            r = sum % 11;
            if (r == 10) r = 0;
        }
        return r == digit(s, n);
    }

    /** IMO ship number: 7 digits, the sum of the first six times 7..2, mod 10, is the seventh. */
    public static boolean validImo(String s) {
        if (!digits(s) || s.length() != 7) return false;
        int sum = 0;
        for (int i = 0; i < 6; i++) sum += digit(s, i) * (7 - i);
        return sum % 10 == digit(s, 6);
    }

    /** LEI (ISO 17442): 20 alphanumerics, ISO 7064 MOD 97-10 over the letters turned into numbers gives 1. */
    public static boolean validLei(String s) {
        if (s == null || s.length() != 20) return false;
        int mod = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int v;
            if (c >= '0' && c <= '9') v = c - '0';
            else if (c >= 'A' && c <= 'Z') v = c - 'A' + 10;
            else return false;
            mod = v >= 10 ? (mod * 100 + v) % 97 : (mod * 10 + v) % 97;
        }
        return mod == 1;
    }

    private static int check(String s, int[] weights) {
        int sum = 0;
        for (int i = 0; i < weights.length; i++) sum += digit(s, i) * weights[i];
        return sum % 11 % 10;
    }

    private static int digit(String s, int i) {
        return s.charAt(i) - '0';
    }

    private static boolean digits(String s) {
        if (s == null || s.isEmpty()) return false;
        for (int i = 0; i < s.length(); i++) if (s.charAt(i) < '0' || s.charAt(i) > '9') return false;
        return true;
    }
}
