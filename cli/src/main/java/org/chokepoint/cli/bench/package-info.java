/**
 * What the benchmarks that need a second process use: a desk server started in a child JVM on a copy of the
 * data directory's lists, so that a load run neither locks nor changes the user's store.
 */
package org.chokepoint.cli.bench;
