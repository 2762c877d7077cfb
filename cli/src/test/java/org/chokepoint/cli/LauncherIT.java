package org.chokepoint.cli;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The launcher script (./chokepoint) and its ahead-of-time cache, run as a user runs it: from a copy of the checkout's
 * launcher beside this build's jar (no sources there, so the launcher does not rebuild). The cache must change nothing a
 * user sees: every run prints what a run without the cache prints, nothing more. A JDK before 25 makes no cache.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)  // one launcher copy: the failing first run comes first
class LauncherIT {
    private static final Duration ASSEMBLY = Duration.ofMinutes(3);

    @TempDir
    static Path root;
    @TempDir
    static Path empty;

    @BeforeAll
    static void copyLauncher() throws IOException {
        assumeTrue(Files.isExecutable(Path.of("/bin/bash")), "the launcher is a bash script");
        Path checkout = Path.of("").toAbsolutePath().getParent();
        Path target = Path.of("target").toAbsolutePath();
        Files.copy(checkout.resolve("chokepoint"), root.resolve("chokepoint"));
        Files.createDirectories(root.resolve(".mvn"));
        Files.copy(checkout.resolve(".mvn/jdk.sh"), root.resolve(".mvn/jdk.sh"));
        Path cliTarget = Files.createDirectories(root.resolve("cli/target"));
        Files.copy(target.resolve("chokepoint-cli.jar"), cliTarget.resolve("chokepoint-cli.jar"));
        // The dependencies are read in place; the launcher's own copies (native/, aot/) are made in the copy.
        Files.createSymbolicLink(cliTarget.resolve("lib"), target.resolve("lib"));
    }

    @AfterAll
    static void unlinkDependencies() throws IOException {
        Files.deleteIfExists(root.resolve("cli/target/lib"));  // the link, before the temporary folder is deleted
    }

    /** A name screened against an empty data directory: the CLI loads, then stops with an error (exit 1). */
    private static Run failingScreen(String aot) throws Exception {
        return launch(aot, null, "--data", empty.toString(), "screen", "VTB Bank");
    }

    /** `screen --help`: a quick run of the one-name family that succeeds. */
    private static Run screenHelp(String aot, String javaToolOptions) throws Exception {
        return launch(aot, javaToolOptions, "--data", empty.toString(), "screen", "--help");
    }

    private static Run launch(String aot, String javaToolOptions, String... args) throws Exception {
        return launch(aot, javaToolOptions, false, args);
    }

