/** One class per command; each parses its options, calls the core and hands the result to an output class. */
package org.chokepoint.cli.command;
