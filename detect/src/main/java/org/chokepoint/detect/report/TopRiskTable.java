package org.chokepoint.detect.report;

import org.chokepoint.detect.RankedParty;
import org.chokepoint.detect.party.Party;
import org.chokepoint.detect.rank.FlagSummary;
import org.chokepoint.detect.rank.TradeProfile;
import org.chokepoint.detect.watchlist.ListedHit;

import java.util.List;
import java.util.Locale;

/**
 * The top risks: one row per party (rank, risk bar, name and country, LISTED badge with its best list
 * match, explanation) and under it an expandable block with the evidence an analyst checks before acting —
 * each red flag with its weight, record count, detail and record ids, every list match, the party's
 * spellings, identifiers, addresses and trade. Each party is its own {@code <tbody>} tagged listed or
 * unlisted, so the "unlisted only" filter hides a party's two rows together. Stateless, thread-safe.
 */
final class TopRiskTable {
    private TopRiskTable() {}

    static String render(List<RankedParty> top) {
        if (top.isEmpty()) return "<p class=\"empty\">No parties in the input.</p>\n";
        long listed = top.stream().filter(r -> r.party().listed()).count();
        StringBuilder s = new StringBuilder();
        s.append("<div class=\"toolbar\"><label><input type=\"checkbox\" id=\"unlisted-only\"> unlisted only</label> <span class=\"hint\">")
                .append(top.size()).append(" parties shown, ").append(listed).append(" listed, ").append(top.size() - listed)
                .append(" not listed — unlisted parties with red flags are the leads lists alone would miss.</span></div>\n");
        s.append("<table class=\"risks\" id=\"risks\"><thead><tr><th class=\"num\">#</th><th>Risk</th><th>Party</th><th class=\"num\">Flags</th>")
                .append("<th class=\"num\">Records</th><th>Why</th></tr></thead>\n");
        for (RankedParty r : top) row(s, r);
        return s.append("</table>\n").toString();
    }

    private static void row(StringBuilder s, RankedParty r) {
        Party p = r.party();
        s.append("<tbody class=\"party ").append(p.listed() ? "listed" : "unlisted").append("\" id=\"").append(Html.escape(p.id())).append("\">\n<tr>");
        s.append("<td class=\"num rank\">").append(r.rank()).append("</td>");
        s.append("<td class=\"risk\"><div class=\"bar\"><span class=\"").append(tone(r.risk(), p.listed())).append("\" style=\"width:")
                .append(Math.round(100 * Math.max(0, Math.min(1, r.risk())))).append("%\"></span></div><b>").append(two(r.risk())).append("</b></td>");
        s.append("<td class=\"who\"><div class=\"name\">").append(Html.escape(p.name())).append("</div><div class=\"facts\"><span class=\"cc\">")
                .append(Html.escape(p.country() == null ? "??" : p.country())).append("</span> <code>").append(Html.escape(p.id())).append("</code>");
        if (p.names().size() > 1) s.append(" · ").append(p.names().size()).append(" spellings");
        s.append("</div>");
        if (p.listed()) {
            ListedHit h = p.hits().getFirst();
            s.append("<div class=\"match\"><span class=\"badge\">LISTED</span> ").append(Html.escape(h.name())).append(" <span class=\"dim\">")
                    .append(Html.escape(h.list())).append(" <code>").append(Html.escape(h.entityId())).append("</code> score ").append(two(h.score()))
                    .append("</span></div>");
        }
        s.append("</td><td class=\"num\">").append(r.flags().size()).append("</td><td class=\"num\">").append(r.records()).append("</td>");
        s.append("<td class=\"why\">").append(Html.escape(r.explanation())).append("</td></tr>\n");
        s.append("<tr class=\"more\"><td></td><td colspan=\"5\"><details><summary>Evidence: ").append(r.flags().size())
                .append(r.flags().size() == 1 ? " red flag" : " red flags").append(p.listed() ? ", " + p.hits().size() + (p.hits().size() == 1 ? " list match" : " list matches") : "")
                .append("</summary>\n");
        flags(s, r.flags());
        hits(s, p.hits());
        facts(s, p, r.trade());
        s.append("</details></td></tr>\n</tbody>\n");
    }

