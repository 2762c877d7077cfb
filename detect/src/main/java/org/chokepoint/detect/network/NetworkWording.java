package org.chokepoint.detect.network;

import org.chokepoint.country.Countries;
import org.chokepoint.trade.goods.ChplTier;

import java.util.List;

/** How the network files word goods of concern and countries for a person (amounts: {@code RiskModel.money}). Pure; thread-safe. */
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
