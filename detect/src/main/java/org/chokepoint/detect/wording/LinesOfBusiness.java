package org.chokepoint.detect.wording;

import java.util.ArrayList;
import java.util.List;

/**
 * What a company name says about its trade: the line of business it declares ("Furniture Trading",
 * "ООО Агро-Импорт") with the HS chapters such a firm deals in, and whether it is a freight forwarder.
 * Word lists in {@code lines-of-business.tsv} and {@code forwarders.tsv}. Immutable, thread-safe.
 */
public final class LinesOfBusiness {
    private static final LinesOfBusiness STANDARD = new LinesOfBusiness(
            Vocabulary.resource(LinesOfBusiness.class, "lines-of-business.tsv"), Vocabulary.resource(LinesOfBusiness.class, "forwarders.tsv"));

    /** A declared line and the HS prefixes (chapters or headings) it deals in; empty when none of concern. */
    public record Line(String label, List<String> hsPrefixes) {
        /** True when goods of this tariff code fit the line. */
        public boolean deals(String hsCode) {
            for (String p : hsPrefixes) if (hsCode.startsWith(p)) return true;
            return false;
        }
    }

    private final Vocabulary lines;
    private final Vocabulary forwarders;

    LinesOfBusiness(Vocabulary lines, Vocabulary forwarders) {
        this.lines = lines;
        this.forwarders = forwarders;
    }

    public static LinesOfBusiness standard() {
        return STANDARD;
    }

    /** The lines the name declares, in file order; empty when it declares none (most names). */
    public List<Line> lines(String name) {
        return lines(Vocabulary.Folded.of(name));
    }

    /** {@link #lines(String)} of a name folded already, as for {@link #forwarder(Vocabulary.Folded)} too. */
    public List<Line> lines(Vocabulary.Folded name) {
        List<Line> out = new ArrayList<>();
        for (Vocabulary.Entry e : lines.find(name)) out.add(new Line(e.label(), prefixes(e.value())));
        return out;
    }

    public boolean forwarder(String name) {
        return forwarder(Vocabulary.Folded.of(name));
    }

    public boolean forwarder(Vocabulary.Folded name) {
        return !forwarders.find(name).isEmpty();
    }

    static List<String> prefixes(String value) {
        if (value == null || value.isBlank() || value.equals("-")) return List.of();
        return List.of(value.split("\\|"));
    }
}
