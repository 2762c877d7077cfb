package org.chokepoint.trade.generate;

import org.chokepoint.model.Entity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * Creates the planted evasion parties: their kind, their patterns (usually two to four, sometimes one,
 * every pattern at least once in a scenario), and what the patterns require of them: a hub company for a
 * transshipment hub, a furniture, textile or food firm for a business mismatch, a logistics firm as
 * forwarder consignee, a listed entity's INN or address for a front, a first appearance after the
 * invasion for a new party.
 */
final class PlantedParties {
    private static final String[] HUB_COUNTRIES = {"AE", "HK", "TR", "KZ", "KG", "AM", "GE", "UZ", "CN", "RS", "IN"};
    private static final double[] HUB_WEIGHTS = {30, 20, 15, 10, 8, 5, 4, 4, 2, 1, 1};
    private static final String[] REROUTER_COUNTRIES = {"DE", "IT", "JP", "TW", "US", "NL", "CH", "KR", "GB", "FR", "CN"};

    private final Population pop;
    private final RandomGenerator rng;
    private final ListedParties listed;
    private final List<Entity> idSources;
    private final List<Entity> addressSources;

    PlantedParties(Population pop, RandomGenerator rng, ListedParties listed, List<Entity> idSources, List<Entity> addressSources) {
        this.pop = pop;
        this.rng = rng;
        this.listed = listed;
        this.idSources = new ArrayList<>(idSources);
        this.addressSources = new ArrayList<>(addressSources);
    }

    void create(int count) {
        List<Archetype> kinds = new ArrayList<>();
        List<Set<Pattern>> patterns = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Archetype a = i < Archetype.values().length ? Archetype.values()[i] : archetype();
            kinds.add(a);
            patterns.add(patterns(a));
        }
        // Every pattern at least once: give a missing one to the first party that can take it.
        for (Pattern p : Pattern.values()) {
            if (patterns.stream().anyMatch(s -> s.contains(p)) || !possible(p)) continue;
            for (int i = 0; i < count; i++) {
                Set<Pattern> s = patterns.get(i);
                if (kinds.get(i).allowed.contains(p) && s.size() < 4 && compatible(s, p)) {
                    s.add(p);
                    break;
                }
            }
        }
        for (int i = 0; i < count; i++) create(kinds.get(i), patterns.get(i));
    }

    private Archetype archetype() {
        int k = rng.nextInt(100);
        return k < 45 ? Archetype.HUB : k < 72 ? Archetype.FRONT : k < 87 ? Archetype.REROUTER : Archetype.ARMS;
    }

    private Set<Pattern> patterns(Archetype a) {
        Set<Pattern> s = EnumSet.noneOf(Pattern.class);
        if (a.core() != null) s.add(a.core());
        int wanted = rng.nextInt(100) < 15 ? 1 : 2 + rng.nextInt(3);
        for (int attempt = 0; s.size() < wanted && attempt < 20; attempt++) {
            Pattern p = a.allowed.get(rng.nextInt(a.allowed.size()));
            if (possible(p) && compatible(s, p)) s.add(p);
        }
        if (s.isEmpty()) s.add(idSources.isEmpty() ? Pattern.NEW_PARTY : Pattern.SHARED_IDENTIFIER);
        return s;
    }

    private static boolean compatible(Set<Pattern> s, Pattern p) {
        if (p == Pattern.BUSINESS_MISMATCH) return !s.contains(Pattern.FORWARDER_CONSIGNEE);
        if (p == Pattern.FORWARDER_CONSIGNEE) return !s.contains(Pattern.BUSINESS_MISMATCH);
        return true;
    }

    /** Whether the lists give what the pattern needs. */
    private boolean possible(Pattern p) {
        return switch (p) {
            case SHARED_IDENTIFIER -> !idSources.isEmpty();
            case SHARED_ADDRESS -> !addressSources.isEmpty();
            case LISTED_CARRIER -> !listed.vessels.isEmpty() || !listed.airlines.isEmpty();
            default -> true;
        };
    }

    private void create(Archetype a, Set<Pattern> patterns) {
        String cc = switch (a) {
            case HUB -> HUB_COUNTRIES[Population.weighted(HUB_WEIGHTS, rng)];
            case FRONT -> rng.nextInt(100) < 85 ? "RU" : "BY";
            case REROUTER -> REROUTER_COUNTRIES[rng.nextInt(REROUTER_COUNTRIES.length)];
            case ARMS -> rng.nextInt(100) < 45 ? "IR" : rng.nextInt(100) < 65 ? "KP" : "AE";
        };
        Role role = patterns.contains(Pattern.FORWARDER_CONSIGNEE) ? Role.FORWARDER
                : a == Archetype.REROUTER ? (rng.nextBoolean() ? Role.DISTRIBUTOR : Role.PRODUCER) : Role.TRADER;
        Sector sector = patterns.contains(Pattern.FORWARDER_CONSIGNEE) ? Sector.LOGISTICS
                : patterns.contains(Pattern.BUSINESS_MISMATCH) ? List.of(Sector.FURNITURE, Sector.TEXTILES, Sector.FOOD).get(rng.nextInt(3))
                : a == Archetype.REROUTER ? (rng.nextBoolean() ? Sector.ELECTRONICS : Sector.MACHINERY)
                : a == Archetype.ARMS ? Sector.GENERAL
                : List.of(Sector.ELECTRONICS, Sector.GENERAL, Sector.ELECTRONICS, Sector.MACHINERY).get(rng.nextInt(4));
        LocalDate from = patterns.contains(Pattern.NEW_PARTY)
                ? pop.day(Population.INVASION.plusDays(10), Population.INVASION.plusDays(480))
                : pop.start;
        String id = null;
        Entity idSource = null;
        if (patterns.contains(Pattern.SHARED_IDENTIFIER)) {
            idSource = idSources.remove(0);
            id = ListedParties.registryId(idSource);
        }
        Party p = pop.party(cc, role, sector, from, pop.end, 0.5 + rng.nextDouble(), true, id);
        if (p == null) return;
        if (patterns.contains(Pattern.SHARED_ADDRESS)) {
            Entity src = addressSources.remove(0);
            p = withAddress(p, ListedParties.street(src));
        }
        p.patterns.addAll(patterns);
        p.archetype = a;
        pop.planted.add(p);
        if (a == Archetype.HUB) pop.plantedHubs.add(p);
        if (a == Archetype.FRONT) pop.plantedFronts.add(p);
    }

    /** The same party at a listed entity's address (as published, and once in capitals). */
    private Party withAddress(Party p, String address) {
        Party q = new Party(p.partyId, p.country, p.role, p.sector, p.name, p.spellings, List.of(address, address.toUpperCase(java.util.Locale.ROOT)),
                p.declaredId, Math.max(p.idShare, 0.5), p.weight, p.activeFrom, p.activeTo, null, true);
        pop.parties.set(pop.parties.indexOf(p), q);
        return q;
    }
}
