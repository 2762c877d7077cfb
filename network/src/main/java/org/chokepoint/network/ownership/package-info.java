/**
 * The ownership rules: which entities are blocked because blocked persons own (OFAC, EU) or
 * control (EU) them, although no list names them. Pure functions over {@link
 * org.chokepoint.model.Ownership} relations and a set of blocked ids; every finding carries the
 * stakes and the path from a listed entity that a person can follow. See {@code docs/network.md}.
 */
package org.chokepoint.network.ownership;
