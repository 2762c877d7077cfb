/**
 * The screening index of the loaded lists kept on disk, in the data directory's {@code index} folder, so that a command
 * that screens a few names, {@code detect} and the desk start without normalising every listed name again: written by
 * {@code lists update} and by the first command that needs it, used while the lists, the scorer and the code are the
 * ones it was written for.
 */
package org.chokepoint.lists.index;
