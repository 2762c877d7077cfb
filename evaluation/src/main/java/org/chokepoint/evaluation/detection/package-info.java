/**
 * Detection evaluation ({@code chokepoint eval detection}): a detector's ranked parties
 * ({@code parties.jsonl}, formats.md §2) against a scenario's truth ({@code truth.json}): precision and
 * recall at K and average precision of the planted parties among unlisted findings, the share of listed
 * end users recognised, and party resolution (pairwise and B-cubed) over mentions. Metric definitions
 * are in {@link org.chokepoint.evaluation.detection.DetectionEvaluation} and docs/trade.md.
 */
package org.chokepoint.evaluation.detection;
