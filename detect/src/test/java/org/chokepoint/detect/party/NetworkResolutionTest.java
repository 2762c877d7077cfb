package org.chokepoint.detect.party;

import org.chokepoint.text.NameNormalizer;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class NetworkResolutionTest {
    private static final List<MentionTable.Mention> MENTIONS = List.of(
            new MentionTable.Mention("Al Noor General Trading LLC", "AE", null, "Deira, Dubai"),
            new MentionTable.Mention("AL NOOR GEN. TRADING L.L.C.", "AE", null, null),
            new MentionTable.Mention("Al Noor General Trading LLC", "AE", null, "Deira Dubai UAE"),
            new MentionTable.Mention("ООО Гранит", "RU", "ИНН 7702070139", null),
            new MentionTable.Mention("Al Noor Electronics", "AE", null, null));
    private static final long[] OCCURRENCES = {3, 1, 1, 2, 4};

    @Test
    void readingTheNamesResolvesAlike() {
        NetworkResolution resolution = new NetworkResolution();
        PartyResolution.Resolved read = resolution.resolveReading(MENTIONS, OCCURRENCES);
        assertThat(read.partyOf()).containsExactly(resolution.resolve(MENTIONS, OCCURRENCES));
        assertThat(read.partyOf()).containsExactly(0, 0, 0, 1, 2);
    }

    @Test
    void everyNameIsHandedOnAsTheStandardNormaliserReadsIt() {
        PartyResolution.Resolved read = new NetworkResolution().resolveReading(MENTIONS, OCCURRENCES);
        assertThat(read.normalizedNames()).hasSize(4);
        for (MentionTable.Mention m : MENTIONS) {
            assertThat(read.normalizedNames().get(m.name())).isEqualTo(NameNormalizer.standard().normalize(m.name()));
        }
    }

    @Test
    void otherResolutionsHandOnNoNames() {
        PartyResolution.Resolved read = new NormalizedNameResolution().resolveReading(MENTIONS, OCCURRENCES);
        assertThat(read.normalizedNames()).isEmpty();
        assertThat(read.partyOf()).containsExactly(new NormalizedNameResolution().resolve(MENTIONS, OCCURRENCES));
    }

    @Test
    void spellingsNamingOneListEntryAreOnePartyThatSaysWhy() {
        List<MentionTable.Mention> mentions = List.of(
                new MentionTable.Mention("TACTICAL MISSILES CORPORATION JSC", "RU", null, null),
                new MentionTable.Mention("АО «Корпорация «Тактическое ракетное вооружение»", "RU", null, null),
                new MentionTable.Mention("Tactical Missiles Corporation JSC", "RU", null, null),
                new MentionTable.Mention("Al Noor Electronics", "AE", null, null));
        java.util.Set<List<String>> listed = java.util.Set.of(NameNormalizer.standard().normalize("TACTICAL MISSILES CORPORATION").tokens(),
                NameNormalizer.standard().normalize("KORPORATSIYA TAKTICHESKOYE RAKETNOYE VOORUZHENIYE").tokens());
        org.chokepoint.network.resolve.EntryNames entries = (name, country) -> listed.contains(name.tokens()) ? "ofac-sdn:34876" : null;
        long[] once = {5, 2, 1, 1};
        assertThat(new NetworkResolution().resolve(mentions, once)).as("without the list, the two names are two parties").containsExactly(0, 1, 0, 2);
        PartyResolution.Resolved read = new NetworkResolution().resolveReading(mentions, once, entries);
        assertThat(read.partyOf()).containsExactly(0, 0, 0, 1);
        assertThat(read.entryJoins()).containsOnlyKeys(0);
        EntryJoin join = read.entryJoins().get(0);
        assertThat(join.entry()).isEqualTo("ofac-sdn:34876");
        // The two spellings of one reading are shown once.
        assertThat(join.spellings()).hasSize(2).contains("АО «Корпорация «Тактическое ракетное вооружение»");
        assertThat(join.sentence()).startsWith("Spellings '").contains("' and '").endsWith("are one party as names of the listed entry ofac-sdn:34876.");
    }
}
