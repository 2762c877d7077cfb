/**
 * The output of {@code chokepoint detect} (formats.md section 2) as the desk reads it: parties, flagged
 * shipments and the summary, validated on load, and the trading neighbourhood of a party built from them.
 */
package org.chokepoint.server.findings;
