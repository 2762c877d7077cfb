/**
 * The scenario generator ({@code chokepoint generate}): synthetic customs declarations in the format of
 * formats.md §1 with planted evasion parties, real listed end users and look-alike legitimate trade, and
 * the truth ({@code truth.json}, {@code truth_parties.csv}) that detection and party resolution are
 * measured against. {@link org.chokepoint.trade.generate.ScenarioGenerator} is the entry point; the rest is
 * package-private: the population ({@code Population}, {@code PlantedParties}, {@code CompanyNames},
 * {@code Spellings}), the trade ({@code LegitTrade}, {@code PlantedTrade}) and the clerk who writes each line
 * ({@code Clerk}). Not thread-safe: one generator run uses one random generator in one thread.
 */
package org.chokepoint.trade.generate;
