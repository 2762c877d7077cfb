/**
 * Updating the stored lists: from a folder of files, or by downloading each configured source from its
 * official publisher first. Each source loads independently: one that fails keeps its previous snapshot.
 */
package org.chokepoint.lists.update;