    private static void flags(StringBuilder s, List<FlagSummary> flags) {
        if (flags.isEmpty()) {
            s.append("<p class=\"dim\">No red flag.</p>\n");
            return;
        }
        s.append("<table class=\"inner\"><thead><tr><th>Red flag</th><th class=\"num\">Weight</th><th class=\"num\">Records</th><th>Strongest case</th>")
                .append("<th>Evidence (record ids)</th></tr></thead><tbody>\n");
        for (FlagSummary f : flags) {
            s.append("<tr><td><b>").append(Html.escape(f.title())).append("</b><br><a class=\"rule\" href=\"#rule-").append(Html.escape(f.rule())).append("\">")
                    .append(Html.escape(f.rule())).append("</a></td><td class=\"num\">").append(two(f.weight())).append("</td><td class=\"num\">")
                    .append(f.count()).append("</td><td>").append(Html.escape(f.detail())).append("</td><td class=\"ids\">");
            for (int i = 0; i < f.evidence().size(); i++) {
                if (i > 0) s.append(' ');
                s.append("<code>").append(Html.escape(f.evidence().get(i))).append("</code>");
            }
            // the evidence list is capped; say how much more the count covers so nobody reads it as complete
            if (f.count() > f.evidence().size()) s.append(" <span class=\"dim\">+").append(f.count() - f.evidence().size()).append(" more</span>");
            s.append("</td></tr>\n");
        }
        s.append("</tbody></table>\n");
    }

    private static void hits(StringBuilder s, List<ListedHit> hits) {
        if (hits.isEmpty()) return;
        s.append("<table class=\"inner\"><thead><tr><th>List</th><th>Listed entity</th><th>Matched on</th><th class=\"num\">Score</th><th>Why it matched</th></tr></thead><tbody>\n");
        for (ListedHit h : hits) {
            s.append("<tr><td>").append(Html.escape(h.list())).append("<br><code>").append(Html.escape(h.entityId())).append("</code></td><td>")
                    .append(Html.escape(h.name())).append("</td><td>").append(Html.escape(h.matchedName())).append("</td><td class=\"num\">").append(two(h.score()))
                    .append("</td><td>").append(Html.escape(h.explanation())).append("</td></tr>\n");
        }
        s.append("</tbody></table>\n");
    }

    private static void facts(StringBuilder s, Party p, TradeProfile t) {
        s.append("<dl class=\"facts\">");
        if (p.names().size() > 1) s.append("<dt>Spellings</dt><dd>").append(Html.escape(String.join(" · ", p.names()))).append("</dd>");
        if (!p.identifiers().isEmpty()) s.append("<dt>Identifiers</dt><dd>").append(Html.escape(String.join(" · ", p.identifiers()))).append("</dd>");
        if (!p.addresses().isEmpty()) s.append("<dt>Addresses</dt><dd>").append(Html.escape(String.join(" · ", p.addresses()))).append("</dd>");
        s.append("<dt>Sold</dt><dd>").append(t.sold()).append(" records, ").append(UsdAmount.compact(t.soldValue())).append(" (goods of concern ")
                .append(UsdAmount.compact(t.concernSold())).append(", to banned destinations ").append(UsdAmount.compact(t.bannedSold())).append(") to ")
                .append(t.buyers()).append(t.buyers() == 1 ? " buyer" : " buyers").append("</dd>");
        s.append("<dt>Bought</dt><dd>").append(t.bought()).append(" records, ").append(UsdAmount.compact(t.boughtValue())).append(" (goods of concern ")
                .append(UsdAmount.compact(t.concernBought())).append(") from ").append(t.sellers()).append(t.sellers() == 1 ? " seller" : " sellers");
        if (!t.sellerCountries().isEmpty()) s.append(" in ").append(Html.escape(String.join(", ", t.sellerCountries())));
        s.append("</dd></dl>\n");
    }

    /** Bar colour: listed parties in the accent colour whatever their score, the rest by how high the risk is. */
    private static String tone(double risk, boolean listed) {
        return listed ? "t-listed" : risk >= 0.8 ? "t-high" : risk >= 0.5 ? "t-mid" : "t-low";
    }

    static String two(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }
}
