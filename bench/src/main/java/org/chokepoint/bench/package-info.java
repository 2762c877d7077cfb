/**
 * JMH benchmarks. Run with {@code bench/run [JMH options] [REGEX]} after {@code ./mvnw -DskipTests package}.
 * The shared data folder comes from {@code -Dchokepoint.shared=DIR} (default {@code ../shared}).
 */
package org.chokepoint.bench;
