package org.chokepoint.detect.rank;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The risk of a party, from its flags: each rule counts once, with the weight of its strongest record
 * raised a little by repetition ({@code w · (1 + 0.1 · ln n)}, at most 0.95), and the rules combine as
 * independent signals: {@code risk = 1 − Π (1 − w)}. A party that matches a list scores at least
 * {@code 0.9 + 0.1 · score}: it is the risk itself. Pure, thread-safe; version "risk-v1".
 */
public final class RiskModel {
    public static final String VERSION = "risk-v1";

    private RiskModel() {}

    /** The effective weight of one rule's flag. */
    public static double effective(FlagSummary f) {
        double w = f.weight() * (1 + 0.1 * Math.log(Math.max(1, f.count())));
        return Math.min(Math.max(f.weight(), Math.min(0.95, w)), 1.0);
    }

    /** Risk in [0, 1]. {@code listedScore} is the best list-match score, or 0 when unlisted. */
    public static double risk(List<FlagSummary> flags, double listedScore) {
        double keep = 1;
        for (FlagSummary f : flags) keep *= 1 - effective(f);
        double r = 1 - keep;
        if (listedScore > 0) r = Math.max(r, 0.9 + 0.1 * listedScore);
        return Math.round(Math.min(1, Math.max(0, r)) * 10000) / 10000.0;
    }

    /** The flags strongest first (effective weight, then rule id): the order explanations cite them. */
    public static List<FlagSummary> ordered(List<FlagSummary> flags) {
        return flags.stream().sorted(Comparator.comparingDouble(RiskModel::effective).reversed().thenComparing(FlagSummary::rule)).toList();
    }

    /**
     * One or two sentences for a compliance analyst: what the party is (listed, or how many flags), its
     * trade in goods of concern, and the strongest flags with their facts.
     */
    public static String explain(String name, String country, String listedAs, List<FlagSummary> flags, TradeProfile t) {
        StringBuilder b = new StringBuilder();
        if (listedAs != null) b.append(name).append(" (").append(country).append(") is listed: ").append(listedAs).append(". ");
        else if (flags.isEmpty()) b.append(name).append(" (").append(country).append(") raised no red flag. ");
        else b.append(name).append(" (").append(country).append(") is not listed but raised ").append(flags.size())
                .append(flags.size() == 1 ? " red flag. " : " red flags. ");
        if (t.concernSold() > 0) {
            b.append("Sold ").append(money(t.concernSold())).append(" of goods of concern");
            if (t.bannedSold() > 0) b.append(", ").append(money(t.bannedSold())).append(" of it to sanctioned destinations");
            b.append(" (").append(t.sold()).append(" shipments to ").append(t.buyers()).append(t.buyers() == 1 ? " buyer)" : " buyers)");
            if (t.concernBought() > 0) b.append("; bought ").append(money(t.concernBought())).append(" from ").append(t.sellers())
                    .append(t.sellers() == 1 ? " seller" : " sellers").append(t.sellerCountries().isEmpty() ? "" : " in " + String.join(", ", t.sellerCountries()));
            b.append(". ");
        } else if (t.concernBought() > 0) {
            b.append("Bought ").append(money(t.concernBought())).append(" of goods of concern from ").append(t.sellers())
                    .append(t.sellers() == 1 ? " seller" : " sellers").append(t.sellerCountries().isEmpty() ? "" : " in " + String.join(", ", t.sellerCountries())).append(". ");
        }
        List<FlagSummary> top = ordered(flags).stream().filter(f -> listedAs == null || !f.rule().equals("listed_party")).limit(2).toList();
        for (FlagSummary f : top) {
            b.append(f.title()).append(f.count() > 1 ? " (" + f.count() + " records): " : ": ").append(f.detail());
            if (!f.detail().endsWith(".")) b.append('.');
            b.append(' ');
        }
        return b.toString().strip();
    }

    static String money(double usd) {
        if (usd >= 1e9) return String.format(Locale.ROOT, "$%.1fbn", usd / 1e9);
        if (usd >= 1e6) return String.format(Locale.ROOT, "$%.1fM", usd / 1e6);
        if (usd >= 1e3) return String.format(Locale.ROOT, "$%.0fk", usd / 1e3);
        return String.format(Locale.ROOT, "$%.0f", usd);
    }
}
