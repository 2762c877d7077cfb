package org.chokepoint.detect.watchlist;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.chokepoint.model.Entity;
import org.chokepoint.model.Ownership;
import org.chokepoint.network.ownership.EuOwnershipRule;
import org.chokepoint.network.ownership.OfacFiftyPercentRule;
import org.chokepoint.network.ownership.OwnershipFinding;
import org.chokepoint.network.ownership.Stake;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The entities of a run blocked by ownership: computed once from the loaded lists and the ownership relations
 * (the lists' own, plus a user's file), under both rules of the network module, OFAC's aggregate 50%
 * ({@link OfacFiftyPercentRule}) and the EU's 50%-or-control ({@link EuOwnershipRule}). The owners the rules
 * start from are every <em>listed</em> entity of every current list ({@link #listed(Entity)}); an entity
 * that a list carries only because it is related to a listed one (an OpenSanctions company with
 * {@code "target": false} and no sanction) is not listed, but becomes screenable when a rule blocks it.
 * Immutable and thread-safe.
 */
public final class OwnershipBlocks {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One step of an ownership path: {@code ownerId} holds {@code percent} of, or controls, {@code assetId}. */
    public record Step(String ownerId, String assetId, double percent, boolean control, List<String> relationIds) {}

    private final Map<String, Entity> entities;
    private final Set<String> listed;
    private final List<Ownership> relations;
    private final List<String> inputs;
    private final Map<String, OwnershipFinding> ofac = new TreeMap<>();
    private final Map<String, OwnershipFinding> eu = new TreeMap<>();

    private OwnershipBlocks(Map<String, Entity> entities, Set<String> listed, List<Ownership> relations, List<String> inputs,
                            List<OwnershipFinding> ofac, List<OwnershipFinding> eu) {
        this.inputs = List.copyOf(inputs);
        this.entities = entities;
        this.listed = listed;
        this.relations = List.copyOf(relations);
        ofac.forEach(f -> this.ofac.put(f.entityId(), f));
        eu.forEach(f -> this.eu.put(f.entityId(), f));
    }

    /**
     * Applies both rules.
     *
     * @param entities  the entities of the current lists (the first of a repeated id is kept)
     * @param relations ownership relations; ids may name entities outside {@code entities} (intermediate companies
     *                  no list names). Two different relations with one id: {@link IllegalArgumentException}
     */
    public static OwnershipBlocks compute(Collection<Entity> entities, Collection<Ownership> relations) {
        return compute(entities, relations, List.of());
    }

    /**
     * As {@link #compute(Collection, Collection)}, with a description of where the relations came from
     * ("lists: 12 relations", "owners.csv: 4 rows read, 3 used, 1 rejected") for the run's summary.
     */
    public static OwnershipBlocks compute(Collection<Entity> entities, Collection<Ownership> relations, List<String> inputs) {
        Map<String, Entity> byId = new HashMap<>();
        Set<String> listed = new java.util.HashSet<>();
        for (Entity e : entities) {
            if (byId.putIfAbsent(e.id(), e) == null && listed(e)) listed.add(e.id());
        }
        List<Ownership> all = List.copyOf(relations);
        return new OwnershipBlocks(byId, Set.copyOf(listed), all, inputs, new OfacFiftyPercentRule().apply(all, listed),
                new EuOwnershipRule().apply(all, listed));
    }

    /**
     * Whether a list names the entity as a target. True for every entity of the sanctions lists; false only for
     * a FollowTheMoney record that says {@code "target": false} and carries no program (no Sanction names it):
     * OpenSanctions exports such records because a target owns them or is related to them.
     */
    public static boolean listed(Entity e) {
        String raw = e.raw();
        if (raw == null || raw.isEmpty() || raw.charAt(0) != '{' || !e.programs().isEmpty()) return true;
        try {
            JsonNode target = JSON.readTree(raw).get("target");
            return target == null || !target.isBoolean() || target.booleanValue();
        } catch (IOException notJson) {
            return true;
        }
    }

    /** Entities to screen trade parties against: the listed ones and those blocked by ownership, in input order. */
    public List<Entity> screenable(List<Entity> all) {
        return all.stream().filter(e -> listed.contains(e.id()) || blocked(e.id())).toList();
    }

    /** True when the entity is not listed but blocked by ownership under either rule. */
    public boolean blocked(String entityId) {
        return ofac.containsKey(entityId) || eu.containsKey(entityId);
    }

    /** The OFAC finding for the entity, or null. */
    public OwnershipFinding ofac(String entityId) {
        return ofac.get(entityId);
    }

    /** The EU finding for the entity, or null. */
    public OwnershipFinding eu(String entityId) {
        return eu.get(entityId);
    }

    /** OFAC findings, by entity id. */
    public List<OwnershipFinding> ofacFindings() {
        return List.copyOf(ofac.values());
    }

    /** EU findings, by entity id. */
    public List<OwnershipFinding> euFindings() {
        return List.copyOf(eu.values());
    }

    /** The relations the rules read (lists and user file). */
    public List<Ownership> relations() {
        return relations;
    }

    /** Where the relations came from, as given to {@link #compute(Collection, Collection, List)}; may be empty. */
    public List<String> inputs() {
        return inputs;
    }

    /** Entities blocked by ownership that no loaded list holds: no name, so no trade party can be screened to them. */
    public Set<String> blockedOutsideLists() {
        Set<String> out = new TreeSet<>();
        for (String id : ofac.keySet()) if (!entities.containsKey(id)) out.add(id);
        for (String id : eu.keySet()) if (!entities.containsKey(id)) out.add(id);
        return out;
    }

    /** The entity of the loaded lists with this id, or null (an id only a relation names). */
    public Entity entity(String id) {
        return entities.get(id);
    }

    /** The finding that explains the entity best: OFAC's when it blocks it, else the EU's, else null. */
    public OwnershipFinding finding(String entityId) {
        OwnershipFinding f = ofac.get(entityId);
        return f != null ? f : eu.get(entityId);
    }

    /**
     * The ownership path from a listed entity to {@code entityId} as steps, listed owner first (OFAC's path when
     * OFAC blocks it, else the EU's); empty when the entity is not blocked by ownership.
     */
    public List<Step> path(String entityId) {
        OwnershipFinding f = finding(entityId);
        if (f == null) return List.of();
        Map<String, OwnershipFinding> rule = ofac.containsKey(entityId) ? ofac : eu;
        List<String> ids = f.path();
        List<Step> steps = new ArrayList<>(ids.size() - 1);
        for (int i = 1; i < ids.size(); i++) {
            String owner = ids.get(i - 1);
            Stake s = rule.get(ids.get(i)).stakes().stream().filter(x -> x.ownerId().equals(owner)).findFirst().orElseThrow();
            steps.add(new Step(owner, ids.get(i), s.percent(), s.control(), s.relationIds()));
        }
        return steps;
    }

    /**
     * A sentence a person can check, e.g. "Blocked under OFAC's 50% rule and the EU rule: owned 55% by BETA
     * HOLDING (opensanctions:beta, not itself listed), which is owned 60% by ALPHA CORP (ofac-sdn:1, OFAC SDN,
     * listed)." followed, when several blocked owners add up, by their stakes. Null when not blocked.
     */
    public String explain(String entityId) {
        OwnershipFinding f = finding(entityId);
        if (f == null) return null;
        StringBuilder b = new StringBuilder("Blocked under ");
        if (ofac.containsKey(entityId)) b.append("OFAC's 50% rule").append(eu.containsKey(entityId) ? " and the EU ownership and control rule" : "");
        else b.append("the EU ownership and control rule (not OFAC's 50% rule, which counts no control)");
        b.append(": ");
        List<Step> steps = path(entityId);
        for (int i = steps.size() - 1; i >= 0; i--) {
            Step s = steps.get(i);
            b.append(i == steps.size() - 1 ? "" : ", which is ").append(held(s)).append(" by ").append(describe(s.ownerId()));
        }
        List<Stake> stakes = f.stakes();
        if (stakes.size() > 1) {
            b.append("; blocked owners hold ").append(percent(f.aggregatePercent())).append(" in aggregate (")
                    .append(stakes.stream().map(s -> name(s.ownerId()) + " " + (s.percent() > 0 ? percent(s.percent()) : "control"))
                            .collect(Collectors.joining(", ")))
                    .append(')');
        }
        return b.append('.').toString();
    }

    private static String held(Step s) {
        if (s.percent() > 0) return "owned " + percent(s.percent()) + (s.control() ? " and controlled" : "");
        return "controlled";
    }

    /** "NAME (id, LIST, listed)", "NAME (id, not itself listed)" or "id (in no loaded list)". */
    public String describe(String id) {
        Entity e = entities.get(id);
        if (e == null) return id + " (in no loaded list)";
        return e.name() + " (" + id + (listed.contains(id) ? ", " + e.list() + ", listed" : ", not itself listed") + ")";
    }

    /** The entity's primary name, or its id when no loaded list holds it. */
    public String name(String id) {
        Entity e = entities.get(id);
        return e == null ? id : e.name();
    }

    /** Percent capped at 100, at most two decimals, no trailing zeros: "55%", "33.33%". */
    static String percent(double p) {
        return java.math.BigDecimal.valueOf(Math.min(p, 100)).setScale(2, java.math.RoundingMode.HALF_UP).stripTrailingZeros().toPlainString() + "%";
    }

    /** Every id a relation names that no loaded list holds (intermediates only the user's file knows, or dangling references). */
    public Set<String> idsOutsideLists() {
        Set<String> out = new LinkedHashSet<>();
        for (Ownership o : relations) {
            if (!entities.containsKey(o.ownerId())) out.add(o.ownerId());
            if (!entities.containsKey(o.assetId())) out.add(o.assetId());
        }
        return out;
    }
}
