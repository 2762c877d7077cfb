package org.chokepoint.detect.report;

import org.chokepoint.detect.DetectionResult;
import org.chokepoint.detect.RankedParty;
import org.chokepoint.detect.flags.RuleInfo;
import org.chokepoint.detect.party.Party;
import org.chokepoint.detect.rank.FlagSummary;
import org.chokepoint.detect.rank.TradeProfile;
import org.chokepoint.detect.watchlist.ListedHit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class ReportWriterTest {
    /** Regenerate with {@code -Dchokepoint.golden.update=true}; otherwise the page must match it byte for byte. */
    private static final Path GOLDEN = Path.of("src/test/resources/org/chokepoint/detect/report/report.golden.html");

    @Test
    void everyTopPartyAppearsWithItsEvidence() {
        ReportData data = sample();
        String html = ReportWriter.render(data);
        for (RankedParty r : data.top()) {
            assertThat(html).contains("id=\"" + r.party().id() + "\"").contains(Html.escape(r.party().name()));
            for (FlagSummary f : r.flags()) {
                assertThat(html).contains(Html.escape(f.detail())).contains("href=\"#rule-" + f.rule() + "\"");
                for (String id : f.evidence()) assertThat(html).contains("<code>" + Html.escape(id) + "</code>");
            }
        }
        assertThat(count(html, "<tbody class=\"party listed\"")).isEqualTo(data.top().stream().filter(r -> r.party().listed()).count());
        assertThat(count(html, "<tbody class=\"party unlisted\"")).isEqualTo(data.top().stream().filter(r -> !r.party().listed()).count());
        assertThat(count(html, "<details>")).isEqualTo(data.top().size());
        // the evidence list is capped at three ids here, the count is five: the page must say two more exist
        assertThat(html).contains("+2 more");
        for (RuleInfo rule : data.rules()) assertThat(html).contains("id=\"rule-" + rule.id() + "\"");
    }

    @Test
    void namesAreEscaped() {
        String html = ReportWriter.render(sample());
        assertThat(html).doesNotContain("<script>alert").contains("Al Noor &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; Trading");
        assertThat(html).contains("Elektronik &amp; Söhne");
        // exactly one script element: the page's own filter
        assertThat(count(html, "<script")).isEqualTo(1);
    }

    @Test
    void oneSvgPerChartAndNoExternalReference() {
        String html = ReportWriter.render(sample());
        assertThat(count(html, "<svg")).isEqualTo(3);
        assertThat(count(html, "</svg>")).isEqualTo(3);
        Matcher m = Pattern.compile("https?://[^\"'\\s)]*").matcher(html);
        while (m.find()) assertThat(m.group()).as("only the SVG namespace may name a URL").isEqualTo("http://www.w3.org/2000/svg");
        assertThat(html).doesNotContainPattern("(?i)(src|href)\\s*=\\s*\"(?!#)").doesNotContain("@import").doesNotContain("url(http");
    }

    @Test
    void otherGoodsAreASentenceNotABar() {
        String html = ReportWriter.render(sample());
        assertThat(html).contains("Other goods (outside every tier): $12M in 40 records");
        assertThat(html).doesNotContain("<title>Other goods");
    }

    @Test
    void routesMergeBeforeAndAfterTheBan() {
        String html = ReportWriter.render(sample());
        // DE → AE → RU comes as two rows (before, after); the chart draws one bar for it
        assertThat(count(html, "<title>DE → AE → RU — ")).isEqualTo(1);
        assertThat(html).contains("$30k before the ban, $90k after; 7 records");
    }

    @Test
    void emptyRunStillGivesAPage() {
        DetectionResult r = new DetectionResult(Path.of("empty.csv"), null, Path.of("out"), 0, 0, 0, Map.of(), List.of(), 0, 0, 0, 0, List.of(), Map.of(), Map.of());
        String html = ReportWriter.render(new ReportData(r, List.of(), List.of(), List.of(), List.of(), List.of(), List.of()));
        assertThat(html).contains("<code>empty.csv</code>").contains("No parties in the input.").contains("No trade among the top parties to draw.");
        assertThat(count(html, "<svg")).isZero();
    }

    @Test
    void samePageForTheSameDataAndMatchesTheGoldenFile(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("report.html");
        ReportWriter.write(out, sample());
        String html = Files.readString(out, StandardCharsets.UTF_8);
        assertThat(ReportWriter.render(sample())).isEqualTo(html);
        if (Boolean.getBoolean("chokepoint.golden.update")) {
            Files.createDirectories(GOLDEN.getParent());
            Files.writeString(GOLDEN, html, StandardCharsets.UTF_8);
        }
        assertThat(GOLDEN).as("golden file; create it with -Dchokepoint.golden.update=true").exists();
        assertThat(html).isEqualTo(Files.readString(GOLDEN, StandardCharsets.UTF_8));
    }

    private static long count(String text, String what) {
        return Pattern.compile(Pattern.quote(what)).matcher(text).results().count();
    }

    /** Three top parties (one listed), one counterparty outside the top, two rules, flows on three routes. */
    static ReportData sample() {
        ListedHit hit = new ListedHit("ofac-sdn:43129", "OFAC SDN", "LIMITED LIABILITY COMPANY TEST-LOGIC", "LIMITED LIABILITY COMPANY TEST-LOGIC", 0.98,
                "name aligns test~test, logic~logic (+0.96); INN agrees (+0.02)");
        Party listed = new Party(0, "party-000001", List.of("OOO Test-Logic"), "RU", List.of("INN 7804552300"), List.of(), List.of(hit), true);
        Party hub = new Party(1, "party-000002", List.of("Al Noor <script>alert('x')</script> Trading", "AL NOOR TRADING L.L.C."), "AE", List.of(),
                List.of("Office 5, Deira, Dubai"), List.of(), false);
        Party supplier = new Party(2, "party-000003", List.of("Elektronik & Söhne GmbH"), "DE", List.of(), List.of(), List.of(), false);
        Party other = new Party(3, "party-000004", List.of("Dup Co"), "FR", List.of(), List.of(), List.of(), false);
        FlagSummary listedFlag = new FlagSummary("listed_party", "Listed party", 1.0, 1, "Matches LIMITED LIABILITY COMPANY TEST-LOGIC with score 0.98.", List.of("r2"));
        FlagSummary hubFlag = new FlagSummary("transshipment_hub", "Transshipment through a hub", 0.588, 5,
                "Received HS 854231 from DE on 2023-03-01 and sent the same goods on to RU.", List.of("r1", "r2", "r7"));
        FlagSummary banFlag = new FlagSummary("chpl_to_sanctioned_destination", "Goods of concern to a sanctioned destination", 0.642, 2,
                "integrated circuits (HS 8542.31) consigned to RU on 2023-03-20, after the export ban of 2022-02-24.", List.of("r2", "r3"));
        List<RankedParty> top = List.of(
                new RankedParty(1, listed, 0.998, List.of(listedFlag), new TradeProfile(0, 0, 0, 0, 0, 1, 60_000, 60_000, 1, List.of("AE")),
                        "OOO Test-Logic (RU) is listed: LIMITED LIABILITY COMPANY TEST-LOGIC (ofac-sdn:43129, OFAC SDN, score 0.98).", 1),
                new RankedParty(2, hub, 0.85, List.of(banFlag, hubFlag), new TradeProfile(2, 100_000, 100_000, 100_000, 2, 1, 25_000, 25_000, 1, List.of("DE")),
                        "Al Noor <script>alert('x')</script> Trading (AE) is not listed but raised 2 red flags.", 3),
                new RankedParty(3, supplier, 0.2, List.of(), new TradeProfile(1, 25_000, 25_000, 0, 1, 0, 0, 0, 0, List.of()),
                        "Elektronik & Söhne GmbH (DE) raised no red flag.", 1));
        List<RankedParty> linked = List.of(new RankedParty(7, other, 0, List.of(), TradeProfile.EMPTY, "Dup Co (FR) raised no red flag.", 1));
        Map<String, Duration> stages = new LinkedHashMap<>();
        stages.put("read, check and record rules", Duration.ofMillis(1_250));
        stages.put("screen parties", Duration.ofMillis(3_400));
        DetectionResult result = new DetectionResult(Path.of("/data/in/shipments.csv"), null, Path.of("/data/out"), 6, 4, 2,
                Map.of("hs_code", 1L, "value_usd", 1L), List.of(), 3, 5, 4, 1, top,
                Map.of("listed_party", 1L, "transshipment_hub", 2L, "chpl_to_sanctioned_destination", 2L), stages);
        Map<String, String> params = new LinkedHashMap<>();
        params.put("window_days", "90");
        params.put("hubs", "AE, TR <and> KZ");
        List<RuleInfo> rules = List.of(
                new RuleInfo("chpl_to_sanctioned_destination", "Goods of concern to a sanctioned destination", "CHPL goods consigned to RU or BY after the bans.",
                        "Their export is banned.", "Common High Priority List", Map.of()),
                new RuleInfo("transshipment_hub", "Transshipment through a hub", "A hub party buys goods of concern and sells them on to RU.",
                        "Hubs are the main diversion route.", "FinCEN-BIS joint alert", params),
                new RuleInfo("listed_party", "Listed party", "A party matches a sanctions list.", "Trade with it is prohibited.", "OFAC SDN", Map.of()));
        List<ReportData.Route> routes = List.of(
                new ReportData.Route("US", "AE", "RU", true, 90_000, 5),
                new ReportData.Route("DE", "AE", "RU", true, 90_000, 4),
                new ReportData.Route("DE", "AE", "RU", false, 30_000, 3),
                new ReportData.Route("DE", null, "AE", false, 25_000, 1));
        List<ReportData.TierFlow> tiers = List.of(
                new ReportData.TierFlow("1", "Tier 1: integrated circuits", 85_000, 60_000, 2),
                new ReportData.TierFlow("UAV", "UAVs (HS 8806)", 40_000, 40_000, 1),
                new ReportData.TierFlow("other", "Other goods", 12_000_000, 500_000, 40));
        List<ReportData.Link> links = List.of(
                new ReportData.Link("party-000002", "party-000001", 60_000, 60_000, 1),
                new ReportData.Link("party-000003", "party-000002", 25_000, 25_000, 1),
                new ReportData.Link("party-000004", "party-000002", 1_500, 0, 1),
                new ReportData.Link("party-000001", "party-000005", 700, 0, 1));
        return new ReportData(result, top, rules, routes, tiers, links, linked);
    }
}
