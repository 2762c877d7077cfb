package org.chokepoint.network.ownership;

/** Which test of a rule blocked an entity. */
public enum Basis {
    /** Blocked owners hold 50% or more in aggregate (OFAC and EU). */
    OWNERSHIP,
    /** A blocked owner controls the entity (EU only), whatever its share. */
    CONTROL
}
