package org.chokepoint.testkit;

import org.junit.jupiter.api.Assumptions;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The real list snapshots in {@code ../shared/data}. The folder comes from the system property
 * {@code chokepoint.shared} (set by the build), else {@code ../shared} of the working directory or
 * of its parent. Tests that need a file call {@link #file}; when the folder is absent they are skipped
 * with a message saying so, never passed silently.
 */
public final class SharedData {
    private SharedData() {}

    /** The {@code shared/data} folder, or null when it cannot be found. */
    public static Path dataDir() {
        String prop = System.getProperty("chokepoint.shared");
        if (prop != null && Files.isDirectory(Path.of(prop, "data"))) return Path.of(prop, "data").toAbsolutePath().normalize();
        Path here = Path.of("").toAbsolutePath();
        for (Path p = here; p != null; p = p.getParent()) {
            Path candidate = p.resolveSibling("shared").resolve("data");
            if (Files.isDirectory(candidate)) return candidate.normalize();
        }
        return null;
    }

    /** A file or folder under shared/data; skips the calling test when it is absent. */
    public static Path file(String relative) {
        Path dir = dataDir();
        Assumptions.assumeTrue(dir != null, "../shared/data not found: real-data test skipped");
        Path f = dir.resolve(relative);
        Assumptions.assumeTrue(Files.exists(f), f + " not found: real-data test skipped");
        return f;
    }
}
