package org.chokepoint.trade.generate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * The declarations of the planted parties, planned in advance as dated events and handed out in date
 * order: a hub company buying CHPL goods from producers and sending the same HS-6 on to Russia or
 * Belarus weeks later; a front company importing them; a supplier selling to Russia before the
 * invasion and to a hub after it; arms and drones from North Korea or Iran; bursts of dozens of small
 * consignments. The party's other patterns decorate some of its lines (always its first chance, then
 * by chance): a false description, a price far above the norm, a listed carrier. Some of each planted
 * party's lines are innocent. Not thread-safe.
 */
final class PlantedTrade {
    enum Kind { HUB_IMPORT, HUB_EXPORT, INNOCENT, FRONT_IMPORT, REROUTE_BEFORE, REROUTE_AFTER, ARMS, SPLIT }

    record Event(LocalDate day, long seq, Party party, Kind kind, Goods goods, Party counterpart) {}

    private static final Map<String, List<String>> MISDESCRIBED = Map.of(
            "uav", List.of("TOYS", "CHILDREN'S TOYS", "RADIO-CONTROLLED TOYS", "CIVIL USE EQUIPMENT"),
            "uav_parts", List.of("TOYS", "TOY PARTS", "CIVIL USE SPARE PARTS", "HOUSEHOLD GOODS"),
            "navigation", List.of("TOYS", "CIVIL EQUIPMENT", "HOUSEHOLD ELECTRONICS"),
            "cnc", List.of("CIVIL EQUIPMENT", "HOUSEHOLD EQUIPMENT", "SPARE PARTS"),
            "cnc_parts", List.of("SPARE PARTS", "AUTO SPARE PARTS", "SPARE PARTS FOR CIVIL USE", "HOUSEHOLD GOODS"),
            "arms", List.of("INDUSTRIAL EQUIPMENT", "CIVIL GOODS", "SPARE PARTS", "CONSTRUCTION MATERIALS"));
    private static final List<String> MISDESCRIBED_OTHER = List.of("SPARE PARTS", "HOUSEHOLD ELECTRONICS", "CIVIL USE GOODS", "TOYS");

    private final Population pop;
    private final GoodsCatalog goods;
    private final Carriers carriers;
    private final RandomGenerator rng;
    private final List<Event> events = new ArrayList<>();
    private final Map<Party, Set<Pattern>> shown = new HashMap<>();
    private int next;
    private long seq;

    PlantedTrade(Population pop, GoodsCatalog goods, Carriers carriers, RandomGenerator rng) {
        this.pop = pop;
        this.goods = goods;
        this.carriers = carriers;
        this.rng = rng;
    }

    /** Plans every planted party's events; {@code perParty} is the ordinary number of lines of a party. */
    void plan(double perParty) {
        for (Party p : pop.planted) {
            int n = (int) Math.max(10, Math.min(500, Math.round(perParty * (0.4 + 0.8 * rng.nextDouble()))));
            List<Goods> line = line(p);
            switch (p.archetype) {
                case HUB -> hub(p, n, line);
                case FRONT -> front(p, n, line);
                case REROUTER -> rerouter(p, n, line);
                case ARMS -> arms(p, n);
            }
            if (p.patterns.contains(Pattern.SPLIT_SHIPMENTS)) split(p, line);
        }
        events.sort(Comparator.comparing(Event::day).thenComparingLong(Event::seq));
    }

    int planned() {
        return events.size();
    }

    /** The next event due on or before the day, or null. */
    Event due(LocalDate day) {
        if (next < events.size() && !events.get(next).day().isAfter(day)) return events.get(next++);
        return null;
    }

    /** Events not yet handed out (a tiny scenario can end with some left). */
    int remaining() {
        return events.size() - next;
    }

    /** The CHPL goods a party deals in: two to four subheadings, drones, navigation and CNC more often when it misdescribes. */
    private List<Goods> line(Party p) {
        List<String> groups = p.patterns.contains(Pattern.DESCRIPTION_MISMATCH) ? List.of("uav_parts", "navigation", "cnc", "cnc_parts", "chip")
                : p.sector == Sector.MACHINERY ? List.of("cnc", "cnc_parts", "bearings", "test_equipment")
                : GoodsCatalog.CHPL_GROUPS;
        List<Goods> out = new ArrayList<>();
        int k = 2 + rng.nextInt(3);
        for (int i = 0; i < k * 3 && out.size() < k; i++) {
            Goods g = goods.pick(rng, groups);
            if (!out.contains(g)) out.add(g);
        }
        return out;
    }

    private void add(LocalDate day, Party p, Kind kind, Goods g, Party counterpart) {
        if (day.isAfter(pop.end)) return;
        events.add(new Event(day.isBefore(p.activeFrom) ? p.activeFrom : day, seq++, p, kind, g, counterpart));
    }

