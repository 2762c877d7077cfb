package org.chokepoint.trade.generate;

/** Says whether a name would be taken for a listed party, so the generator can re-draw it. Thread-safe. */
@FunctionalInterface
interface NameCheck {
    boolean listed(String name);
}
