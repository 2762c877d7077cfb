package org.chokepoint.server.network;

import org.chokepoint.server.DeskException;
import org.chokepoint.server.findings.Findings;
import org.chokepoint.server.findings.FindingsException;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Holds the network of the findings the desk currently serves, read on first use and kept while the served
 * findings come from the same {@code detect} output directory. Keyed by directory, not by the findings object:
 * a re-screen serves new findings merged from the same run, whose network files have not changed, while a new
 * detection job writes to a directory of its own and is read afresh. Thread-safe: concurrent first requests
 * may read the files twice; one result wins.
 */
public final class NetworkCache {
    private record Entry(Path directory, NetworkFindings network) {}

    private volatile Entry entry;

    /** The network of {@code findings}; a malformed file is a {@link DeskException} naming it. */
    public NetworkFindings of(Findings findings) {
        Entry e = entry;
        if (e != null && findings.directory() != null && Objects.equals(e.directory, findings.directory())) return e.network;
        try {
            NetworkFindings n = NetworkReader.read(findings);
            if (findings.directory() != null) entry = new Entry(findings.directory(), n);
            return n;
        } catch (FindingsException | IOException ex) {
            throw new DeskException("the network files of the findings cannot be read: " + ex.getMessage(), ex);
        }
    }
}
