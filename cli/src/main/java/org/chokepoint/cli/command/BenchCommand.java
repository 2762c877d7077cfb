package org.chokepoint.cli.command;

import picocli.CommandLine.Command;

/** {@code chokepoint bench ...}: speed on this machine. */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Speed measurements on this machine, with the loaded lists.",
        subcommands = {BenchScreeningCommand.class, BenchDetectCommand.class, BenchServeCommand.class})
public final class BenchCommand {}
