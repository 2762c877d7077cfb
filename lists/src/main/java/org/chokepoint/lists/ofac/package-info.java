/**
 * OFAC's Specially Designated Nationals list in its legacy CSV format: {@code sdn.csv} joined with
 * {@code add.csv} (addresses), {@code alt.csv} (aliases) and {@code sdn_comments.csv} (overflow of the
 * remarks field). Identifiers and further aliases live in the free-text remarks; {@link
 * org.chokepoint.lists.ofac.SdnRemarks} takes them out.
 */
package org.chokepoint.lists.ofac;
