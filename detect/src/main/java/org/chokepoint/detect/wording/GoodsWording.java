package org.chokepoint.detect.wording;

import java.util.ArrayList;
import java.util.List;

/**
 * What a goods description says: which goods it names (with the HS chapters or headings they belong to),
 * whether it claims a harmless use, and whether it says nothing at all. Word lists in
 * {@code goods-words.tsv} and {@code declaration-wording.tsv}. Immutable, thread-safe.
 */
public final class GoodsWording {
    private static final GoodsWording STANDARD = new GoodsWording(
            Vocabulary.resource(GoodsWording.class, "goods-words.tsv"), Vocabulary.resource(GoodsWording.class, "declaration-wording.tsv"));

    /** Goods a description names and the tariff prefixes they are declared under. */
    public record Named(String label, List<String> hsPrefixes, boolean harmless) {
        public boolean fits(String hsCode) {
            for (String p : hsPrefixes) if (hsCode.startsWith(p)) return true;
            return false;
        }
    }

    /** What the description says. {@code concealing} holds the harmless-use words found, as labels. */
    public record Reading(List<Named> named, boolean concealing, boolean vague) {}

    private final Vocabulary goods;
    private final Vocabulary wording;

    GoodsWording(Vocabulary goods, Vocabulary wording) {
        this.goods = goods;
        this.wording = wording;
    }

    public static GoodsWording standard() {
        return STANDARD;
    }

    /** Declarations repeat the same few descriptions; reading each once saves most of the work. Bounded. */
    private final java.util.Map<String, Reading> memo = new java.util.concurrent.ConcurrentHashMap<>();
    private static final int MEMO_LIMIT = 200_000;

    public Reading read(String description) {
        if (description == null || description.isBlank()) return new Reading(List.of(), false, false);
        Reading known = memo.get(description);
        if (known != null) return known;
        Reading r = readOnce(description);
        if (memo.size() >= MEMO_LIMIT) memo.clear();
        memo.put(description, r);
        return r;
    }

    private Reading readOnce(String description) {
        // Folded once for the three look-ups.
        Vocabulary.Folded folded = Vocabulary.Folded.of(description);
        List<Named> named = new ArrayList<>();
        for (Vocabulary.Entry e : goods.find(folded)) named.add(new Named(e.label(), LinesOfBusiness.prefixes(e.value()), e.kind().equals("harmless")));
        boolean conceal = false;
        for (Vocabulary.Entry e : wording.find(folded)) if (e.label().equals("conceal")) conceal = true;
        return new Reading(named, conceal, named.isEmpty() && onlyVague(folded));
    }

    /** True when every word of the text belongs to a vague or harmless phrase (or is a number). */
    private boolean onlyVague(Vocabulary.Folded description) {
        String[] words = description.words();
        if (words.length == 0) return false;
        int i = 0;
        while (i < words.length) {
            if (words[i].chars().allMatch(Character::isDigit)) {
                i++;
                continue;
            }
            int n = wording.phraseAt(words, i);
            if (n == 0) return false;
            i += n;
        }
        return true;
    }
}
