package org.chokepoint.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.nio.file.Path;

/**
 * The global {@code --data DIR} option, mixed into every command that uses the store, so it may stand
 * before the command ({@code chokepoint --data DIR lists status}) or after it. Order of precedence: the
 * flag, then the environment variable {@code CHOKEPOINT_HOME}, then {@code $HOME/.chokepoint}.
 */
public final class DataDirOption {
    @Option(names = "--data", paramLabel = "DIR", description = "data directory (default: $CHOKEPOINT_HOME or ~/.chokepoint)")
    private Path data;

    @Spec(Spec.Target.MIXEE)
    private CommandSpec mixee;

    public Path dir() {
        if (data != null) return data.toAbsolutePath();
        for (CommandSpec s = mixee == null ? null : mixee.parent(); s != null; s = s.parent()) {
            if (s.userObject() instanceof Chokepoint top && top.data() != null) return top.data().toAbsolutePath();
        }
        String env = System.getenv("CHOKEPOINT_HOME");
        if (env != null && !env.isBlank()) return Path.of(env).toAbsolutePath();
        // $HOME first: the JVM's user.home comes from the password database and ignores a changed HOME.
        String home = System.getenv("HOME");
        return Path.of(home != null && !home.isBlank() ? home : System.getProperty("user.home"), ".chokepoint");
    }
}
