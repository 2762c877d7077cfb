package org.chokepoint.trade.generate;

import org.chokepoint.model.Entity;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * The true parties of a scenario and the pools the trade is drawn from: legitimate producers,
 * distributors, traders, manufacturers, retailers and forwarders per country; listed end users taken
 * from the lists; planted evasion parties with their patterns. Names are unique per country, every
 * spelling belongs to one party of a country, and no drawn name screens against the lists. Built once
 * by {@link #build}, then only read (apart from what parties record about their use). Not thread-safe.
 */
final class Population {
    static final List<String> PRODUCERS = List.of("DE", "US", "JP", "TW", "KR", "NL", "FR", "IT", "CH", "GB", "CN");
    static final List<String> HUBS = List.of("AE", "HK", "TR", "KZ", "KG", "AM", "GE", "UZ", "CN", "IN", "RS");
    static final List<String> OTHERS = List.of("PL", "SA", "VN");
    static final LocalDate INVASION = LocalDate.of(2022, 2, 24);

    final List<Party> parties = new ArrayList<>();
    final List<Party> planted = new ArrayList<>();
    final List<Party> endUsers = new ArrayList<>();
    final Map<Sector, Pool> producers = new EnumMap<>(Sector.class);
    final Map<Sector, Pool> buyers = new EnumMap<>(Sector.class);
    final Map<Sector, Pool> hubParties = new EnumMap<>(Sector.class);
    final Map<Sector, Pool> russianBuyers = new EnumMap<>(Sector.class);
    final Pool russianExporters = new Pool();
    final Pool forwarders = new Pool();
    final Pool russianForwarders = new Pool();
    final Pool otherBuyers = new Pool();
    final Pool plantedHubs = new Pool();
    final Pool plantedFronts = new Pool();
    final Pool endUserPool = new Pool();
    /** Names re-drawn because they screened against a list. */
    int redrawn;

    private final RandomGenerator rng;
    private final NameCheck check;
    final LocalDate start;
    final LocalDate end;
    private final PartyIds ids;
    private final Set<String> names = new HashSet<>();
    private final Set<String> spellings = new HashSet<>();

    private Population(RandomGenerator rng, NameCheck check, LocalDate start, LocalDate end, Set<String> listedIds) {
        this.rng = rng;
        this.check = check;
        this.start = start;
        this.end = end;
        this.ids = new PartyIds(listedIds);
        for (Sector s : Sector.values()) {
            producers.put(s, new Pool());
            buyers.put(s, new Pool());
            hubParties.put(s, new Pool());
            russianBuyers.put(s, new Pool());
        }
    }

    /** How many parties a scenario of {@code records} records has: grows like records^0.4, far below records. */
    static int size(long records) {
        return (int) Math.max(150, Math.min(25_000, Math.round(20 * Math.pow(records, 0.4))));
    }

    static Population build(long records, LocalDate start, LocalDate end, ListedParties listed, NameCheck check, RandomGenerator rng) {
        Population p = new Population(rng, check, start, end, listed.identifierValues);
        int total = size(records);
        int plantedCount = (int) Math.max(6, Math.min(250, Math.round(total * 0.012)));
        int endUserCount = (int) Math.min(listed.endUsers.size(), Math.max(5, Math.min(60, records / 10_000)));
        List<Entity> shuffled = shuffle(listed.endUsers, rng);
        List<Entity> chosen = shuffled.subList(0, endUserCount);
        for (Entity e : chosen) p.endUser(e);
        List<Entity> idSources = new ArrayList<>(listed.withIdentifier);
        idSources.removeAll(chosen);
        List<Entity> addressSources = new ArrayList<>(listed.withAddress);
        addressSources.removeAll(chosen);
        p.legit(total - plantedCount - endUserCount);
        new PlantedParties(p, rng, listed, shuffle(idSources, rng), shuffle(addressSources, rng)).create(plantedCount);
        return p;
    }

    private static <T> List<T> shuffle(List<T> in, RandomGenerator rng) {
        List<T> out = new ArrayList<>(in);
        for (int i = out.size() - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            T t = out.get(i);
            out.set(i, out.get(j));
            out.set(j, t);
        }
        return out;
    }

    private void legit(int count) {
        String[] countries = {"DE", "US", "JP", "TW", "KR", "NL", "FR", "IT", "CH", "GB", "CN", "AE", "HK", "TR", "KZ", "KG", "AM", "GE", "UZ", "IN", "RS", "RU", "BY", "PL", "SA", "VN"};
        double[] weights = {7, 7, 4, 4, 3, 3, 3, 3, 2, 3, 9, 6, 5, 5, 3, 2, 1.5, 1.5, 1.5, 3, 1, 11, 2.5, 3, 2, 2};
        for (int i = 0; i < count; i++) {
            String cc = countries[weighted(weights, rng)];
            Role role = role(cc);
            Sector sector = sector(cc, role);
            LocalDate from = start;
            LocalDate to = end;
            int k = rng.nextInt(100);
            if (k < 12) from = day(start, end.minusDays(180));
            else if (k < 20) to = day(start.plusDays(365), end);
            double weight = Math.exp(1.1 * rng.nextGaussian()) * (role == Role.DISTRIBUTOR ? 2.5 : 1);
            Party p = party(cc, role, sector, from, to, weight, false, null);
            if (p != null) index(p);
        }
    }

    /** Puts a legitimate party into the pools its country, role and sector make it part of. */
    private void index(Party p) {
        boolean russian = p.country.equals("RU") || p.country.equals("BY");
        if (p.role == Role.FORWARDER) {
            (russian ? russianForwarders : forwarders).add(p);
            return;
        }
        if (russian) {
            if (p.role == Role.PRODUCER) russianExporters.add(p);
            else russianBuyers.get(p.sector).add(p);
            return;
        }
        if (PRODUCERS.contains(p.country) && (p.role == Role.PRODUCER || p.role == Role.DISTRIBUTOR)) producers.get(p.sector).add(p);
        if (p.role != Role.PRODUCER) buyers.get(p.sector).add(p);
        if (HUBS.contains(p.country)) hubParties.get(p.sector).add(p);
        if (!PRODUCERS.contains(p.country) && p.role != Role.PRODUCER) otherBuyers.add(p);
    }

    private Role role(String cc) {
        int k = rng.nextInt(100);
        if (cc.equals("RU") || cc.equals("BY")) return k < 30 ? Role.DISTRIBUTOR : k < 55 ? Role.MANUFACTURER : k < 78 ? Role.RETAILER : k < 88 ? Role.FORWARDER : Role.PRODUCER;
        if (PRODUCERS.contains(cc) && !cc.equals("CN")) return k < 50 ? Role.PRODUCER : k < 75 ? Role.DISTRIBUTOR : k < 88 ? Role.MANUFACTURER : k < 94 ? Role.FORWARDER : Role.RETAILER;
        if (cc.equals("CN")) return k < 55 ? Role.PRODUCER : k < 75 ? Role.TRADER : k < 85 ? Role.DISTRIBUTOR : k < 93 ? Role.MANUFACTURER : Role.FORWARDER;
        return k < 35 ? Role.TRADER : k < 55 ? Role.DISTRIBUTOR : k < 70 ? Role.MANUFACTURER : k < 85 ? Role.RETAILER : Role.FORWARDER;
    }

    private Sector sector(String cc, Role role) {
        int k = rng.nextInt(100);
        boolean russian = cc.equals("RU") || cc.equals("BY");
        return switch (role) {
            case FORWARDER -> Sector.LOGISTICS;
            case MANUFACTURER -> k < 40 ? Sector.ELECTRONICS : k < 80 ? Sector.MACHINERY : Sector.AUTOMOTIVE;
            case PRODUCER -> russian ? (k < 50 ? Sector.RAW_MATERIALS : k < 80 ? Sector.CHEMICALS : Sector.FOOD)
                    : k < 30 ? Sector.ELECTRONICS : k < 50 ? Sector.MACHINERY : k < 60 ? Sector.AUTOMOTIVE : k < 70 ? Sector.PHARMA
                    : k < 80 ? Sector.FOOD : k < 85 ? Sector.FURNITURE : k < 90 ? Sector.TEXTILES : k < 95 ? Sector.CHEMICALS : Sector.RAW_MATERIALS;
            default -> k < 25 ? Sector.ELECTRONICS : k < 50 ? Sector.GENERAL : k < 62 ? Sector.FOOD : k < 72 ? Sector.FURNITURE
                    : k < 82 ? Sector.TEXTILES : k < 90 ? Sector.PHARMA : Sector.AUTOMOTIVE;
        };
    }

    /** An index into {@code w} drawn in proportion to its (non-negative) weights; the last index when all are 0. */
    static int weighted(double[] w, RandomGenerator rng) {
        double sum = 0;
        for (double x : w) sum += x;
        double r = rng.nextDouble() * sum;
        for (int i = 0; i < w.length; i++) if ((r -= w[i]) < 0) return i;
        return w.length - 1;
    }

    LocalDate day(LocalDate from, LocalDate to) {
        long span = ChronoUnit.DAYS.between(from, to);
        return span <= 0 ? from : from.plusDays(rng.nextLong(span + 1));
    }

    /**
     * Draws a party with a fresh name, spellings, addresses and id, or returns null when no free name that
     * passes the screening check was found.
     *
     * @param id a declared id to use instead of a fresh one (a front company's borrowed number), or null
     */
    Party party(String cc, Role role, Sector sector, LocalDate from, LocalDate to, double weight, boolean tracked, String id) {
        CountryStyle style = NameVocabulary.style(cc);
        PartyName name = null;
        for (int attempt = 0; attempt < 30 && name == null; attempt++) {
            PartyName n = CompanyNames.draw(style, sector, parties, !tracked, rng);
            if (names.contains(key(cc, n.canonical()))) continue;
            if (check.listed(n.canonical()) || (n.cyrillic() != null && check.listed(n.core()))) {
                redrawn++;
                continue;
            }
            name = n;
        }
        if (name == null) return null;
        names.add(key(cc, name.canonical()));
        int variants = Math.min(8, (int) Math.round(Math.abs(rng.nextGaussian()) * 2 + Math.log1p(weight)));
        List<String> spelled = new ArrayList<>();
        spelled.add(name.canonical());
        for (String v : Spellings.variants(name, variants, rng)) if (!spellings.contains(key(cc, v))) spelled.add(v);
        for (String s : spelled) spellings.add(key(cc, s));
        List<String> addresses = Addresses.draw(style, rng.nextInt(3), rng);
        String declared = id != null ? id : rng.nextInt(100) < 70 ? ids.next(cc, rng) : null;
        Party p = new Party(String.format(Locale.ROOT, "P%06d", parties.size() + 1), cc, role, sector, name, spelled, addresses,
                declared, 0.2 + 0.7 * rng.nextDouble(), weight, from, to, null, tracked);
        parties.add(p);
        return p;
    }

    private void endUser(Entity e) {
        String cc = e.countries().contains("RU") ? "RU" : "BY";
        List<String> spelled = new ArrayList<>();
        for (String s : ListedSpellings.of(e, rng)) if (spellings.add(key(cc, s))) spelled.add(s);
        if (spelled.isEmpty()) return;
        String id = ListedParties.registryId(e);
        String addr = ListedParties.street(e);
        Party p = new Party(String.format(Locale.ROOT, "P%06d", parties.size() + 1), cc, Role.LISTED_END_USER,
                rng.nextBoolean() ? Sector.ELECTRONICS : Sector.MACHINERY, null, spelled, addr == null ? List.of() : List.of(addr),
                id, 0.3, 1 + rng.nextDouble() * 2, start, end, e, true);
        parties.add(p);
        endUsers.add(p);
        endUserPool.add(p);
    }

    private static String key(String cc, String s) {
        return cc + "|" + s.strip();
    }
}
