package org.chokepoint.evaluation;

import org.chokepoint.screening.Match;
import org.chokepoint.screening.ScorerV1;
import org.chokepoint.screening.Screener;
import org.chokepoint.screening.ScreeningQuery;

import java.util.List;

/** Chokepoint's screener as a benchmark contestant. */
public record ScreenerMatcher(Screener screener, double threshold) implements NameMatcher {
    @Override
    public String name() {
        return "chokepoint " + ScorerV1.NAME;
    }

    @Override
    public List<Candidate> top(EvalQuery q, int k) {
        ScreeningQuery sq = ScreeningQuery.of(q.name(), q.country(), q.schema().label(), q.identifier(), k, 0.0);
        return screener.screen(sq).stream().map((Match m) -> new Candidate(m.entity().id(), m.score())).toList();
    }
}
