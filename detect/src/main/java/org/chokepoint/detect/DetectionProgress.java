package org.chokepoint.detect;

/** Progress of a run, for a progress bar. Called from the running thread. */
public interface DetectionProgress {
    DetectionProgress NONE = new DetectionProgress() {
        @Override public void stage(String name) {}
        @Override public void update(long done) {}
    };

    /** A new stage begins ("reading", "screening parties"...). */
    void stage(String name);

    /** Units done in the current stage (rows read, parties screened). */
    void update(long done);
}
