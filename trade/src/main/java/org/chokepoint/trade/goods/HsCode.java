package org.chokepoint.trade.goods;

/**
 * A national tariff code as declared: 6 to 10 digits, of which the first six are the internationally
 * harmonised HS subheading and the rest national detail (EU CN 8 digits, US HTS 10, Russia's TN VED 10).
 *
 * @param digits the code, digits only
 */
public record HsCode(String digits) {
    public static final int MIN_DIGITS = 6;
    public static final int MAX_DIGITS = 10;

    public HsCode {
        String problem = problem(digits);
        if (problem != null) throw new IllegalArgumentException(problem);
    }

    /** A code as a person may type it ({@code 8542.31}, {@code 8542 31 00}): dots and blanks removed, then checked. */
    public static HsCode parseLenient(String text) {
        if (text == null) throw new IllegalArgumentException("no HS code given");
        return new HsCode(text.strip().replace(".", "").replace(" ", ""));
    }

    /** The six-digit HS subheading, e.g. {@code 854231}. */
    public String hs6() {
        return digits.substring(0, 6);
    }

    /** The four-digit HS heading, e.g. {@code 8542}. */
    public String hs4() {
        return digits.substring(0, 4);
    }

    /** The two-digit HS chapter, e.g. {@code 85}. */
    public String chapter() {
        return digits.substring(0, 2);
    }

    /** The HS-6 subheading written the usual way, {@code 8542.31}. */
    public static String dotted(String hs6) {
        return hs6.length() < 6 ? hs6 : hs6.substring(0, 4) + "." + hs6.substring(4, 6);
    }

    /**
     * Why the text is not a tariff code of 6 to 10 digits, or null when it is. The reasons are written
     * for the person who has to fix the file.
     */
    public static String problem(String s) {
        if (s == null || s.isEmpty()) return "no HS code";
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                if (c == '.' || c == ' ') return "HS code must be digits only, without dots or blanks ('" + s + "')";
                return "HS code must be 6 to 10 digits ('" + s + "')";
            }
        }
        if (s.length() < MIN_DIGITS || s.length() > MAX_DIGITS) {
            // A code read from a spreadsheet or a numeric column loses its leading zero (0101 21 -> 10121).
            String hint = s.length() == 5 || s.length() == 9 ? "; a leading zero lost by a numeric column?" : "";
            return "HS code has " + s.length() + " digits, it must have 6 to 10 ('" + s + "'" + hint + ")";
        }
        return null;
    }
}
