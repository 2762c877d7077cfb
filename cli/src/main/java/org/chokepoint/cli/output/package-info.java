/** Rendering for people (tables, progress on stderr) and for programs (JSON). */
package org.chokepoint.cli.output;
