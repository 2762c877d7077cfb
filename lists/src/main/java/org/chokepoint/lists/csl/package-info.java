/**
 * The US Consolidated Screening List (trade.gov CSV export): thirteen US government lists (OFAC SDN
 * and non-SDN lists, BIS Entity, Denied Persons, Unverified and Military End User lists, State
 * Department lists) in one file, one row per listing. {@link org.chokepoint.lists.csl.CslReader}
 * reads it; the package-private classes map columns, free-text addresses and the {@code ids} field.
 */
package org.chokepoint.lists.csl;
