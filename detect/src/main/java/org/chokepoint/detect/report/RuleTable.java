package org.chokepoint.detect.report;

import org.chokepoint.detect.flags.RuleInfo;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Every rule the run applied, so a reader can judge a flag without leaving the page: id (the anchor the
 * flags link to), title, what it detects, why it matters, the source of that judgement, the parameters
 * in force, and how many records it flagged in this run. Stateless, thread-safe.
 */
final class RuleTable {
    private RuleTable() {}

    static String render(List<RuleInfo> rules, Map<String, Long> flaggedByRule) {
        if (rules.isEmpty()) return "<p class=\"empty\">No rules.</p>\n";
        StringBuilder s = new StringBuilder();
        s.append("<table class=\"rules\"><thead><tr><th>Rule</th><th class=\"num\">Records<br>flagged</th><th>What it detects</th><th>Why it matters</th>")
                .append("<th>Source</th><th>Parameters</th></tr></thead><tbody>\n");
        for (RuleInfo r : rules) {
            long n = flaggedByRule.getOrDefault(r.id(), 0L);
            s.append("<tr id=\"rule-").append(Html.escape(r.id())).append("\"><td><b>").append(Html.escape(r.title())).append("</b><br><code>")
                    .append(Html.escape(r.id())).append("</code></td><td class=\"num").append(n == 0 ? " dim" : "").append("\">").append(n)
                    .append("</td><td>").append(Html.escape(r.detects())).append("</td><td>").append(Html.escape(r.why())).append("</td><td class=\"src\">")
                    .append(Html.escape(r.source())).append("</td><td class=\"params\">");
            // by name: rules build their parameters with Map.of, whose order changes from run to run
            for (Map.Entry<String, String> e : new TreeMap<>(r.parameters()).entrySet()) {
                s.append("<div><code>").append(Html.escape(e.getKey())).append("</code> ").append(Html.escape(e.getValue())).append("</div>");
            }
            s.append("</td></tr>\n");
        }
        return s.append("</tbody></table>\n").toString();
    }
}
