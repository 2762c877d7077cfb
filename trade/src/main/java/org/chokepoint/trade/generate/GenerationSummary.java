package org.chokepoint.trade.generate;

import java.nio.file.Path;

/**
 * What a run of the generator wrote.
 *
 * @param records        declaration lines written
 * @param parties        true parties
 * @param planted        planted evasion parties
 * @param listedEndUsers listed end users appearing in the records
 * @param plantedLines   lines planned for the planted parties (their own schemes)
 * @param redrawn        names re-drawn because they screened against a list
 * @param shipments      the shipments file
 * @param bytes          its size
 * @param setupSeconds   time to screen the lists' index and build the population, before the first line
 * @param writeSeconds   time to write the lines and the truth
 */
public record GenerationSummary(long records, int parties, int planted, int listedEndUsers, long plantedLines, int redrawn,
                                Path shipments, long bytes, double setupSeconds, double writeSeconds) {}
