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
 * <p>Pairs whose names share no word at all (renamed vessels, branches named otherwise than their parent)
 * cannot be decided by a name; they give identifier queries only. That rule uses {@link PlainTokens}, not
 * the screening chain, so the benchmark does not pick the queries the system happens to get right.
 */
public final class GroundTruth {
    /** Aliases queried per source entity besides its primary name, to keep big alias lists from dominating. */
    static final int ALIASES_PER_ENTITY = 2;
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
            List<String> targetWords = new ArrayList<>();
            for (String id : expected) for (EntityName n : targetById.get(id).names()) targetWords.addAll(PlainTokens.tokens(n.value()));
            List<String> sourceWords = new ArrayList<>();
            for (EntityName n : s.names()) sourceWords.addAll(PlainTokens.tokens(n.value()));
            if (!PlainTokens.shareAWord(sourceWords, targetWords)) {
                undecidable++;
                continue;
            }
            // Each name query must itself share a word with the target: a vessel's old name in the aliases does
            // not make its new primary name decidable.
            if (PlainTokens.shareAWord(PlainTokens.tokens(s.name()), targetWords)) {
                out.add(new EvalQuery(origin, "primary", s.id(), s.name(), country, s.schema(), null, Set.copyOf(expected)));
            }
            int aliases = 0;
            Set<String> seen = new LinkedHashSet<>(List.of(PlainTokens.text(s.name())));
            for (EntityName n : s.aliases()) {
                if (aliases == ALIASES_PER_ENTITY) break;
                if (!seen.add(PlainTokens.text(n.value()))) continue; // same words as a name already queried
                if (!PlainTokens.shareAWord(PlainTokens.tokens(n.value()), targetWords)) continue;
                out.add(new EvalQuery(origin, "alias", s.id(), n.value(), country, s.schema(), null, Set.copyOf(expected)));
                aliases++;
            }
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
