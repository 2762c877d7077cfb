package org.chokepoint.cli;

import org.chokepoint.cli.command.BenchCommand;
import org.chokepoint.cli.command.DemoCommand;
import org.chokepoint.cli.command.DetectCommand;
import org.chokepoint.cli.command.EntityCommand;
import org.chokepoint.cli.command.EvalCommand;
import org.chokepoint.cli.command.FlowsCommand;
import org.chokepoint.cli.command.GenerateCommand;
import org.chokepoint.cli.command.GoodsCommand;
import org.chokepoint.cli.command.NetworkCommand;
import org.chokepoint.cli.command.OwnershipCommand;
import org.chokepoint.cli.command.ScreenCommand;
import org.chokepoint.cli.command.ServeCommand;
import org.chokepoint.cli.command.ListsCommand;
import org.chokepoint.cli.command.ShipmentsCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** The {@code chokepoint} command. */
@Command(name = "chokepoint", mixinStandardHelpOptions = true, version = "chokepoint 0.1.0",
        description = "Finds where military-relevant technology leaks to sanctioned end users.",
        subcommands = {ListsCommand.class, EntityCommand.class, ScreenCommand.class, ShipmentsCommand.class, GoodsCommand.class, FlowsCommand.class,
                GenerateCommand.class, DetectCommand.class, NetworkCommand.class, OwnershipCommand.class, ServeCommand.class, DemoCommand.class,
                EvalCommand.class, BenchCommand.class, CommandLine.HelpCommand.class})
public final class Chokepoint {
    @Option(names = "--data", paramLabel = "DIR", description = "data directory (default: $CHOKEPOINT_HOME or ~/.chokepoint)")
    private Path data;

    Path data() {
        return data;
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns the exit code (0 success, 1 failure, 2 usage error). */
    public static int run(String... args) {
        return run(new PrintWriter(System.out, true, StandardCharsets.UTF_8), new PrintWriter(System.err, true, StandardCharsets.UTF_8), args);
    }

    /** Runs with the given output streams; tests call this in-process. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        return new CommandLine(new Chokepoint()).setOut(out).setErr(err)
                .setExecutionExceptionHandler((ex, cmd, parsed) -> {
                    cmd.getErr().println("error: " + (ex.getMessage() == null ? ex.toString() : ex.getMessage()));
                    return 1;
                })
                .execute(args);
    }
}
