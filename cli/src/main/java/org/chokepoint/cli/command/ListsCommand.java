package org.chokepoint.cli.command;

import picocli.CommandLine.Command;

/** {@code chokepoint lists ...}: the official lists. */
@Command(name = "lists", mixinStandardHelpOptions = true, description = "Load, inspect and compare the sanctions lists.",
        subcommands = {ListsUpdateCommand.class, ListsStatusCommand.class, ListsDiffCommand.class})
public final class ListsCommand {}
