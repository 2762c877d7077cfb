/**
 * The official sanctions lists: one reader per format (sub-packages named for the publisher), the
 * checks every file passes before parsing, and what a load produced (entities, rejections, files).
 */
package org.chokepoint.lists;
