package org.chokepoint.bench;

import java.nio.file.Files;
import java.nio.file.Path;

/** The shared real-data folder the benchmarks read. */
final class SharedFolder {
    private SharedFolder() {}

    static Path data() {
        Path p = Path.of(System.getProperty("chokepoint.shared", "../shared"), "data").toAbsolutePath().normalize();
        if (!Files.isDirectory(p)) throw new IllegalStateException(p + " not found: pass -Dchokepoint.shared=DIR");
        return p;
    }
}
