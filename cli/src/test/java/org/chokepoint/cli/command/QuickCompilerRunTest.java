package org.chokepoint.cli.command;

import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo's child JVM: it runs the command, its output reaches the caller's writers, and its exit code comes back. */
class QuickCompilerRunTest {
    @Test
    void theChildsOutputAndExitCodeComeBack() throws Exception {
        StringWriter out = new StringWriter(), err = new StringWriter();
        Optional<Integer> help = QuickCompilerRun.run(new PrintWriter(out), new PrintWriter(err), List.of("--help"));
        assertThat(help).as(err.toString()).hasValue(0);
        assertThat(out.toString()).contains("Usage: chokepoint").contains("demo");

        StringWriter out2 = new StringWriter(), err2 = new StringWriter();
        Optional<Integer> wrong = QuickCompilerRun.run(new PrintWriter(out2), new PrintWriter(err2), List.of("no-such-command"));
        assertThat(wrong).isPresent();
        assertThat(wrong.get()).isNotZero();
        assertThat(err2.toString()).contains("no-such-command");
    }
}
