package org.chokepoint.detect.watchlist;

import org.chokepoint.text.NameNormalizer;
import org.chokepoint.text.NormalizedName;
import org.chokepoint.text.WordRuns;

import java.util.List;
import java.util.Set;

/**
 * Whether a listed entity that a declared maker's name matched could be that maker. The manufacturer field of a
 * customs record holds a brand ("Hikvision", "Chery", "Точмаш"), a name its owner spells one way, so a brand is
 * not screened the way a party is:
 * <ul>
 *   <li>the brand must be written in the listed name, word for word after normalisation (case, diacritics, legal
 *       forms, romanisation of another script; words written together or apart): "Hikvision" is in "Hangzhou
 *       Hikvision Digital Technology Co., Ltd.", but "Chery" (the car maker) is not the alias "Cherry", "Bayer" is
 *       not "BAJER S.R.L.", "Mazak" is not "MAZAKA GENERAL TRADING", however close the spellings of a party's
 *       name may be;</li>
 *   <li>the listed entity must be able to make goods: a name that says it trades, banks, ships or forwards
 *       ("LINGLONG TRADING GROUP FZE", the alias "HONOR BANK") is not the maker of tyres or phones that share its
 *       distinctive word. Such a firm in a consignment shows up as a party, where it is screened in full.</li>
 * </ul>
 * Pure and thread-safe.
 */
public final class DeclaredMaker {
    private DeclaredMaker() {}

    /**
     * Words (in the normalised, English-translated form the chain gives) of a business that does not manufacture.
     * "Commerce" and "import"/"export" name traders in many languages' firm names ("Vneshtorg", "Impex").
     */
    private static final Set<String> NOT_MAKING = Set.of("trading", "trade", "trader", "traders", "commerce", "commercial", "import", "export",
            "impex", "bank", "banking", "logistics", "shipping", "freight", "forwarding", "forwarder", "insurance", "leasing", "exchange",
            "brokerage", "broker", "investment", "investments", "finance", "financial", "credit", "airline", "airlines", "shipyard");

    /**
     * True when the listed entity of {@code hit} can be the maker declared as {@code brand}: judged on the name that
     * matched and the entity's primary name. Null or blank brand, or null hit: false.
     */
    public static boolean couldHaveMade(String brand, ListedHit hit) {
        if (brand == null || brand.isBlank() || hit == null) return false;
        NameNormalizer chain = NameNormalizer.standard();
        NormalizedName b = chain.normalize(brand);
        NormalizedName matched = chain.normalize(hit.matchedName());
        if (b.tokens().isEmpty() || !spelledIn(b, matched)) return false;
        return !notMaking(matched) && !notMaking(chain.normalize(hit.name()));
    }

    /** Some spelling of the brand, written together, equals consecutive words of some spelling of the listed name. */
    static boolean spelledIn(NormalizedName brand, NormalizedName listed) {
        for (List<String> b : brand.tokenLists()) {
            String joined = String.join("", b);
            for (List<String> l : listed.tokenLists()) {
                if (containsRun(l, joined)) return true;
            }
        }
        return false;
    }

    private static boolean containsRun(List<String> words, String joined) {
        for (int i = 0; i < words.size(); i++) if (WordRuns.spelledAt(words, i, joined, words.size()) > 0) return true;
        return false;
    }

    private static boolean notMaking(NormalizedName n) {
        for (String w : n.tokens()) if (NOT_MAKING.contains(w)) return true;
        for (String w : n.translated()) if (NOT_MAKING.contains(w)) return true;
        return false;
    }
}
