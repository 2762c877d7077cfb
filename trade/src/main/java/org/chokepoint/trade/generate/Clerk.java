package org.chokepoint.trade.generate;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * Writes a consignment as a declaration line of formats.md §1, as a clerk would: a spelling of each
 * party, sometimes its address and id, the tariff code with national digits, a description, quantity,
 * unit, weight and value with a log-normal spread around the goods' norms, the transport mode and
 * carrier; optional fields are sometimes left empty. Not thread-safe.
 */
final class Clerk {
    static final int COLUMNS = 23;
    /** Countries between which goods go by road or rail. */
    private static final Set<String> OVERLAND = Set.of("DE", "NL", "FR", "IT", "CH", "PL", "RS", "TR", "GE", "AM", "RU", "BY", "KZ", "KG", "UZ", "CN");

    private final RandomGenerator rng;
    private final Carriers carriers;

    Clerk(RandomGenerator rng, Carriers carriers) {
        this.rng = rng;
        this.carriers = carriers;
    }

    /** Fills {@code row} (23 fields, the formats.md §1 order) for the consignment. */
    void write(String recordId, LocalDate date, Consignment c, String[] row) {
        Goods g = c.goods;
        row[0] = recordId;
        row[1] = date.toString();
        row[2] = c.exporter.spell(rng);
        row[3] = c.exporter.country;
        row[4] = c.exporter.address(rng);
        row[5] = c.exporter.id(rng);
        row[6] = c.importer.spell(rng);
        row[7] = c.importer.country;
        row[8] = c.importer.address(rng);
        row[9] = c.importer.id(rng);
        row[10] = g.makers().isEmpty() || rng.nextInt(100) < 35 ? "" : Spellings.pick(g.makers(), rng);
        row[11] = c.origin != null ? c.origin : rng.nextInt(100) < 25 ? "" : origin(c);
        row[12] = c.dispatch != null ? c.dispatch : "";
        row[13] = c.destination;
        row[14] = tariffCode(g.hs6());
        row[15] = c.description != null ? c.description : rng.nextInt(100) < 4 ? "" : describe(g);
        double quantity = Math.max(1, Math.round(g.medianQuantity() * Math.exp(0.9 * rng.nextGaussian()) * c.quantityFactor));
        double price = g.usdPerUnit() * Math.exp(0.45 * rng.nextGaussian()) * c.priceFactor;
        boolean noQuantity = rng.nextInt(100) < 6;
        row[16] = noQuantity ? "" : Long.toString((long) quantity);
        row[17] = noQuantity ? "" : g.unit();
        row[18] = rng.nextInt(100) < 8 ? "" : decimal(Math.max(0.1, quantity * g.kgPerUnit() * Math.exp(0.15 * rng.nextGaussian())), 1);
        row[19] = decimal(Math.max(1, quantity * price), 2);
        Carrier carrier = c.carrier != null ? c.carrier : carriers.ordinary(mode(c, quantity * g.kgPerUnit()), rng);
        boolean blank = c.carrier == null && rng.nextInt(100) < 5;
        row[20] = blank ? "" : carrier.mode();
        row[21] = c.carrier == null && rng.nextInt(100) < 12 ? "" : carrier.name();
        row[22] = carrier.imo();
    }

    private String origin(Consignment c) {
        if (c.exporter.role == Role.PRODUCER) return c.exporter.country;
        return Population.PRODUCERS.get(rng.nextInt(Population.PRODUCERS.size()));
    }

    private String tariffCode(String hs6) {
        int k = rng.nextInt(10);
        if (k < 3) return hs6;
        if (k < 7) return hs6 + (rng.nextBoolean() ? "00" : "9" + rng.nextInt(10));
        return hs6 + (rng.nextBoolean() ? "0000" : "00" + rng.nextInt(10) + "0");
    }

    private String describe(Goods g) {
        String d = Spellings.pick(g.descriptions(), rng);
        int k = rng.nextInt(10);
        if (k == 0) return d.toLowerCase(Locale.ROOT);
        if (k == 1 && !g.makers().isEmpty()) return d + ", " + Spellings.pick(g.makers(), rng).toUpperCase(Locale.ROOT);
        return d;
    }

    private String mode(Consignment c, double kg) {
        String from = c.dispatch != null ? c.dispatch : c.exporter.country;
        boolean overland = OVERLAND.contains(from) && OVERLAND.contains(c.destination);
        int k = rng.nextInt(100);
        if (kg > 5000) return overland ? (k < 50 ? "rail" : "road") : "sea";
        if (kg < 30 && k < 30) return "post";
        if (overland) return k < 60 ? "road" : k < 80 ? "rail" : "air";
        return k < 60 ? "air" : "sea";
    }

    /** A non-negative amount in plain decimal notation with at most {@code places} decimals and no trailing zeros. */
    static String decimal(double v, int places) {
        long scale = places == 1 ? 10 : 100;
        long n = Math.round(v * scale);
        long whole = n / scale;
        long frac = n % scale;
        if (frac == 0) return Long.toString(whole);
        String f = places == 1 ? Long.toString(frac) : (frac < 10 ? "0" + frac : Long.toString(frac));
        if (f.endsWith("0")) f = f.substring(0, f.length() - 1);
        return whole + "." + f;
    }

    static List<String> header() {
        return java.util.Arrays.stream(org.chokepoint.trade.record.ShipmentColumn.values()).map(org.chokepoint.trade.record.ShipmentColumn::column).toList();
    }
}
