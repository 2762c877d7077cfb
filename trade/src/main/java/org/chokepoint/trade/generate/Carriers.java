package org.chokepoint.trade.generate;

import org.chokepoint.model.Entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * Ordinary carriers by transport mode (names of real airlines, lines and hauliers, vessels with made-up
 * names and check-digit-valid IMO numbers that no list holds), and the listed vessels and airlines that
 * the lists name, for the listed-carrier pattern. Immutable after construction.
 */
final class Carriers {
    private static final Map<String, List<String>> ORDINARY = Map.of(
            "air", List.of("Lufthansa Cargo", "Emirates SkyCargo", "Turkish Cargo", "Cathay Cargo", "Qatar Airways Cargo", "Korean Air Cargo",
                    "China Southern Airlines Cargo", "FedEx Express", "DHL Aviation", "UPS Airlines", "Air China Cargo", "Singapore Airlines Cargo"),
            "road", List.of("DSV Road", "Raben Logistics", "Girteka Logistics", "Ekol Logistics", "Mars Logistics", "Dachser", "Kuehne+Nagel Road"),
            "rail", List.of("DB Cargo", "PKP Cargo", "KTZ Express", "Eurasian Rail Gateway", "Georgian Railway", "China Railway Express"),
            "post", List.of("DHL Express", "FedEx", "UPS", "EMS", "TNT"));
    private static final List<String> LINES = List.of("MAERSK", "MSC", "CMA CGM", "HAPAG-LLOYD", "COSCO SHIPPING", "EVERGREEN", "ONE", "YANG MING", "HMM", "ZIM");
    private static final List<String> SHIP_WORDS = List.of("AURORA", "HORIZON", "VALENCIA", "GENOA", "PIONEER", "LIBRA", "ORION", "VEGA",
            "ATLAS", "SERENITY", "HARMONY", "TRITON", "DELPHI", "POLARIS", "CASSIOPEIA", "MERIDIAN");

    private final Map<String, List<Carrier>> ordinary;
    private final List<Carrier> vessels = new ArrayList<>();
    final List<Carrier> listedVessels = new ArrayList<>();
    final List<Carrier> listedAirlines = new ArrayList<>();

    Carriers(ListedParties listed, NameCheck check, Set<String> listedIds, RandomGenerator rng) {
        Map<String, List<Carrier>> m = new java.util.TreeMap<>();
        for (String mode : List.of("air", "post", "rail", "road")) {
            List<Carrier> c = new ArrayList<>();
            for (String n : ORDINARY.get(mode)) if (!check.listed(n)) c.add(new Carrier(mode, n, ""));
            m.put(mode, c);
        }
        List<Carrier> lines = new ArrayList<>();
        for (String l : LINES) if (!check.listed(l)) lines.add(new Carrier("sea", l, ""));
        m.put("sea", lines);
        this.ordinary = m;
        for (String line : LINES) {
            for (int k = 0; k < 3; k++) {
                String name = line + " " + SHIP_WORDS.get(rng.nextInt(SHIP_WORDS.size()));
                String imo = imo(rng, listedIds);
                if (!check.listed(name)) vessels.add(new Carrier("sea", name, imo));
            }
        }
        for (Entity e : listed.vessels) listedVessels.add(new Carrier("sea", e.name(), ListedParties.imo(e)));
        for (Entity e : listed.airlines) listedAirlines.add(new Carrier("air", e.name(), ""));
    }

    /** An ordinary carrier for the mode; for sea, a vessel with its IMO number most of the time. */
    Carrier ordinary(String mode, RandomGenerator rng) {
        if (mode.equals("sea") && rng.nextInt(100) < 65 && !vessels.isEmpty()) return Spellings.pick(vessels, rng);
        List<Carrier> c = ordinary.get(mode);
        return c == null || c.isEmpty() ? new Carrier(mode, "", "") : Spellings.pick(c, rng);
    }

    /** A listed vessel or airline, or null when the lists hold none. */
    Carrier listed(RandomGenerator rng) {
        boolean air = !listedAirlines.isEmpty() && (listedVessels.isEmpty() || rng.nextBoolean());
        if (air) return Spellings.pick(listedAirlines, rng);
        return listedVessels.isEmpty() ? null : Spellings.pick(listedVessels, rng);
    }

    /** A 7-digit IMO number with a valid check digit, not one the lists hold. */
    static String imo(RandomGenerator rng, Set<String> taken) {
        while (true) {
            int[] d = new int[6];
            d[0] = 9;
            for (int i = 1; i < 6; i++) d[i] = rng.nextInt(10);
            int sum = 0;
            for (int i = 0; i < 6; i++) sum += d[i] * (7 - i);
            StringBuilder b = new StringBuilder();
            for (int x : d) b.append(x);
            String imo = b.append(sum % 10).toString();
            if (!taken.contains(imo)) return imo;
        }
    }
}
