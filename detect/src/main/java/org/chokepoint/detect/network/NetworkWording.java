package org.chokepoint.detect.network;

import org.chokepoint.country.Countries;
import org.chokepoint.trade.goods.ChplTier;

import java.util.List;
import java.util.Locale;

/** How the network files word goods of concern, amounts and countries for a person. Pure; thread-safe. */
final class NetworkWording {
    private NetworkWording() {}

    /** A concern label of the trade table ("1", "3.A", "arms", "UAV", "aircraft parts") in words: "Tier 1 (integrated circuits)". */
    static String concern(String label) {
        return switch (label) {
            case "arms" -> "arms and ammunition";
            case "UAV" -> "UAVs";
            case "aircraft parts" -> "aircraft and UAV parts";
            default -> {
                ChplTier t = ChplTier.of(label);
                yield t == null ? "goods of concern" : t.label() + " (" + t.summary() + ")";
            }
        };
    }

    /** "$2.3M", "$25k", "$800". */
    static String money(double usd) {
        if (usd >= 1e9) return String.format(Locale.ROOT, "$%.1fbn", usd / 1e9);
        if (usd >= 1e6) return String.format(Locale.ROOT, "$%.1fM", usd / 1e6);
        if (usd >= 1e3) return String.format(Locale.ROOT, "$%.0fk", usd / 1e3);
        return String.format(Locale.ROOT, "$%.0f", usd);
    }

    /** "Germany", "Germany and the United States", "China, Germany and Turkey" (codes given, in that order). */
    static String countries(List<String> iso2) {
        List<String> names = iso2.stream().map(Countries::name).toList();
        if (names.isEmpty()) return "";
        if (names.size() == 1) return names.getFirst();
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.getLast();
    }

    static String plural(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
