/**
 * Benchmarks built from real data. Matching: ground truth from identifiers that two independent
 * publishers both carry, realistic negatives, recall@1, precision and false-positive rate per origin,
 * the failure classes that remain, and a brute-force Jaro-Winkler baseline on the same queries.
 */
package org.chokepoint.evaluation;
