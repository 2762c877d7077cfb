/**
 * The UK Sanctions List (FCDO) as normalised tables keyed by the UK list ID: one folder,
 * subjects.csv plus child tables for names, identifiers, countries and dates of birth. Entity ids are
 * {@code uk-sanctions:<unique_id>} ("uk-sanctions:RUS0001").
 */
package org.chokepoint.lists.uk;
