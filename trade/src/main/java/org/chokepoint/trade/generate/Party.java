package org.chokepoint.trade.generate;

import org.chokepoint.model.Entity;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * One true trade party of a scenario: its spellings, address spellings, declared id, activity window and,
 * for planted parties, its evasion patterns. Mutable only in what the generator records while writing
 * (which spellings it used, in which records it appeared). Not thread-safe.
 */
final class Party {
    final String partyId;
    final String country;
    final Role role;
    final Sector sector;
    final PartyName name;
    /** The canonical spelling first, then its variants; the canonical one is used most. */
    final List<String> spellings;
    final List<String> addresses;
    /** The registration or tax number as the party declares it, or null. */
    final String declaredId;
    /** How often a declaration carries the id, in [0, 1]. */
    final double idShare;
    /** Relative activity: how many declarations it appears in, compared with others of its kind. */
    final double weight;
    final LocalDate activeFrom;
    final LocalDate activeTo;
    final Set<Pattern> patterns = EnumSet.noneOf(Pattern.class);
    /** The listed entity behind a listed end user, or null. */
    final Entity listed;
    /** The kind of planted party, or null for a legitimate party or a listed end user. */
    Archetype archetype;

    private long usedSpellings;
    private boolean usedId;
    private long appearances;
    private final RecordIds records;

    Party(String partyId, String country, Role role, Sector sector, PartyName name, List<String> spellings, List<String> addresses,
          String declaredId, double idShare, double weight, LocalDate activeFrom, LocalDate activeTo, Entity listed, boolean tracked) {
        this.partyId = partyId;
        this.country = country;
        this.role = role;
        this.sector = sector;
        this.name = name;
        this.spellings = List.copyOf(spellings);
        this.addresses = List.copyOf(addresses);
        this.declaredId = declaredId;
        this.idShare = idShare;
        this.weight = weight;
        this.activeFrom = activeFrom;
        this.activeTo = activeTo;
        this.listed = listed;
        this.records = tracked ? new RecordIds() : null;
        if (spellings.isEmpty() || spellings.size() > 64) throw new IllegalArgumentException(partyId + ": 1 to 64 spellings");
    }

    boolean planted() {
        return !patterns.isEmpty();
    }

    boolean activeOn(LocalDate d) {
        return !d.isBefore(activeFrom) && !d.isAfter(activeTo);
    }

    /** A spelling for one declaration: the canonical one about half the time, else a variant. */
    String spell(RandomGenerator rng) {
        int i = spellings.size() == 1 || rng.nextInt(100) < 50 ? 0 : 1 + rng.nextInt(spellings.size() - 1);
        usedSpellings |= 1L << i;
        return spellings.get(i);
    }

    /** A spelling chosen by a caller (index into {@link #spellings}), recorded as used. */
    String spell(int i) {
        usedSpellings |= 1L << i;
        return spellings.get(i);
    }

    String address(RandomGenerator rng) {
        if (addresses.isEmpty() || rng.nextInt(100) < 25) return "";
        return addresses.get(addresses.size() == 1 || rng.nextInt(100) < 70 ? 0 : 1 + rng.nextInt(addresses.size() - 1));
    }

    String id(RandomGenerator rng) {
        if (declaredId == null || rng.nextDouble() >= idShare) return "";
        usedId = true;
        return declaredId;
    }

    /** The spellings used so far, in the order of {@link #spellings}. */
    List<String> usedSpellings() {
        return java.util.stream.IntStream.range(0, spellings.size()).filter(i -> (usedSpellings & (1L << i)) != 0)
                .mapToObj(spellings::get).toList();
    }

    boolean tracked() {
        return records != null;
    }

    /** Whether the declared id was written in some record. */
    boolean usedId() {
        return usedId;
    }

    long appearances() {
        return appearances;
    }

    void appearedIn(long recordNumber) {
        appearances++;
        if (records != null) records.add(recordNumber);
    }

    RecordIds records() {
        return records;
    }
}
