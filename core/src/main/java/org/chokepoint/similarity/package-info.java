/** String and token-list similarity: pure functions in [0, 1], symmetric, 1 for equal inputs. */
package org.chokepoint.similarity;
