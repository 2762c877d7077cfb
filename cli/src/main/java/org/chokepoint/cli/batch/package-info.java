/** Batch screening of a CSV of parties into JSON Lines (formats.md §3), in parallel over all cores. */
package org.chokepoint.cli.batch;
