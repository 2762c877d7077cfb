/** The command line: parse, call one core entry point, render. No logic of its own. */
package org.chokepoint.cli;
