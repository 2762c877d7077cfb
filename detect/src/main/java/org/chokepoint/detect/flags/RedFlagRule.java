package org.chokepoint.detect.flags;

/**
 * A documented red flag. Three kinds, by what a rule needs to see: one record ({@link RecordRule}), the
 * whole dataset of records with resolved parties ({@link DatasetRule}), or one resolved party and the
 * lists ({@link PartyRule}). Every flag names its rule, a weight in (0, 1] and the records that are its
 * evidence, so an analyst can check it.
 */
public sealed interface RedFlagRule permits RecordRule, DatasetRule, PartyRule {
    RuleInfo info();

    default String id() {
        return info().id();
    }
}