    private LocalDate evasionStart(Party p) {
        LocalDate after = Population.INVASION.plusDays(20);
        return p.activeFrom.isAfter(after) ? p.activeFrom : after;
    }

    private void hub(Party p, int n, List<Goods> line) {
        LocalDate from = evasionStart(p);
        int innocent = Math.max(1, n / 7);
        for (int i = 0; i < innocent; i++) add(pop.day(p.activeFrom, pop.end), p, Kind.INNOCENT, null, null);
        for (int i = innocent; i < n; i += 2) {
            LocalDate d = i == innocent ? from : pop.day(from, pop.end.minusDays(45));
            Goods g = Spellings.pick(line, rng);
            add(d, p, Kind.HUB_IMPORT, g, null);
            add(d.plusDays(5 + rng.nextInt(35)), p, Kind.HUB_EXPORT, g, russianBuyer());
            if (p.patterns.contains(Pattern.EMBARGOED_ARMS) && rng.nextInt(100) < 20) add(d.plusDays(rng.nextInt(20)), p, Kind.ARMS, null, russianBuyer());
        }
    }

    private void front(Party p, int n, List<Goods> line) {
        LocalDate from = evasionStart(p);
        int innocent = Math.max(1, n / 6);
        for (int i = 0; i < innocent; i++) add(pop.day(p.activeFrom, pop.end), p, Kind.INNOCENT, null, null);
        for (int i = innocent; i < n; i++) {
            LocalDate d = i == innocent ? from : pop.day(from, pop.end);
            add(d, p, Kind.FRONT_IMPORT, Spellings.pick(line, rng), null);
        }
    }

    private void rerouter(Party p, int n, List<Goods> line) {
        LocalDate before = Population.INVASION.minusDays(30);
        Party hub = pop.plantedHubs.isEmpty() || rng.nextInt(100) < 30 ? pop.hubParties.get(Sector.ELECTRONICS).pick(rng, pop.end) : pop.plantedHubs.pick(rng, pop.end);
        for (int i = 0; i < n; i++) {
            Goods g = Spellings.pick(line, rng);
            if (i < n / 2) add(pop.day(p.activeFrom, before), p, Kind.REROUTE_BEFORE, g, preWarBuyer());
            else add(pop.day(Population.INVASION.plusDays(30), pop.end), p, Kind.REROUTE_AFTER, g, hub);
        }
    }

    private void arms(Party p, int n) {
        for (int i = 0; i < n; i++) {
            LocalDate d = pop.day(p.activeFrom.isAfter(Population.INVASION) ? p.activeFrom : Population.INVASION.plusDays(60), pop.end);
            add(d, p, i % 8 == 7 ? Kind.INNOCENT : Kind.ARMS, null, russianBuyer());
        }
    }

    private void split(Party p, List<Goods> line) {
        Goods g = p.archetype == Archetype.REROUTER || rng.nextBoolean() ? goods.hs6("846693") : Spellings.pick(line, rng);
        int bursts = 1 + rng.nextInt(2);
        for (int b = 0; b < bursts; b++) {
            LocalDate d = pop.day(evasionStart(p), pop.end.minusDays(30));
            Party counterpart = p.archetype == Archetype.REROUTER ? pop.plantedHubs.isEmpty() ? pop.hubParties.get(Sector.ELECTRONICS).pick(rng, d)
                    : pop.plantedHubs.pick(rng, d) : russianBuyer();
            int count = 15 + rng.nextInt(35);
            for (int i = 0; i < count; i++) add(d.plusDays(rng.nextInt(21)), p, Kind.SPLIT, g, counterpart);
        }
    }

    /** Who receives goods in Russia or Belarus: a listed end user most often, else a front or an ordinary firm. */
    private Party russianBuyer() {
        int k = rng.nextInt(100);
        if (k < 60 && !pop.endUserPool.isEmpty()) return pop.endUserPool.pick(rng, pop.end);
        if (k < 85 && !pop.plantedFronts.isEmpty()) return pop.plantedFronts.pick(rng, pop.end);
        Party p = pop.russianBuyers.get(Sector.ELECTRONICS).pick(rng, pop.end);
        return p != null ? p : pop.endUserPool.pick(rng, pop.end);
    }

    private Party preWarBuyer() {
        if (rng.nextInt(100) < 30 && !pop.endUserPool.isEmpty()) return pop.endUserPool.pick(rng, pop.start);
        Party p = pop.russianBuyers.get(rng.nextBoolean() ? Sector.ELECTRONICS : Sector.MACHINERY).pick(rng, pop.start);
        return p != null ? p : pop.endUserPool.pick(rng, pop.start);
    }

