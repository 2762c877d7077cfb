package org.chokepoint.cli.command;

import picocli.CommandLine.Command;

/** {@code chokepoint eval ...}: benchmarks on real data. */
@Command(name = "eval", mixinStandardHelpOptions = true, description = "Benchmarks built from real data.",
        subcommands = {EvalMatchingCommand.class})
public final class EvalCommand {}
