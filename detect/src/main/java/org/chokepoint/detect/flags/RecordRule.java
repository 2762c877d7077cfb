package org.chokepoint.detect.flags;

/**
 * A rule that one declaration line decides on its own. Implementations are pure functions of the
 * record's facts and their parameters, thread-safe, and never throw on odd input.
 */
public non-sealed interface RecordRule extends RedFlagRule {
    /** The flag this record raises, or null. */
    RecordFlag check(RecordFacts record);
}
