package org.chokepoint.cli.command;

import picocli.CommandLine.Command;

/** {@code chokepoint flows ...}: aggregate trade statistics. */
@Command(name = "flows", mixinStandardHelpOptions = true, description = "Aggregate trade flows: where trade moved after sanctions.",
        subcommands = {FlowsSurgeCommand.class})
public final class FlowsCommand {}
