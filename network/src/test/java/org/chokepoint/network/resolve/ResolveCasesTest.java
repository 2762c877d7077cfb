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

/**
 * The behaviour promised, as data, one pair of mentions per line: {@code resolve-cases.tsv}, and
 * {@code resolve-cases-written.tsv}, spellings and near-collisions written by hand that the scenario
 * generator does not produce (abbreviations, misspelt and front legal forms, legal-form families, in
 * Latin, Cyrillic, Chinese and Arabic script).
 */
class ResolveCasesTest {
    private static final PartyResolver RESOLVER = new PartyResolver();

    static Stream<Arguments> cases() throws IOException {
        return Stream.concat(read("resolve-cases.tsv"), read("resolve-cases-written.tsv"));
    }

    private static Stream<Arguments> read(String file) throws IOException {
        try (InputStream in = ResolveCasesTest.class.getResourceAsStream(file)) {
            if (in == null) throw new IllegalStateException(file + " is missing from the test resources");
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
            List<Arguments> out = new java.util.ArrayList<>();
            for (int n = 0; n < lines.size(); n++) {
                String l = lines.get(n);
                if (l.isBlank() || l.startsWith("#")) continue;
                String[] f = l.split("\t", -1);
                if (f.length != 10) throw new IllegalArgumentException(file + " line " + (n + 1) + ": expected 10 columns, got " + f.length);
                if (!f[0].equals("merge") && !f[0].equals("apart")) throw new IllegalArgumentException(file + " line " + (n + 1) + ": expect must be merge or apart, not " + f[0]);
                out.add(Arguments.of(f[0], mention(f, 1), mention(f, 5), f[9]));
            }
            return out.stream();
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
