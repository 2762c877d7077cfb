package org.chokepoint.cli.command;

import org.chokepoint.cli.Chokepoint;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Runs one chokepoint command in a JVM of its own with the quick compiler only ({@code -XX:TieredStopAtLevel=1}), as
 * the launcher runs {@code lists} commands and {@code detect} on a file of up to 512 MiB: code that runs once. In a JVM
 * that keeps the optimising compiler (the demo's, which goes on to serve) C2 compiles through most of such work and takes
 * the second core from it (the index: 7.2-7.5 s against 4.7-5.9 s, docs/matching.md "An index kept on disk"; detect:
 * docs/red-flags.md, session 16). The child's output is copied to this command's writers as it comes, progress lines
 * included.
 */
final class QuickCompilerRun {
    private QuickCompilerRun() {}

    /**
     * The child's exit code, or empty when no child JVM could be started (no java command or class path known), in
     * which case the caller runs the command in its own JVM.
     */
    static Optional<Integer> run(PrintWriter out, PrintWriter err, List<String> args) throws InterruptedException {
        Optional<String> java = ProcessHandle.current().info().command();
        String classPath = System.getProperty("java.class.path");
        if (java.isEmpty() || classPath == null || classPath.isBlank()) return Optional.empty();
        List<String> command = new ArrayList<>(List.of(java.get(), "--enable-native-access=ALL-UNNAMED", "-XX:TieredStopAtLevel=1",
                "-cp", classPath, Chokepoint.class.getName()));
        command.addAll(args);
        Process child;
        try {
            out.flush();
            err.flush();
            child = new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.INHERIT).start();
        } catch (IOException e) {
            return Optional.empty();
        }
        Thread copyErr = Thread.ofPlatform().daemon().start(() -> copy(child.getErrorStream(), err));
        copy(child.getInputStream(), out);
        int code = child.waitFor();
        copyErr.join();
        return Optional.of(code);
    }

    private static void copy(InputStream from, PrintWriter to) {
        char[] buf = new char[8192];
        try (Reader in = new InputStreamReader(from, StandardCharsets.UTF_8)) {
            for (int n; (n = in.read(buf)) >= 0; ) {
                to.write(buf, 0, n);
                to.flush();
            }
        } catch (IOException e) {
            to.println("(the child's output was cut off: " + e.getMessage() + ")");
            to.flush();
        }
    }
}
