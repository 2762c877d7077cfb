package org.chokepoint.server.dataset;

import java.util.Locale;

/** Where a detection job stands. Queued and running jobs are active; done and failed are final. */
public enum JobState {
    QUEUED, RUNNING, DONE, FAILED;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean active() {
        return this == QUEUED || this == RUNNING;
    }
}
