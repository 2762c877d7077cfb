package org.chokepoint.detect.report;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Writes report.html: one self-contained page (inline CSS and SVG, a few lines of inline script, no
 * external resources) that a compliance analyst or investigator reads — the run in numbers, the top
 * risks with their evidence, flows of goods of concern by route and by goods tier, the network among
 * the top parties, and every rule. The page is a pure function of {@link ReportData}: no clock, no
 * locale, no hash order, so a golden file pins it. Stateless, thread-safe.
 */
public final class ReportWriter {
    private ReportWriter() {}

    /** Writes the page to {@code file} (UTF-8), replacing it when it exists. */
    public static void write(Path file, ReportData data) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write(render(data));
        }
    }

    /** The page as text. */
    static String render(ReportData data) {
        StringBuilder s = new StringBuilder(64 * 1024);
        s.append("<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>Chokepoint findings</title>\n<style>\n").append(PageStyle.CSS).append("</style>\n</head>\n<body>\n");
        s.append(RunHeader.render(data.result()));
        s.append("<nav><div class=\"wrap\"><a href=\"#risks-section\">Top risks</a><a href=\"#routes\">Routes</a><a href=\"#tiers\">Goods tiers</a>")
                .append("<a href=\"#network\">Network</a><a href=\"#rules\">Rules</a></div></nav>\n<div class=\"wrap\">\n");

        s.append("<section id=\"risks-section\"><h2>Top risks</h2>\n<p class=\"lead\">The ").append(data.top().size())
                .append(" highest-ranked parties. Risk is in [0, 1]: a listed party scores at least 0.9; otherwise each red flag adds independent evidence. ")
                .append("Open a party's evidence to see every flag with the record ids behind it; parties.jsonl ranks every party.</p>\n<div class=\"card\">\n")
                .append(TopRiskTable.render(data.top())).append("</div></section>\n");

        s.append("<section id=\"routes\"><h2>Goods of concern by route</h2>\n<p class=\"lead\">Value of CHPL goods, UAVs, aircraft parts and arms by ")
                .append("country of origin → seller's country (when neither origin nor destination) → destination; the red part moved after the Russia export ban. ")
                .append("A route through a hub that grows after the ban is the classic diversion pattern.</p>\n<div class=\"card\">\n")
                .append(FlowCharts.routes(data.routes())).append("</div></section>\n");

        s.append("<section id=\"tiers\"><h2>Goods by tier</h2>\n<p class=\"lead\">Value of all goods by CHPL tier (Tier 1 is the most critical), ")
                .append("the red part to destinations under a ban at the time.</p>\n<div class=\"card\">\n")
                .append(FlowCharts.tiers(data.tiers())).append("</div></section>\n");

        s.append("<section id=\"network\"><h2>Network among the top parties</h2>\n<p class=\"lead\">Trade links of the top parties, seller → buyer, ")
                .append("strongest ").append(NetworkPicture.MAX_LINKS).append(" by value of goods of concern. Columns by country: suppliers, transshipment hubs, ")
                .append("sanctioned destinations. Red nodes are listed, orange ones unlisted with risk ≥ 0.5; red edges carry goods of concern, width by value. ")
                .append("Hover for names and amounts.</p>\n<div class=\"card\">\n")
                .append(NetworkPicture.render(data.links(), data.top(), data.linked())).append("</div></section>\n");

        s.append("<section id=\"rules\"><h2>Rules</h2>\n<p class=\"lead\">Every red-flag rule the run applied (docs/red-flags.md says more). ")
                .append("Rule ids are the stable names parties.jsonl and shipments.jsonl cite.</p>\n<div class=\"card\">\n")
                .append(RuleTable.render(data.rules(), data.result().flagsByRule())).append("</div></section>\n");

        s.append("<footer>Chokepoint detect · ").append(String.format(Locale.ROOT, "%,d", data.result().read()))
                .append(" records · findings in parties.jsonl, shipments.jsonl, summary.json</footer>\n</div>\n<script>\n")
                .append(PageStyle.SCRIPT).append("</script>\n</body></html>\n");
        return s.toString();
    }
}
