/** What changed between two versions of a list: added, removed and changed entities, field by field. */
package org.chokepoint.lists.diff;