    /** Fills {@code c} for the event on the day; returns null when the population lacks a needed counterpart. */
    Consignment write(Event e, LocalDate day, Consignment c) {
        Party p = e.party();
        Party other = e.counterpart();
        Consignment out = switch (e.kind()) {
            case HUB_IMPORT -> {
                Party seller = pop.producers.get(e.goods().group().startsWith("cnc") || e.goods().group().equals("bearings") ? Sector.MACHINERY : Sector.ELECTRONICS).pick(rng, day);
                boolean forwarded = p.patterns.contains(Pattern.FORWARDER_CONSIGNEE) && rng.nextInt(100) < 70;
                yield seller == null ? null : c.of(seller, p, e.goods(), forwarded ? "RU" : p.country);
            }
            case HUB_EXPORT, SPLIT -> p.archetype == Archetype.FRONT ? c.of(seller(day), p, e.goods(), p.country)
                    : c.of(p, other, e.goods(), other.country);
            case FRONT_IMPORT -> c.of(seller(day), p, e.goods(), p.country);
            case REROUTE_BEFORE, REROUTE_AFTER -> c.of(p, other, e.goods(), other.country);
            case ARMS -> {
                Goods g = goods.pick(rng, List.of("arms", "arms", "uav"));
                String from = p.country.equals("IR") || p.country.equals("KP") ? p.country : rng.nextBoolean() ? "IR" : "KP";
                c.of(p, other, g, other.country);
                c.origin = from;
                c.dispatch = from;
                yield c;
            }
            case INNOCENT -> innocent(p, day, c);
        };
        if (out == null || out.exporter == null || out.importer == null) return null;
        if (e.kind() == Kind.SPLIT) out.quantityFactor = 0.02 + 0.06 * rng.nextDouble();
        if (e.kind() != Kind.INNOCENT) decorate(p, out);
        return out;
    }

    private Party seller(LocalDate day) {
        if (!pop.plantedHubs.isEmpty() && rng.nextInt(100) < 70) return pop.plantedHubs.pick(rng, day);
        Party any = pop.producers.get(Sector.ELECTRONICS).pick(rng, day);
        for (int i = 0; i < 10; i++) {
            Party x = pop.producers.get(Sector.ELECTRONICS).pick(rng, day);
            if (x != null && x.country.equals("CN")) return x;
        }
        return any;
    }

    private Consignment innocent(Party p, LocalDate day, Consignment c) {
        List<String> groups = p.sector.unrelatedToChpl() || p.sector == Sector.LOGISTICS ? p.sector.groups : List.of("consumer_electronics", "appliances");
        if (p.archetype == Archetype.ARMS) {
            Party buyer = pop.otherBuyers.pick(rng, day);
            return buyer == null ? null : c.of(p, buyer, goods.pick(rng, List.of("food", "chemicals")), buyer.country);
        }
        Party seller = pop.producers.get(Sector.GENERAL).isEmpty() ? pop.producers.get(Sector.ELECTRONICS).pick(rng, day) : pop.producers.get(Sector.GENERAL).pick(rng, day);
        if (seller == null) seller = pop.producers.get(Sector.FOOD).pick(rng, day);
        return seller == null ? null : c.of(seller, p, goods.pick(rng, groups), p.country);
    }

    private void decorate(Party p, Consignment c) {
        Set<Pattern> done = shown.computeIfAbsent(p, k -> EnumSet.noneOf(Pattern.class));
        boolean toSanctioned = c.destination.equals("RU") || c.destination.equals("BY");
        if (p.patterns.contains(Pattern.DESCRIPTION_MISMATCH) && (!done.contains(Pattern.DESCRIPTION_MISMATCH) || rng.nextInt(100) < 50)) {
            c.description = Spellings.pick(MISDESCRIBED.getOrDefault(c.goods.group(), MISDESCRIBED_OTHER), rng);
            done.add(Pattern.DESCRIPTION_MISMATCH);
        }
        if (p.patterns.contains(Pattern.UNIT_VALUE_OUTLIER) && (!done.contains(Pattern.UNIT_VALUE_OUTLIER) || rng.nextInt(100) < 35)) {
            c.priceFactor = 8 + rng.nextDouble() * 32;
            done.add(Pattern.UNIT_VALUE_OUTLIER);
        }
        if (p.patterns.contains(Pattern.LISTED_CARRIER) && toSanctioned && (!done.contains(Pattern.LISTED_CARRIER) || rng.nextInt(100) < 40)) {
            c.carrier = carriers.listed(rng);
            done.add(Pattern.LISTED_CARRIER);
        }
    }
}
