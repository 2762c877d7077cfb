/**
 * The versioned store: every load of a list is a snapshot in an embedded DuckDB database under the data
 * directory. A snapshot becomes current in the same transaction that writes it, and only when it is
 * complete and passes the sanity checks, so a failed load leaves the previous snapshot current.
 */
package org.chokepoint.lists.store;
