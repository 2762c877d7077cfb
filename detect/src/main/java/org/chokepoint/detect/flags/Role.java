package org.chokepoint.detect.flags;

/** The part a party plays in a declaration line. A record flag implicates the parties in some roles. */
public enum Role {
    EXPORTER, IMPORTER;

    public static final int BOTH = 3;

    public int bit() {
        return 1 << ordinal();
    }

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
