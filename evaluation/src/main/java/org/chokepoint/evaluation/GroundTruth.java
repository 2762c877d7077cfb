package org.chokepoint.evaluation;

import org.chokepoint.model.Entity;
import org.chokepoint.model.EntityName;
import org.chokepoint.model.Identifier;
import org.chokepoint.model.IdentifierType;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Positive benchmark queries from two independent publishers: a source entity (UK list, OpenSanctions)
 * and a target entity (OFAC SDN) that carry the same checksum-valid INN, OGRN, IMO or LEI are the same
 * party. The source's names become name queries (name, country and type only) that must find the target.
 *
 * <p>A name that could not decide the pair is not queried by name: one whose words make up less than half
 * of the shorter name's when compared with every target name (renamed vessels: "Atlantic Pride" for
 * "LA PRIDE"), and the names of branches, which share their parent's tax number but not its name. Every
 * pair still gives an identifier query. The rule uses {@link PlainTokens}, not the screening chain, so the
 * benchmark does not pick the queries the system happens to get right.
 */
public final class GroundTruth {
    /** Aliases queried per source entity besides its primary name, to keep big alias lists from dominating. */
    static final int ALIASES_PER_ENTITY = 2;
    private static final java.util.regex.Pattern BRANCH = java.util.regex.Pattern.compile("(?iu)\\b(branch|filial|филиал|філія)\\b");
    private static final Set<IdentifierType> TYPES = Set.of(IdentifierType.INN, IdentifierType.OGRN, IdentifierType.IMO, IdentifierType.LEI);

    private GroundTruth() {}

    /** Counts of how the pairs were used. */
    public record Built(List<EvalQuery> queries, int pairs, int undecidablePairs) {}

    public static Built build(List<Entity> target, List<Entity> source, String origin) {
        Map<String, Set<String>> byId = new HashMap<>();
        Map<String, Entity> targetById = new HashMap<>();
        for (Entity t : target) {
            targetById.put(t.id(), t);
            for (Identifier i : t.identifiers()) if (usable(i)) byId.computeIfAbsent(key(i), k -> new LinkedHashSet<>()).add(t.id());
        }
        List<EvalQuery> out = new ArrayList<>();
        int pairs = 0, undecidable = 0;
        for (Entity s : source) {
            Set<String> expected = new LinkedHashSet<>();
            Identifier shared = null;
            for (Identifier i : s.identifiers()) {
                Set<String> hits = usable(i) ? byId.get(key(i)) : null;
                if (hits != null) {
                    expected.addAll(hits);
                    if (shared == null) shared = i;
                }
            }
            if (expected.isEmpty()) continue;
            pairs++;
            String country = s.countries().isEmpty() ? null : s.countries().get(0);
            out.add(new EvalQuery(origin, "identifier", s.id(), s.name(), country, s.schema(),
                    shared.type().label().toUpperCase() + " " + shared.value(), Set.copyOf(expected)));
            List<List<String>> targetNames = new ArrayList<>();
            for (String id : expected) for (EntityName n : targetById.get(id).names()) targetNames.add(PlainTokens.tokens(n.value()));
            int before = out.size();
            Set<String> seen = new LinkedHashSet<>();
            int aliases = 0;
            for (EntityName n : s.names()) {
                boolean primary = n.kind() == org.chokepoint.model.NameKind.PRIMARY;
                if (!primary && aliases == ALIASES_PER_ENTITY) break;
                if (!seen.add(PlainTokens.text(n.value()))) continue; // the same words as a name already queried
                if (BRANCH.matcher(n.value()).find()) continue;     // a branch is named otherwise than its parent
                List<String> words = PlainTokens.tokens(n.value());
                if (targetNames.stream().noneMatch(t -> PlainTokens.nameCouldDecide(words, t))) continue;
                out.add(new EvalQuery(origin, primary ? "primary" : "alias", s.id(), n.value(), country, s.schema(), null, Set.copyOf(expected)));
                if (!primary) aliases++;
            }
            if (out.size() == before) undecidable++;
        }
        return new Built(out, pairs, undecidable);
    }

    /** Only numbers whose check digits hold and that name one party; IMO company numbers have no check and are left out. */
    private static boolean usable(Identifier i) {
        return TYPES.contains(i.type()) && i.valid() && (i.type() != IdentifierType.IMO || org.chokepoint.identifier.CheckDigits.validImo(i.value()));
    }

    private static String key(Identifier i) {
        return i.type().name() + ":" + i.value();
    }
}
