package org.chokepoint.detect;

import jdk.jfr.Category;
import jdk.jfr.Description;
import jdk.jfr.Event;
import jdk.jfr.Label;
import jdk.jfr.Name;
import jdk.jfr.StackTrace;
import jdk.jfr.Timespan;

import java.lang.management.ManagementFactory;

/**
 * One stage of a detector run as a Java Flight Recorder event: its wall time (the event's duration) and the
 * CPU time the whole process spent in it, DuckDB's native threads included. Wall time alone misleads on a
 * shared machine; the CPU time says what a stage costs. Free when no recording is running. Read them with
 * {@code jfr print --events org.chokepoint.detect.Stage FILE}. Not thread-safe (one per stage, one thread).
 */
@Name("org.chokepoint.detect.Stage")
@Label("Detect stage")
@Category("Chokepoint")
@Description("A stage of chokepoint detect with the process CPU time spent in it")
@StackTrace(false)
final class StageEvent extends Event {
    private static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    @Label("Stage")
    String stage;

    @Label("Process CPU")
    @Timespan(Timespan.NANOSECONDS)
    long processCpu;

    private long cpuAtStart;

    /** Starts timing a stage; {@link #end(String)} closes it. */
    static StageEvent start() {
        StageEvent e = new StageEvent();
        if (e.isEnabled()) e.cpuAtStart = OS.getProcessCpuTime();
        e.begin();
        return e;
    }

    /** Ends and records this stage under {@code name}, and starts the next one. */
    StageEvent end(String name) {
        if (shouldCommit()) {
            stage = name;
            processCpu = OS.getProcessCpuTime() - cpuAtStart;
            commit();
        }
        return start();
    }
}
