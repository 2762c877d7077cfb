package org.chokepoint.lists.opensanctions;

/**
 * Ownership shares as FollowTheMoney carries them: a string, written by many hands ("50", "50.5",
 * "50%", "50,5 %"). Anything else (ranges, "majority", a share above 100) is not guessed at: the
 * ownership is kept without a percentage, since a wrong share could cross the 50% rule either way.
 */
final class Percentages {
    private Percentages() {}

    /** The share in [0, 100], or null when the text is absent or not a plain percentage. */
    static Double parse(String text) {
        if (text == null) return null;
        String s = text.strip();
        if (s.endsWith("%")) s = s.substring(0, s.length() - 1).strip();
        s = s.replace(',', '.');
        if (!s.matches("\\d+(\\.\\d+)?|\\.\\d+")) return null;
        double v = Double.parseDouble(s);
        return v >= 0 && v <= 100 ? v : null;
    }
}