    /** {@code noLocale}: as from a shell with no locale set (a bare container, {@code env -i}): ASCII by default. */
    private static Run launch(String aot, String javaToolOptions, boolean noLocale, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("/bin/bash", root.resolve("chokepoint").toString()));
        command.addAll(List.of(args));
        if (noLocale) {
            // The arguments as bytes in a script: this JVM, itself perhaps without a locale (CI), would write them as ASCII.
            StringBuilder script = new StringBuilder("exec");
            for (String c : command) script.append(" '").append(c.replace("'", "'\\''")).append('\'');
            Path file = Files.createTempFile(root, "launch", ".sh");
            Files.writeString(file, script.append('\n'), StandardCharsets.UTF_8);
            command = List.of("/bin/bash", file.toString());
        }
        ProcessBuilder builder = new ProcessBuilder(command);
        if (noLocale) builder.environment().keySet().removeIf(k -> k.equals("LANG") || k.equals("LANGUAGE") || k.startsWith("LC_"));
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment().put("CHOKEPOINT_AOT", aot);
        builder.environment().remove("CHOKEPOINT_JAVA_OPTS");
        builder.environment().remove("JAVA_TOOL_OPTIONS");
        if (javaToolOptions != null) builder.environment().put("JAVA_TOOL_OPTIONS", javaToolOptions);
        Path out = Files.createTempFile(root, "out", ".txt");
        Path err = Files.createTempFile(root, "err", ".txt");
        Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).as("the launcher finishes").isTrue();
        return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    private record Run(int exit, String out, String err) {
        /** What the user sees, without the line the JVM prints when JAVA_TOOL_OPTIONS is set. */
        Run seen() {
            return new Run(exit, out, err.lines().filter(l -> !l.startsWith("Picked up JAVA_TOOL_OPTIONS"))
                    .map(l -> l + "\n").reduce("", String::concat));
        }
    }

    private static List<Path> cacheFiles(String suffix) throws IOException {
        Path dir = root.resolve("cli/target/aot");
        if (!Files.isDirectory(dir)) return List.of();
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(suffix)).toList();
        }
    }

    /** Waits for the background assembly: one cache in the folder, not the one given (null: any). */
    private static Path awaitOneCache(Path old) throws Exception {
        Instant until = Instant.now().plus(ASSEMBLY);
        while (Instant.now().isBefore(until)) {
            List<Path> caches = cacheFiles(".aot");
            if (caches.size() == 1 && !caches.getFirst().equals(old)) return caches.getFirst();
            Thread.sleep(500);
        }
        throw new AssertionError("no cache assembled in " + ASSEMBLY + ": " + cacheFiles(""));
    }

    @Test
    @Order(0)
    void aNameInAnyScriptArrivesWholeWithoutALocale() throws Exception {
        // Names come in every script; with no locale the JVM would read the arguments and write its output as ASCII.
        Run run = launch("off", null, true, "--data", empty.toString(), "Грант-Трейд");
        assertThat(run.exit()).as(run.toString()).isEqualTo(2);
        assertThat(run.err()).contains("'Грант-Трейд'");
    }

    @Test
    @Order(1)
    void aFailingFirstRunLeavesNoCache() throws Exception {
        Run plain = failingScreen("off");
        assertThat(plain.exit()).as(plain.toString()).isEqualTo(1);
        assertThat(plain.err()).contains("no lists loaded");
        assertThat(failingScreen("on")).as("what the user sees, recording or not").isEqualTo(plain);
        Thread.sleep(1000);
        assertThat(cacheFiles("")).as("nothing kept from a run that failed").isEmpty();
    }

    @Test
    @Order(2)
    void theCacheIsMadeFromTheFirstRunUsedByLaterOnesAndRemadeWhenTheJarChanges() throws Exception {
        Run plain = screenHelp("off", null);
        assertThat(plain.exit()).as(plain.toString()).isZero();
        assertThat(plain.out()).contains("Usage: chokepoint screen");
        assertThat(cacheFiles("")).as("CHOKEPOINT_AOT=off makes nothing").isEmpty();

        List<Run> runs = new ArrayList<>();
        runs.add(screenHelp("on", null));  // records, then assembles in the background
        if (Runtime.version().feature() < 25) {
            runs.add(screenHelp("on", null));
            assertThat(runs).allSatisfy(r -> assertThat(r).isEqualTo(plain));
            assertThat(cacheFiles("")).as("no cache before JDK 25").isEmpty();
            return;
        }
        Path cache = awaitOneCache(null);
        FileTime made = Files.getLastModifiedTime(cache);

        Path classes = Files.createTempFile(root, "classes", ".log");
        runs.add(screenHelp("on", "-Xlog:class+load=info:file=" + classes).seen());
        assertThat(Files.readString(classes)).as("classes come from the cache").contains("source: shared objects file");
        runs.add(screenHelp("on", null));
        assertThat(cacheFiles(".aot")).containsExactly(cache);
        assertThat(Files.getLastModifiedTime(cache)).as("the cache is reused, not made again").isEqualTo(made);

        // A rebuilt jar (another time stamp) must not use the old cache: the next run records and a new one is made.
        Path jar = root.resolve("cli/target/chokepoint-cli.jar");
        Files.setLastModifiedTime(jar, FileTime.from(Instant.now().plusSeconds(5)));
        runs.add(screenHelp("on", null));
        Path remade = awaitOneCache(cache);
        assertThat(remade).as("a new cache, the old one removed").isNotEqualTo(cache);
        assertThat(Files.exists(cache)).isFalse();
        runs.add(screenHelp("on", null));

        assertThat(runs).as("the cache never shows: same exit, same output, no JVM messages")
                .allSatisfy(r -> assertThat(r).isEqualTo(plain));
    }
}
