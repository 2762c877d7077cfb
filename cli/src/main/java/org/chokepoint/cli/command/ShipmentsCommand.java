package org.chokepoint.cli.command;

import picocli.CommandLine.Command;

/** {@code chokepoint shipments ...}: shipment records, the input of analysis. */
@Command(name = "shipments", mixinStandardHelpOptions = true, description = "Load and inspect shipment records (customs declaration lines).",
        subcommands = {ShipmentsLoadCommand.class, ShipmentsStatusCommand.class})
public final class ShipmentsCommand {}
