package org.chokepoint.network.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The behaviour promised, as data: {@code resolve-cases.tsv}, one pair of mentions per line. */
class ResolveCasesTest {
    private static final PartyResolver RESOLVER = new PartyResolver();

    static Stream<Arguments> cases() throws IOException {
        try (InputStream in = ResolveCasesTest.class.getResourceAsStream("resolve-cases.tsv")) {
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
            return lines.stream().filter(l -> !l.isBlank() && !l.startsWith("#")).map(l -> {
                String[] f = l.split("\t", -1);
                if (f.length != 10) throw new IllegalArgumentException("resolve-cases.tsv: expected 10 columns, got " + f.length + ": " + l);
                if (!f[0].equals("merge") && !f[0].equals("apart")) throw new IllegalArgumentException("resolve-cases.tsv: expect must be merge or apart: " + l);
                return Arguments.of(f[0], mention(f, 1), mention(f, 5), f[9]);
            }).toList().stream();
        }
    }

    private static PartyMention mention(String[] f, int at) {
        return new PartyMention(f[at], f[at + 1], value(f[at + 2]), value(f[at + 3]));
    }

    private static String value(String s) {
        return s.equals("-") ? null : s;
    }

    @ParameterizedTest(name = "{0}: {1} / {2} ({3})")
    @MethodSource("cases")
    void resolvesAsExpected(String expect, PartyMention a, PartyMention b, String reason) {
        Resolution r = RESOLVER.resolve(List.of(a, b));
        boolean merged = r.partyOf()[0] == r.partyOf()[1];
        assertThat(merged).as("%s / %s should %s: %s", a.name(), b.name(), expect, reason).isEqualTo(expect.equals("merge"));
        if (merged) assertThat(r.parties().getFirst().evidence()).singleElement().satisfies(e -> assertThat(e.explanation()).isNotBlank());
    }
}
