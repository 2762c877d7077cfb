package org.chokepoint.cli.command;

import picocli.CommandLine.Command;

/** {@code chokepoint eval ...}: benchmarks on real data. */
@Command(name = "eval", mixinStandardHelpOptions = true, description = "Benchmarks built from real data, and detection measured against a scenario's truth.",
        subcommands = {EvalMatchingCommand.class, EvalDetectionCommand.class, EvalOriginalScriptCommand.class})
public final class EvalCommand {}
