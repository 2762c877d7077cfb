package org.chokepoint.trade.generate;

/** Record ids of a scenario: {@code SYN-} and the record number, zero-padded to a fixed width. */
record RecordNaming(int width) {
    static RecordNaming forRecords(long records) {
        return new RecordNaming(Math.max(8, Long.toString(records).length()));
    }

    String id(long n) {
        String digits = Long.toString(n);
        return "SYN-" + "0".repeat(Math.max(0, width - digits.length())) + digits;
    }
}
