package org.chokepoint.detect.rank;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The risk of a party, from its flags. Each rule counts once. Its weight is that of its strongest record,
 * scaled by how much of the party's trade shows it: a pattern running through a fifth or more of its
 * records counts fully, an isolated record at 40% ({@code w · (0.4 + 0.6 · min(1, share / 0.2))}), since a
 * large distributor collects the odd weak flag by volume alone; rules that are decisive on one record
 * (a list match, a listed firm's identifier or address, embargoed arms) are not scaled. Repetition adds a
 * little ({@code · (1 + 0.05 · ln n)}), the result at most 0.95. Rules combine as independent signals:
 * {@code risk = 1 − Π (1 − w)}. A party that matches a list scores at least {@code 0.9 + 0.1 · score}.
 * Pure, thread-safe; version "risk-v2".
 */
public final class RiskModel {
    public static final String VERSION = "risk-v2";

    /** Rules whose one record is enough: not scaled by the share of the party's trade. */
    static final java.util.Set<String> DECISIVE = java.util.Set.of("listed_party", "owned_by_listed", "shared_identifier", "shared_address", "embargoed_arms");

    private RiskModel() {}

    /** The effective weight of one rule's flag on a party with {@code records} records in all. */
    public static double effective(FlagSummary f, long records) {
        double share = records <= 0 ? 1 : Math.min(1, f.count() / (double) records);
        double scale = DECISIVE.contains(f.rule()) ? 1 : 0.4 + 0.6 * Math.min(1, share / 0.2);
        double w = f.weight() * scale * (1 + 0.05 * Math.log(Math.max(1, f.count())));
        return Math.min(0.95, w);
    }

    /** Risk in [0, 1]. {@code listedScore} is the best list-match score, or 0 when unlisted. */
    public static double risk(List<FlagSummary> flags, long records, double listedScore) {
        double keep = 1;
        for (FlagSummary f : flags) keep *= 1 - effective(f, records);
        double r = 1 - keep;
        if (listedScore > 0) r = Math.max(r, 0.9 + 0.1 * listedScore);
        return Math.round(Math.min(1, Math.max(0, r)) * 10000) / 10000.0;
    }

    /** The flags strongest first (effective weight, then rule id): the order explanations cite them. */
    public static List<FlagSummary> ordered(List<FlagSummary> flags, long records) {
        return flags.stream().sorted(Comparator.comparingDouble((FlagSummary f) -> effective(f, records)).reversed().thenComparing(FlagSummary::rule)).toList();
    }

    /**
     * One or two sentences for a compliance analyst: what the party is (listed, or how many flags), its
     * trade in goods of concern, and the strongest flags with their facts.
     */
    public static String explain(String name, String country, String listedAs, List<FlagSummary> flags, long records, TradeProfile t) {
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
        List<FlagSummary> top = ordered(flags, records).stream().filter(f -> listedAs == null || !f.rule().equals("listed_party")).limit(2).toList();
        for (FlagSummary f : top) {
            b.append(f.title()).append(f.count() > 1 ? " (" + f.count() + " records): " : ": ").append(f.detail());
            if (!f.detail().endsWith(".")) b.append('.');
            b.append(' ');
        }
        return b.toString().strip();
    }

    /** "$2.3M", "$25k", "$800": amounts in the explanations and the network files' sentences. */
    public static String money(double usd) {
        if (usd >= 1e9) return String.format(Locale.ROOT, "$%.1fbn", usd / 1e9);
        if (usd >= 1e6) return String.format(Locale.ROOT, "$%.1fM", usd / 1e6);
        if (usd >= 1e3) return String.format(Locale.ROOT, "$%.0fk", usd / 1e3);
        return String.format(Locale.ROOT, "$%.0f", usd);
    }
}
