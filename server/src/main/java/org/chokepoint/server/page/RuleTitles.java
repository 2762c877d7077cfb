package org.chokepoint.server.page;

import org.chokepoint.detect.flags.RuleInfo;
import org.chokepoint.detect.flags.Rulebook;
import org.chokepoint.detect.flags.SanctionsPolicy;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The title and one-line description of each red-flag rule id, taken from the detector's own rule book, so
 * pages say what a flag means next to it with the same words as docs/red-flags.md and report.html. Unknown
 * ids come back as themselves. Thread-safe (read once).
 */
public final class RuleTitles {
    private static final Map<String, RuleInfo> RULES = Rulebook.standard(SanctionsPolicy.STANDARD).infos().stream()
            .collect(Collectors.toUnmodifiableMap(RuleInfo::id, Function.identity()));

    private RuleTitles() {}

    public static String title(String rule) {
        RuleInfo i = RULES.get(rule);
        return i == null ? rule : i.title();
    }

    /** What the rule detects, or null when the id is not known. */
    public static String description(String rule) {
        RuleInfo i = RULES.get(rule);
        return i == null ? null : i.detects();
    }
}
