package org.chokepoint.detect.flags;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A dataset rule that says it does not read the {@code party} table runs while the parties are still being screened,
 * before that table exists: its SQL must name no table but {@code trade} (and its own subqueries).
 */
class DatasetRuleTablesTest {
    private static final Pattern READS_PARTY = Pattern.compile("(?i)\\b(FROM|JOIN)\\s+(party|pflag|mark|flagged)\\b");

    @Test
    void aRuleRunBesideScreeningReadsNoPartyTable() {
        Rulebook rules = Rulebook.standard(SanctionsPolicy.STANDARD);
        List<DatasetRule> all = new ArrayList<>(rules.datasetRules());
        all.addAll(rules.networkRules());
        TradeTables tables = new TradeTables(SanctionsPolicy.STANDARD, 18_000);
        int beside = 0;
        for (DatasetRule r : all) {
            String sql = r.marks(tables);
            if (!r.readsParties()) {
                beside++;
                assertThat(READS_PARTY.matcher(sql).find()).as("rule %s says it reads only the trade, but its SQL reads a party table:%n%s", r.id(), sql).isFalse();
            }
        }
        // The rules that need the list matches say so.
        for (DatasetRule r : all) {
            if (READS_PARTY.matcher(r.marks(tables)).find()) assertThat(r.readsParties()).as(r.id()).isTrue();
        }
        assertThat(beside).as("rules that run beside screening").isGreaterThan(0);
    }
}
