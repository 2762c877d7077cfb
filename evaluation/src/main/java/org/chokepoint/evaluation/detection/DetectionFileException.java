package org.chokepoint.evaluation.detection;

import java.nio.file.Path;

/** A truth or findings file that cannot be used, with where and why: {@code file:line: reason} (line 0 = the whole file). */
public final class DetectionFileException extends Exception {
    public DetectionFileException(Path file, long line, String reason) {
        super(file + (line > 0 ? ":" + line : "") + ": " + reason);
    }
}
