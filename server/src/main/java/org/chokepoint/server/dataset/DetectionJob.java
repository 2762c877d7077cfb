package org.chokepoint.server.dataset;

import java.time.Instant;

/**
 * A detection job as it stands at one moment (an immutable copy; ask {@link DetectionJobs#job} again for news).
 *
 * @param id          1, 2, ... in the order jobs were submitted since the desk started
 * @param dataset     the dataset's name
 * @param actor       who started it
 * @param state       queued, running, done or failed
 * @param stage       the stage running ("screening 412 parties"), or the last one; null before the start
 * @param progress    units done in the stage (rows read, parties screened); 0 when the stage does not count
 * @param submitted   when it was submitted
 * @param started     when it started running, or null
 * @param finished    when it finished, or null
 * @param counts      the run's counts once done, else null
 * @param error       why it failed, else null
 * @param findingsDir where its findings are written
 */
public record DetectionJob(long id, String dataset, String actor, JobState state, String stage, long progress, Instant submitted, Instant started,
                           Instant finished, Counts counts, String error, String findingsDir) {
    /**
     * What a finished run found: {@code read = valid + rejected}.
     *
     * @param alerts parties with a list match or a red flag, which the desk now serves as alerts
     */
    public record Counts(long read, long valid, long rejected, int parties, long listedParties, long flaggedRecords, long alerts) {}
}
