package org.chokepoint.detect.watchlist;

import org.chokepoint.identifier.IdentifierText;
import org.chokepoint.model.Entity;
import org.chokepoint.model.Identifier;
import org.chokepoint.model.IdentifierType;
import org.chokepoint.model.Schema;
import org.chokepoint.screening.Match;
import org.chokepoint.screening.ScorerV1;
import org.chokepoint.screening.Screener;
import org.chokepoint.screening.ScreeningQuery;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The loaded lists as the detector asks them: screen a trade party, a carrier or a manufacturer by name
 * (the screening engine, {@link Screener}); find listed entities by an identifier value (a front reusing a
 * listed firm's INN, a vessel by IMO); find listed entities at an address ({@link AddressIndex}).
 * Screening results are memoised, since the same names recur across millions of records. The entities
 * indexed are the listed ones and those blocked by ownership ({@link OwnershipBlocks}); an entity a list
 * carries only as a relation of a listed one is left out. Thread-safe.
 */
public final class ListedIndex {
    /** Identifier types whose value names one register entry; a match on them is evidence on its own. */
    static final java.util.Set<IdentifierType> REGISTERS = java.util.EnumSet.of(
            IdentifierType.INN, IdentifierType.OGRN, IdentifierType.OKPO, IdentifierType.IMO, IdentifierType.LEI,
            IdentifierType.REGISTRATION, IdentifierType.TAX, IdentifierType.SWIFT);

    private final Screener screener;
    private final Map<String, Entity> byId = new HashMap<>();
    /** Each register number's holders, with the number as the list gives it (its register and country). */
    private final Map<String, List<Held>> byIdentifier = new HashMap<>();
    private final AddressIndex addresses;
    private final double threshold;
    private final Map<String, List<ListedHit>> memo = new ConcurrentHashMap<>();
    private final OwnershipBlocks ownership;
    private volatile ListedNames names;

    private ListedIndex(List<Entity> entities, Screener screener, double threshold, OwnershipBlocks ownership) {
        this.screener = screener;
        this.threshold = threshold;
        this.ownership = ownership;
        for (Entity e : entities) {
            byId.put(e.id(), e);
            for (Identifier id : e.identifiers()) {
                if (!REGISTERS.contains(id.type())) continue;
                String key = identifierKey(id.value());
                if (key.length() >= 6) byIdentifier.computeIfAbsent(key, k -> new ArrayList<>(2)).add(new Held(e, id));
            }
        }
        this.addresses = AddressIndex.of(entities);
    }

    /** Builds the index without ownership relations (the screening index takes a few seconds for all lists). */
    public static ListedIndex build(List<Entity> entities, double threshold) {
        return build(entities, OwnershipBlocks.compute(entities, List.of()), threshold);
    }

    /**
     * Builds the index over the entities {@code ownership} finds listed or blocked by ownership.
     *
     * @param ownership computed from the same {@code entities}
     */
    public static ListedIndex build(List<Entity> entities, OwnershipBlocks ownership, double threshold) {
        return build(entities, ownership, threshold, Screener::build);
    }

    /**
     * As {@link #build(List, OwnershipBlocks, double)}, with the screener of the screenable entities made by
     * {@code screener} (for instance read from an index kept on disk, which must answer as {@link Screener#build} would).
     */
    public static ListedIndex build(List<Entity> entities, OwnershipBlocks ownership, double threshold,
                                    java.util.function.Function<List<Entity>, Screener> screener) {
        List<Entity> screenable = ownership.screenable(entities);
        return new ListedIndex(screenable, screener.apply(screenable), threshold, ownership);
    }

    public static ListedIndex build(List<Entity> entities) {
        return build(entities, ScorerV1.DEFAULT_THRESHOLD);
    }

    /** Which entities are blocked by ownership, and why. */
    public OwnershipBlocks ownership() {
        return ownership;
    }

    /**
     * The listed firms' names by their words, for resolution ({@link ListedNames}): built when first asked for, from the
     * names as the screening index read them, once.
     */
    public ListedNames names() {
        ListedNames n = names;
        if (n != null) return n;
        synchronized (this) {
            if (names == null) names = ListedNames.of(screener::forEachName, org.chokepoint.text.NameNormalizer.standard());
            return names;
        }
    }

    public int entityCount() {
        return byId.size();
    }

    public double threshold() {
        return threshold;
    }

    public Entity entity(String id) {
        return byId.get(id);
    }

    /**
     * Listed entities matching a party: name (any script) with its country and declared identifier as
     * extra evidence, at or above the threshold, best first, at most {@code limit}.
     */
    public List<ListedHit> screen(String name, String country, String identifierText, Schema schema, int limit) {
        return screen(name, country, identifierText, schema, limit, threshold);
    }

    /** As {@link #screen(String, String, String, Schema, int)} with another minimum score. */
    public List<ListedHit> screen(String name, String country, String identifierText, Schema schema, int limit, double minScore) {
        return screen(name, null, country, identifierText, schema, limit, minScore);
    }

    /**
     * As {@link #screen(String, String, String, Schema, int, double)}, with the name already normalised by
     * {@link org.chokepoint.text.NameNormalizer#standard()} ({@code normalised}, or null), which the screener then need
     * not do again ({@link Screener#screenNormalised}): the same answer, remembered under the same key.
     */
    public List<ListedHit> screen(String name, org.chokepoint.text.NormalizedName normalised, String country, String identifierText, Schema schema,
                                  int limit, double minScore) {
        String key = name + '\u0000' + country + '\u0000' + identifierText + '\u0000' + schema + '\u0000' + limit + '\u0000' + minScore;
        return memo.computeIfAbsent(key, k -> {
            List<Identifier> ids = identifierText == null || identifierText.isBlank() ? List.of() : IdentifierText.parse(identifierText);
            List<Match> matches = screener.screenNormalised(new ScreeningQuery(name, country, schema, ids, limit, minScore), normalised);
            List<ListedHit> out = new ArrayList<>(matches.size());
            for (Match m : matches) {
                out.add(new ListedHit(m.entity().id(), m.entity().list(), m.entity().name(), m.matchedName().value(), m.score(), m.explanation()));
            }
            return List.copyOf(out);
        });
    }

    /**
     * Whether a hit's entity is of one of {@code kinds} (a trade party is never a vessel, a carrier never a person):
     * the kind of the listed entity, not of the query, decides. An entity this index does not hold is of none.
     */
    public boolean isOf(ListedHit hit, java.util.Set<Schema> kinds) {
        Entity e = byId.get(hit.entityId());
        return e != null && kinds.contains(e.schema());
    }

        /** Listed entities that hold this identifier value (digits and letters compared, separators ignored). */
    public List<Entity> byIdentifier(String value) {
        return byIdentifier(value, null);
    }

    /**
     * Listed entities that hold this identifier value as a number a party of {@code country} can hold. A number of a
     * national register the list ties to another country counts only when it is long enough not to meet by chance: a Hong
     * Kong firm's eight-digit business registration number is a Russian firm's eight-digit OKPO code as often as the two
     * number spaces overlap, whereas ten digits and more (an INN, an OGRN, a Chinese USCC) meet by chance about never, and
     * a front abroad that declares a listed firm's INN is what {@code shared_identifier} looks for. IMO numbers, LEIs and
     * SWIFT codes are one register worldwide. Null country: every holder.
     */
    public List<Entity> byIdentifier(String value, String country) {
        if (value == null) return List.of();
        List<Entity> found = new ArrayList<>();
        for (Identifier id : IdentifierText.parse(value)) {
            String key = identifierKey(id.value());
            List<Held> l = byIdentifier.get(key);
            if (l == null) continue;
            for (Held h : l) {
                if (!holdable(h.identifier(), key, country)) continue;
                if (found.stream().noneMatch(f -> f.id().equals(h.entity().id()))) found.add(h.entity());
            }
        }
        return found;
    }

    /** A number by which a party of {@code country} may be the listed holder ({@link #byIdentifier(String, String)}). */
    static boolean holdable(Identifier listed, String key, String country) {
        if (country == null || listed.country() == null || listed.country().equalsIgnoreCase(country)) return true;
        if (GLOBAL_REGISTERS.contains(listed.type())) return true;
        return key.length() >= UNLIKELY_BY_CHANCE;
    }

    /** Registers of one numbering worldwide. */
    private static final java.util.Set<IdentifierType> GLOBAL_REGISTERS = java.util.EnumSet.of(IdentifierType.IMO, IdentifierType.LEI, IdentifierType.SWIFT);

    /** Characters from which one national register's number meets another's by chance about never. */
    private static final int UNLIKELY_BY_CHANCE = 10;

    private record Held(Entity entity, Identifier identifier) {}

    /** Listed entities registered at an address like this one, with the address that matched. */
    public List<AddressIndex.AddressHit> atAddress(String address, String country) {
        return addresses.find(address, country);
    }

    static String identifierKey(String value) {
        StringBuilder b = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isLetterOrDigit(c)) b.append(Character.toUpperCase(c));
        }
        String k = b.toString();
        return k.startsWith("IMO") ? k.substring(3) : k.toUpperCase(Locale.ROOT);
    }
}
