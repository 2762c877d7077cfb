package org.chokepoint.cli.command;

import org.chokepoint.cli.output.SurgeReport;
import org.chokepoint.trade.flows.EurostatMonthlyReader;
import org.chokepoint.trade.flows.PartnerSurge;
import org.chokepoint.trade.flows.SurgeAnalysis;
import org.chokepoint.trade.flows.SurgeChart;
import org.chokepoint.trade.flows.TradeFlows;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "surge", mixinStandardHelpOptions = true,
        description = {"How trade to each partner changed across a break month (default February 2022, the invasion):",
                "the annual total of the break's year against the year before, and the monthly average of the 12 months after",
                "the break against the 12 months up to it. FILE: monthly totals in the Eurostat extract layout",
                "(year_month, reporter, partner, flow, value_eur), e.g. ../shared/data/trade/eurostat_eu_exports_to_russia_and_neighbours_monthly.csv."})
public final class FlowsSurgeCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE", description = "monthly trade totals (CSV)")
    private Path file;

    @Option(names = "--reporter", paramLabel = "TEXT", defaultValue = EurostatMonthlyReader.EU27,
            description = "the reporter, by the start of its name (default: ${DEFAULT-VALUE})")
    private String reporter;

    @Option(names = "--flow", paramLabel = "EXPORT|IMPORT", defaultValue = "EXPORT", description = "flow from the reporter's side (default: ${DEFAULT-VALUE})")
    private String flow;

    @Option(names = "--break", paramLabel = "YYYY-MM", defaultValue = "2022-02", description = "the break month (default: ${DEFAULT-VALUE})")
    private String breakMonth;

    @Option(names = "--chart", paramLabel = "FILE.svg", description = "also write an SVG line chart of the monthly series")
    private Path chart;

    @Option(names = "--json", description = "the figures and the monthly series as JSON")
    private boolean json;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        YearMonth month;
        try {
            month = YearMonth.parse(breakMonth);
        } catch (DateTimeParseException e) {
            spec.commandLine().getErr().println("error: --break must be YYYY-MM, not '" + breakMonth + "'");
            return 2;
        }
        TradeFlows flows = EurostatMonthlyReader.read(file, reporter, flow);
        List<PartnerSurge> surges = SurgeAnalysis.of(flows, month).stream()
                .sorted(Comparator.comparing((PartnerSurge s) -> s.annualChangePct() == null ? Double.NEGATIVE_INFINITY : s.annualChangePct()).reversed())
                .toList();
        var out = spec.commandLine().getOut();
        if (json) SurgeReport.json(out, flows, surges, month);
        else SurgeReport.text(out, flows, surges, month);
        if (chart != null) {
            String title = shortName(flows.reporter()) + " " + flows.flow().toLowerCase(java.util.Locale.ROOT) + "s by partner, monthly (Eurostat)";
            Files.writeString(chart, SurgeChart.render(surges, month, title), StandardCharsets.UTF_8);
            (json ? spec.commandLine().getErr() : out).println("chart: " + chart.toAbsolutePath());
        }
        return 0;
    }

    /** "European Union - 27 countries (AT, BE, ...)" reads "European Union - 27 countries" in a title. */
    private static String shortName(String reporter) {
        int paren = reporter.indexOf(" (");
        return paren > 0 ? reporter.substring(0, paren) : reporter;
    }
}
