package org.chokepoint.trade.generate;

import java.time.LocalDate;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Ordinary trade, including what looks like evasion and is not: producers selling to distributors and
 * manufacturers everywhere; hub companies importing electronics for their own use or reselling them to
 * countries under no sanctions; Russia importing food, medicines, furniture and clothes directly and
 * through hubs; forwarders shipping ordinary goods; expensive machinery; CHPL goods sold to Russia by
 * ordinary firms before 24 February 2022 (and not after); Russian exports of raw materials. Now and
 * then an ordinary firm shows an isolated innocent signal: one very expensive consignment, or a forwarder
 * receiving CHPL goods for a destination under no sanctions. Not thread-safe.
 */
final class LegitTrade {
    private static final List<String> CONSUMER_SECTORS_RU = List.of("FOOD", "PHARMA", "FURNITURE", "TEXTILES", "GENERAL");
    private static final List<String> RU_ORDINARY_GROUPS = List.of("food", "pharma", "furniture", "textiles", "toys", "appliances");

    private final Population pop;
    private final GoodsCatalog goods;
    private final RandomGenerator rng;

    LegitTrade(Population pop, GoodsCatalog goods, RandomGenerator rng) {
        this.pop = pop;
        this.goods = goods;
        this.rng = rng;
    }

    /** Fills {@code c} with an ordinary consignment on the day; never null parties. */
    Consignment next(LocalDate day, Consignment c) {
        boolean prewar = day.isBefore(Population.INVASION);
        double[] w = {34, prewar ? 10 : 14, 6, 12, prewar ? 7 : 0, 5, 5, 7, 9};
        int kind = Population.weighted(w, rng);
        Consignment out = switch (kind) {
            case 0 -> world(day, c);
            case 1 -> hubOwnUse(day, c);
            case 2 -> hubResale(day, c);
            case 3 -> russiaOrdinary(day, c, prewar);
            case 4 -> russiaChplBeforeTheWar(day, c);
            case 5 -> forwarder(day, c);
            case 6 -> machinery(day, c, prewar);
            case 7 -> russianExport(day, c);
            default -> hubConsumer(day, c);
        };
        if (out == null) out = world(day, c);
        if (rng.nextInt(1500) == 0) out.priceFactor = 5 + rng.nextDouble() * 10;
        return out;
    }

    private Consignment world(LocalDate day, Consignment c) {
        Sector s = sector(List.of(Sector.ELECTRONICS, Sector.MACHINERY, Sector.AUTOMOTIVE, Sector.FOOD, Sector.PHARMA, Sector.FURNITURE,
                Sector.TEXTILES, Sector.CHEMICALS));
        Party seller = pop.producers.get(s).pick(rng, day);
        Party buyer = pop.buyers.get(s).pick(rng, day);
        if (seller == null || buyer == null || seller == buyer) return fallback(day, c);
        return c.of(seller, buyer, goods.pick(rng, s.groups), buyer.country);
    }

    /** Any producer to any buyer of general goods: always possible in a non-empty population. */
    private Consignment fallback(LocalDate day, Consignment c) {
        for (Sector s : Sector.values()) {
            Party seller = pop.producers.get(s).pick(rng, day);
            Party buyer = pop.otherBuyers.pick(rng, day);
            if (seller != null && buyer != null) return c.of(seller, buyer, goods.pick(rng, List.of("consumer_electronics", "food", "textiles")), buyer.country);
        }
        throw new IllegalStateException("the population has no producer or no buyer");
    }

    private Consignment hubOwnUse(LocalDate day, Consignment c) {
        Sector s = rng.nextInt(100) < 70 ? Sector.ELECTRONICS : Sector.MACHINERY;
        Party seller = pop.producers.get(s).pick(rng, day);
        Party buyer = pop.hubParties.get(s).pick(rng, day);
        if (seller == null || buyer == null) return null;
        return c.of(seller, buyer, goods.pick(rng, s.groups), buyer.country);
    }

    private Consignment hubResale(LocalDate day, Consignment c) {
        Party seller = pop.hubParties.get(Sector.ELECTRONICS).pick(rng, day);
        Party buyer = pop.otherBuyers.pick(rng, day);
        if (seller == null || buyer == null || seller == buyer) return null;
        return c.of(seller, buyer, goods.pick(rng, Sector.ELECTRONICS.groups), buyer.country);
    }

