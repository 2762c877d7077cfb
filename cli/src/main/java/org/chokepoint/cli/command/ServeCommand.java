package org.chokepoint.cli.command;

import org.chokepoint.cli.DataDirOption;
import org.chokepoint.server.Desk;
import org.chokepoint.server.DeskServer;
import org.chokepoint.server.auth.FirstUsers;
import org.chokepoint.server.findings.FindingsException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve the analyst's desk (web pages and the REST API under /api/v1) on the loaded lists.",
                "First start creates user 'admin' with a random password, printed once; --demo creates demo users instead.",
                "Stop with Ctrl-C."})
public final class ServeCommand implements Callable<Integer> {
    @Mixin
    private DataDirOption data;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "8080", description = "port to listen on (default: ${DEFAULT-VALUE}; 0: any free port)")
    private int port;

    @Option(names = "--host", paramLabel = "HOST", defaultValue = "127.0.0.1",
            description = "address to listen on (default: ${DEFAULT-VALUE}, this machine only; 0.0.0.0 for every interface, behind TLS)")
    private String host;

    @Option(names = "--findings", paramLabel = "DIR", description = "a `detect` output directory (parties.jsonl, shipments.jsonl, summary.json) to triage (default: the findings the desk served last, e.g. of a detection job run from the Data page)")
    private Path findings;

    @Option(names = "--lists-from", paramLabel = "DIR", description = "where an admin's list update loads from (default: the official publishers)")
    private Path listsFrom;

    @Option(names = "--demo", description = "create demo users (viewer, analyst, admin) with printed passwords; for trying the desk, never on a shared server")
    private boolean demo;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        if (port < 0 || port > 65535) {
            err.println("error: --port must be from 0 to 65535");
            return 2;
        }
        if (findings != null && !Files.isDirectory(findings)) {
            err.println("error: --findings " + findings + " is not a directory");
            return 2;
        }
        Desk desk;
        try {
            desk = Desk.open(data.dir(), findings, listsFrom);
        } catch (FindingsException e) {
            err.println("error: findings: " + e.getMessage());
            return 1;
        }
        if (desk.lists().entityCount() == 0) {
            err.println("warning: no lists loaded in " + data.dir() + "; screening finds nothing until `chokepoint lists update` runs");
        }
        // Demo users first, so that a fresh demo desk's admin is the demo admin rather than one with a random password.
        if (demo) FirstUsers.demo(desk.users()).forEach(out::println);
        FirstUsers.ensureAdmin(desk.users()).forEach(out::println);
        DeskServer server = new DeskServer(desk).start(host, port);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            desk.close();
            stopped.countDown();
        }, "chokepoint-serve-shutdown"));
        String shown = host.equals("0.0.0.0") ? "localhost" : host;
        out.printf("Chokepoint desk at http://%s:%d/  (%,d listed entities, %,d parties in findings%s)%n",
                shown, server.port(), desk.lists().entityCount(), desk.findings().parties().size(),
                desk.findings().loaded() ? " from " + desk.findings().directory() : "");
        out.println("API: http://" + shown + ":" + server.port() + "/api/openapi.json (Authorization: Bearer <token>; issue one on the account page)");
        out.flush();
        stopped.await();
        return 0;
    }
}
