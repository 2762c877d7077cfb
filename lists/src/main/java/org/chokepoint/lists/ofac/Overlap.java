package org.chokepoint.lists.ofac;

/**
 * Joins a truncated remarks field with its continuation in sdn_comments.csv. When both files come from
 * the same day the continuation starts exactly where the field was cut; when they do not, the two may
 * overlap, so the longest suffix of the first that is a prefix of the second is written once.
 */
final class Overlap {
    private Overlap() {}

    static String join(String head, String tail) {
        if (tail == null || tail.isEmpty()) return head;
        if (head == null || head.isEmpty()) return tail;
        if (head.endsWith(tail)) return head;
        int max = Math.min(head.length(), tail.length());
        for (int k = max; k >= 8; k--) {
            if (head.regionMatches(head.length() - k, tail, 0, k)) return head + tail.substring(k);
        }
        return head + tail;
    }
}
