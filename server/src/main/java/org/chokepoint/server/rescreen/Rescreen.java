package org.chokepoint.server.rescreen;

import org.chokepoint.screening.Match;
import org.chokepoint.screening.ScorerV1;
import org.chokepoint.screening.Screener;
import org.chokepoint.screening.ScreeningQuery;
import org.chokepoint.server.findings.Findings;
import org.chokepoint.server.findings.ListMatch;
import org.chokepoint.server.findings.Party;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Screens every stored party again and merges the hits into the findings the desk serves. Hits are the
 * matches at or above the screening default threshold ({@link ScorerV1#DEFAULT_THRESHOLD}), at most
 * {@link #MATCHES_KEPT} per party; a findings party's matches that {@code detect} already reported are not
 * hits again. Stateless; thread-safe.
 */
public final class Rescreen {
    public static final int MATCHES_KEPT = 5;

    private Rescreen() {}

    /** The hits of every party of {@code detected} and every counterparty, by party id (parties without hits absent). */
    public static Map<String, List<ListMatch>> screen(Findings detected, List<Counterparty> register, Screener screener) {
        Map<String, List<ListMatch>> out = new ConcurrentHashMap<>();
        detected.parties().parallelStream().forEach(p -> {
            Set<String> known = new HashSet<>();
            p.listMatches().forEach(m -> known.add(m.entityId()));
            String ids = p.ids().isEmpty() ? null : String.join("; ", p.ids());
            List<ListMatch> hits = hits(screener, ScreeningQuery.of(p.name(), p.country(), null, ids, MATCHES_KEPT, ScorerV1.DEFAULT_THRESHOLD), known);
            if (!hits.isEmpty()) out.put(p.partyId(), hits);
        });
        register.parallelStream().forEach(cp -> {
            List<ListMatch> hits = hits(screener, ScreeningQuery.of(cp.name(), cp.country(), cp.type(), cp.identifier(), MATCHES_KEPT, ScorerV1.DEFAULT_THRESHOLD), Set.of());
            if (!hits.isEmpty()) out.put(cp.partyId(), hits);
        });
        return out;
    }

    private static List<ListMatch> hits(Screener screener, ScreeningQuery q, Set<String> known) {
        List<ListMatch> out = new ArrayList<>();
        for (Match m : screener.screen(q)) {
            if (!known.contains(m.entity().id())) out.add(new ListMatch(m.entity().list(), m.entity().id(), m.entity().name(), Math.min(1.0, m.score())));
        }
        return out;
    }

    /**
     * The findings the desk serves: {@code detected} with each party's re-screen hits added to its list
     * matches, followed by the counterparties with hits as parties of their own (id {@code cp:<id>}, no
     * shipment records), ranked after the detected parties by their best score.
     */
    public static Findings merge(Findings detected, Map<String, List<ListMatch>> hits, List<Counterparty> register) {
        if (hits.isEmpty()) return detected;
        List<Party> parties = new ArrayList<>(detected.parties().size());
        for (Party p : detected.parties()) {
            List<ListMatch> extra = hits.get(p.partyId());
            if (extra == null || extra.isEmpty()) {
                parties.add(p);
                continue;
            }
            List<ListMatch> all = new ArrayList<>(p.listMatches());
            all.addAll(extra);
            String note = "Re-screening after a list update matched " + describe(extra) + ".";
            parties.add(new Party(p.rank(), p.partyId(), p.name(), p.country(), p.aliases(), p.ids(), p.recordIds(), p.risk(), p.listed(), all, p.redFlags(),
                    p.explanation() == null ? note : p.explanation() + " " + note));
        }
        record Hit(Counterparty cp, List<ListMatch> matches, double best) {}
        List<Hit> registerHits = new ArrayList<>();
        for (Counterparty cp : register) {
            List<ListMatch> m = hits.get(cp.partyId());
            if (m != null && !m.isEmpty()) registerHits.add(new Hit(cp, m, m.stream().mapToDouble(ListMatch::score).max().orElse(0)));
        }
        registerHits.sort((a, b) -> Double.compare(b.best(), a.best()));
        int rank = parties.stream().mapToInt(Party::rank).max().orElse(0);
        for (Hit h : registerHits) {
            Counterparty cp = h.cp();
            parties.add(new Party(++rank, cp.partyId(), cp.name(), cp.country(), List.of(), cp.identifier() == null ? List.of() : List.of(cp.identifier()), List.of(),
                    h.best(), false, h.matches(), List.of(), "Counterparty register entry " + cp.id() + ": screening matched " + describe(h.matches()) + "."));
        }
        return new Findings(detected.directory(), parties, detected.shipments(), detected.summary());
    }

    private static String describe(List<ListMatch> matches) {
        List<String> parts = new ArrayList<>();
        for (ListMatch m : matches) parts.add(m.name() + " (" + m.entityId() + String.format(java.util.Locale.ROOT, ", %.2f)", m.score()));
        return String.join(", ", parts);
    }
}
