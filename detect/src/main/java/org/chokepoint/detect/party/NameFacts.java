package org.chokepoint.detect.party;

import org.chokepoint.detect.wording.LinesOfBusiness;

import java.util.List;

/**
 * What a party's declared name says about it: its lines of business and whether it is a freight
 * forwarder. Computed once per distinct spelling.
 */
public record NameFacts(String name, List<LinesOfBusiness.Line> lines, boolean forwarder) {
    public static final NameFacts NONE = new NameFacts("", List.of(), false);

    public NameFacts {
        lines = List.copyOf(lines);
    }

    public static NameFacts of(String name, LinesOfBusiness vocabulary) {
        if (name == null || name.isBlank()) return NONE;
        // Folded once for both look-ups.
        var folded = org.chokepoint.detect.wording.Vocabulary.Folded.of(name);
        return new NameFacts(name, vocabulary.lines(folded), vocabulary.forwarder(folded));
    }
}
