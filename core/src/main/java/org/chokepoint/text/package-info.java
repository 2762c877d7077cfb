/** Text handling shared by indexing and querying: scripts, normalisation, transliteration. */
package org.chokepoint.text;
