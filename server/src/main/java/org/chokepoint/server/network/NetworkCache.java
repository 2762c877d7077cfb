package org.chokepoint.server.network;

import org.chokepoint.server.DeskException;
import org.chokepoint.server.findings.Findings;
import org.chokepoint.server.findings.FindingsException;

import java.io.IOException;

/**
 * Holds the network of the findings the desk currently shows, read on first use and kept until the desk
 * shows other findings (compared by identity, so a new detect run loaded into the desk is read afresh).
 * Thread-safe: concurrent first requests may read the files twice; one result wins.
 */
public final class NetworkCache {
    private record Entry(Findings findings, NetworkFindings network) {}

    private volatile Entry entry;

    /** The network of {@code findings}; a malformed file is a {@link DeskException} naming it. */
    public NetworkFindings of(Findings findings) {
        Entry e = entry;
        if (e != null && e.findings == findings) return e.network;
        try {
            NetworkFindings n = NetworkReader.read(findings);
            entry = new Entry(findings, n);
            return n;
        } catch (FindingsException ex) {
            throw new DeskException("the network files of the findings cannot be read: " + ex.getMessage(), ex);
        } catch (IOException ex) {
            throw new DeskException("the network files of the findings cannot be read: " + ex.getMessage(), ex);
        }
    }
}