    private Consignment russiaOrdinary(LocalDate day, Consignment c, boolean prewar) {
        Sector s = Sector.valueOf(CONSUMER_SECTORS_RU.get(rng.nextInt(CONSUMER_SECTORS_RU.size())));
        Party buyer = pop.russianBuyers.get(s).pick(rng, day);
        if (buyer == null) return null;
        boolean viaHub = rng.nextInt(100) < (prewar ? 20 : 45);
        Party seller = viaHub ? pop.hubParties.get(s == Sector.PHARMA ? Sector.PHARMA : Sector.GENERAL).pick(rng, day) : pop.producers.get(s == Sector.GENERAL ? Sector.FOOD : s).pick(rng, day);
        if (seller == null) return null;
        List<String> groups = s == Sector.GENERAL ? RU_ORDINARY_GROUPS : s.groups;
        return c.of(seller, buyer, goods.pick(rng, groups), buyer.country);
    }

    private Consignment russiaChplBeforeTheWar(LocalDate day, Consignment c) {
        Sector s = rng.nextInt(100) < 65 ? Sector.ELECTRONICS : Sector.MACHINERY;
        Party seller = pop.producers.get(s).pick(rng, day);
        Party buyer = rng.nextInt(100) < 10 && !pop.endUserPool.isEmpty() ? pop.endUserPool.pick(rng, day) : pop.russianBuyers.get(s).pick(rng, day);
        if (seller == null || buyer == null) return null;
        List<String> chpl = s == Sector.ELECTRONICS ? List.of("chip", "rf", "components", "computing") : List.of("cnc", "cnc_parts", "bearings");
        return c.of(seller, buyer, goods.pick(rng, chpl), buyer.country);
    }

    private Consignment forwarder(LocalDate day, Consignment c) {
        boolean russian = rng.nextInt(100) < 15;
        Party fwd = (russian ? pop.russianForwarders : pop.forwarders).pick(rng, day);
        Sector s = sector(List.of(Sector.FOOD, Sector.FURNITURE, Sector.TEXTILES, Sector.AUTOMOTIVE, Sector.PHARMA, Sector.ELECTRONICS));
        Party seller = pop.producers.get(s).pick(rng, day);
        if (fwd == null || seller == null) return null;
        Goods g = s == Sector.ELECTRONICS ? goods.pick(rng, List.of("consumer_electronics")) : goods.pick(rng, s.groups);
        // An innocent signal: a forwarder now and then receives CHPL goods for a country under no sanctions.
        if (!russian && rng.nextInt(100) < 5) g = goods.pick(rng, List.of("chip", "components", "bearings"));
        return c.of(seller, fwd, g, fwd.country);
    }

    private Consignment machinery(LocalDate day, Consignment c, boolean prewar) {
        Party seller = pop.producers.get(Sector.MACHINERY).pick(rng, day);
        Party buyer = prewar && rng.nextInt(100) < 10 ? pop.russianBuyers.get(Sector.MACHINERY).pick(rng, day) : pop.buyers.get(Sector.MACHINERY).pick(rng, day);
        if (seller == null || buyer == null || seller == buyer) return null;
        return c.of(seller, buyer, goods.pick(rng, List.of("cnc", "machinery")), buyer.country);
    }

    private Consignment russianExport(LocalDate day, Consignment c) {
        Party seller = pop.russianExporters.pick(rng, day);
        Party buyer = pop.otherBuyers.pick(rng, day);
        if (seller == null || buyer == null) return null;
        return c.of(seller, buyer, goods.pick(rng, seller.sector.groups), buyer.country);
    }

    private Consignment hubConsumer(LocalDate day, Consignment c) {
        Party buyer = pop.hubParties.get(Sector.GENERAL).pick(rng, day);
        Party seller = pop.producers.get(Sector.ELECTRONICS).pick(rng, day);
        if (buyer == null || seller == null) return null;
        return c.of(seller, buyer, goods.pick(rng, List.of("consumer_electronics", "appliances", "toys")), buyer.country);
    }

    private Sector sector(List<Sector> options) {
        return options.get(rng.nextInt(options.size()));
    }
}
