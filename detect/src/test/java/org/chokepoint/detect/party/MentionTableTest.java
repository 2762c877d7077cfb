package org.chokepoint.detect.party;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Mentions are numbered by all four of their parts, and counted whether one at a time or in bulk. */
class MentionTableTest {

    @Test
    void aMentionIsItsFourPartsTogether() {
        MentionTable.Mention m = new MentionTable.Mention("Kaveh Trading Co.", "IR", null, "Tehran");
        // Built from other String objects, as each record of a file makes its own.
        MentionTable.Mention same = new MentionTable.Mention(new String("Kaveh Trading Co."), new String("IR"), null, new String("Tehran"));
        assertThat(same).isEqualTo(m).hasSameHashCodeAs(m);
        for (MentionTable.Mention other : List.of(
                new MentionTable.Mention("Kaveh Trading Co", "IR", null, "Tehran"),
                new MentionTable.Mention("Kaveh Trading Co.", "AE", null, "Tehran"),
                new MentionTable.Mention("Kaveh Trading Co.", "IR", "10101", "Tehran"),
                new MentionTable.Mention("Kaveh Trading Co.", "IR", null, null),
                new MentionTable.Mention("Kaveh Trading Co.", null, null, "Tehran"))) {
            assertThat(other).isNotEqualTo(m);
            assertThat(m).isNotEqualTo(other);
        }
        assertThat(new MentionTable.Mention(null, null, null, null)).isEqualTo(new MentionTable.Mention(null, null, null, null));
    }

    @Test
    void numbersFollowFirstOccurrenceAndCountsAddUp() {
        MentionTable t = new MentionTable();
        int a = t.intern("Alpha LLC", "AE", null, null);
        int b = t.intern("Beta GmbH", "DE", "DE123", "Berlin");
        assertThat(t.intern(new MentionTable.Mention(new String("Alpha LLC"), "AE", null, null))).isEqualTo(a);
        t.count(b, 5);
        t.count(a, 0);
        assertThat(a).isZero();
        assertThat(b).isOne();
        assertThat(t.occurrences(a)).isEqualTo(2);
        assertThat(t.occurrences(b)).isEqualTo(6);
        assertThatThrownBy(() -> t.count(2, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> t.count(a, -1)).isInstanceOf(IllegalArgumentException.class);
    }
}
