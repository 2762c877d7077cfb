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
}
