package org.chokepoint.trade.flows;

import org.chokepoint.lists.ListFormatException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.TreeMap;

import javax.xml.parsers.DocumentBuilderFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** The surge arithmetic on small series, the reader's refusals, and the chart's shape. */
class SurgeAnalysisTest {
    @TempDir
    Path dir;

    private static PartnerSeries series(String partner, YearMonth from, double... values) {
        TreeMap<YearMonth, Double> m = new TreeMap<>();
        for (int i = 0; i < values.length; i++) m.put(from.plusMonths(i), values[i]);
        return new PartnerSeries(partner, null, m);
    }

    @Test
    void annualAndWindowChanges() {
        double[] v = new double[36];
        for (int i = 0; i < 36; i++) v[i] = i < 14 ? 10 : 30; // Jan 2021 - Feb 2022 at 10, from March 2022 at 30
        PartnerSurge s = SurgeAnalysis.of(series("X", YearMonth.of(2021, 1), v), SurgeAnalysis.INVASION);
        assertThat(s.totalBefore()).isEqualTo(120);
        assertThat(s.totalAfter()).isEqualTo(20 + 10 * 30);
        assertThat(s.annualChangePct()).isCloseTo((320.0 / 120 - 1) * 100, within(1e-9));
        assertThat(s.preAverage()).isEqualTo(10);
        assertThat(s.postAverage()).isEqualTo(30);
        assertThat(s.monthlyChangePct()).isCloseTo(200, within(1e-9));
    }

    @Test
    void anIncompleteYearHasNoAnnualChange() {
        PartnerSurge s = SurgeAnalysis.of(series("X", YearMonth.of(2021, 6), 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1), SurgeAnalysis.INVASION);
        assertThat(s.monthsBefore()).isEqualTo(7);
        assertThat(s.annualChangePct()).isNull();
        assertThat(s.monthlyChangePct()).isCloseTo(0, within(1e-9));
        PartnerSurge none = SurgeAnalysis.of(series("Y", YearMonth.of(2023, 6), 1, 2), SurgeAnalysis.INVASION);
        assertThat(none.monthlyChangePct()).isNull();
    }

    @Test
    void theReaderRefusesConflictingMonthsAndUnknownReporters() throws Exception {
        String header = "year_month,reporter,partner,flow,value_eur\n";
        Path conflict = Files.writeString(dir.resolve("c.csv"), header + "2021-01,EU27,Armenia,EXPORT,5\n2021-01,EU27,Armenia,EXPORT,6\n");
        assertThatThrownBy(() -> EurostatMonthlyReader.read(conflict, "EU27", "EXPORT")).isInstanceOf(ListFormatException.class)
                .hasMessageContaining("c.csv:3: Armenia 2021-01 reported twice with different values: 5.0 (line 2) and 6.0");
        assertThatThrownBy(() -> EurostatMonthlyReader.read(conflict, "World", "EXPORT")).hasMessageContaining("(reporters: EU27)");
        Path bad = Files.writeString(dir.resolve("b.csv"), header + "Jan 2021,EU27,Armenia,EXPORT,5\n");
        assertThatThrownBy(() -> EurostatMonthlyReader.read(bad, "EU27", "EXPORT")).hasMessageContaining("b.csv:2: year_month must be YYYY-MM");
        Path ok = Files.writeString(dir.resolve("o.csv"), header + "2021-01,EU27,Russian Federation (Russia),EXPORT,5\n");
        PartnerSeries ru = EurostatMonthlyReader.read(ok, "eu27", "export").partners().get(0);
        assertThat(ru.iso2()).isEqualTo("RU");
        assertThat(ru.label()).isEqualTo("Russia");
    }

    @Test
    void theChartIsWellFormedSvgWithALinePerPartnerAndNoScript() throws Exception {
        double[] v = new double[40];
        for (int i = 0; i < v.length; i++) v[i] = 100 + i * (i > 13 ? 20 : 1);
        List<PartnerSurge> s = List.of(SurgeAnalysis.of(series("A & B", YearMonth.of(2021, 1), v), SurgeAnalysis.INVASION),
                SurgeAnalysis.of(series("C", YearMonth.of(2021, 1), v), SurgeAnalysis.INVASION));
        String svg = SurgeChart.render(s, SurgeAnalysis.INVASION, "EU exports <test>");
        var doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertThat(doc.getDocumentElement().getTagName()).isEqualTo("svg");
        assertThat(doc.getElementsByTagName("polyline").getLength()).isEqualTo(2);
        assertThat(doc.getElementsByTagName("script").getLength()).isZero();
        assertThat(svg).contains("A &amp; B").contains("Feb 2022").contains("EU exports &lt;test&gt;").doesNotContain("href", "<image", "@import");
    }
}
