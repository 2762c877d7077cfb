/**
 * Users' own lists in CSV (internal denied customers, a partner's watch list), read with a column
 * mapping and screened alongside the official lists. Entity ids are {@code custom:<name>:<id>}.
 */
package org.chokepoint.lists.custom;
