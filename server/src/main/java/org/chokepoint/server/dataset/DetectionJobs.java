package org.chokepoint.server.dataset;

import org.chokepoint.detect.DetectionProgress;
import org.chokepoint.detect.DetectionResult;
import org.chokepoint.detect.DetectionSettings;
import org.chokepoint.detect.Detector;
import org.chokepoint.detect.ListUsed;
import org.chokepoint.detect.flags.SanctionsPolicy;
import org.chokepoint.detect.party.NetworkResolution;
import org.chokepoint.detect.watchlist.ListedIndex;
import org.chokepoint.detect.watchlist.OwnershipBlocks;
import org.chokepoint.lists.index.KeptIndex;
import org.chokepoint.lists.store.Snapshot;
import org.chokepoint.model.Entity;
import org.chokepoint.screening.ScorerV1;
import org.chokepoint.server.ListsView;
import org.chokepoint.server.audit.AuditLog;
import org.chokepoint.server.findings.Findings;
import org.chokepoint.server.findings.FindingsReader;
import org.chokepoint.server.findings.Party;
import org.chokepoint.trade.goods.GoodsClassifier;
import org.chokepoint.trade.goods.HsNomenclature;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * Runs {@code detect} ({@link Detector}, the same core and defaults as the CLI's {@code detect}: resolve-v2
 * party resolution, standard rulebook and policy) on a stored dataset in the background, one job at a
 * time: a second job is refused while one is queued or running, because a run uses both cores and
 * gigabytes of work database, and two would only slow each other. A finished run's findings (written
 * under {@code <data>/desk-findings/<dataset>-<time>-<job>}) become the ones the desk serves. Jobs are kept in
 * memory, so their list starts empty when the desk restarts; the audit log keeps every start and end.
 * Thread-safe.
 */
public final class DetectionJobs implements AutoCloseable {
    private final Path dataDir;
    private final ShipmentDatasets datasets;
    private final ListsView lists;
    private final AuditLog audit;
    private final Consumer<Findings> serve;
    private final ExecutorService runner = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "chokepoint-detect-job");
        t.setDaemon(true);
        return t;
    });
    private final AtomicLong ids = new AtomicLong();
    private final Map<Long, DetectionJob> jobs = Collections.synchronizedMap(new LinkedHashMap<>());

    /** @param serve called with a finished run's findings, to make them the desk's */
    public DetectionJobs(Path dataDir, ShipmentDatasets datasets, ListsView lists, AuditLog audit, Consumer<Findings> serve) {
        this.dataDir = dataDir;
        this.datasets = datasets;
        this.lists = lists;
        this.audit = audit;
        this.serve = serve;
    }

    /** Thrown when a job is submitted while another is queued or running. */
    public static final class BusyException extends RuntimeException {
        public BusyException(String message) {
            super(message);
        }
    }

    /**
     * Queues a run on {@code dataset} for {@code actor}.
     *
     * @throws java.util.NoSuchElementException when there is no such dataset, or its file is gone
     * @throws BusyException                    when another job is queued or running
     */
    public synchronized DetectionJob submit(String actor, String dataset) {
        Path file = datasets.file(dataset).orElseThrow(() -> new java.util.NoSuchElementException(datasets.find(dataset).isEmpty()
                ? "no dataset '" + dataset + "'; upload one first (POST /api/v1/datasets)"
                : "the file of dataset '" + dataset + "' is no longer on disk; upload it again"));
        Optional<DetectionJob> active = all().stream().filter(j -> j.state().active()).findFirst();
        if (active.isPresent()) {
            throw new BusyException("job " + active.get().id() + " on dataset '" + active.get().dataset() + "' is " + active.get().state().label()
                    + "; one detection job runs at a time, try again when it is done");
        }
        long id = ids.incrementAndGet();
        // Job numbers restart with the desk; the time keeps a new run from writing over the findings an older one left (and may be serving).
        Path out = dataDir.resolve("desk-findings").resolve(dataset + "-" + java.time.LocalDateTime.now().format(java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")) + "-" + id);
        DetectionJob job = new DetectionJob(id, dataset, actor, JobState.QUEUED, null, 0, Instant.now(), null, null, null, null, out.toString());
        jobs.put(id, job);
        audit.append(actor, "detect.start", dataset, null, "job " + id + " on " + file.getFileName());
        runner.execute(() -> run(id, dataset, file, out));
        return job;
    }

    public Optional<DetectionJob> job(long id) {
        return Optional.ofNullable(jobs.get(id));
    }

    /** Every job since the desk started, newest first. */
    public List<DetectionJob> all() {
        List<DetectionJob> out;
        synchronized (jobs) {
            out = new ArrayList<>(jobs.values());
        }
        Collections.reverse(out);
        return out;
    }

    private void change(long id, java.util.function.UnaryOperator<DetectionJob> f) {
        jobs.computeIfPresent(id, (k, j) -> f.apply(j));
    }

    private void run(long id, String dataset, Path file, Path out) {
        change(id, j -> new DetectionJob(j.id(), j.dataset(), j.actor(), JobState.RUNNING, "indexing the lists", 0, j.submitted(), Instant.now(),
                null, null, null, j.findingsDir()));
        DetectionJob job = jobs.get(id);
        try {
            List<Entity> entities = lists.currentEntities();
            if (entities.isEmpty()) throw new IllegalStateException("no lists loaded; an admin must load them first (lists update)");
            List<ListUsed> used = new ArrayList<>();
            List<Snapshot> snapshots = lists.currentSnapshots();
            for (Snapshot s : snapshots) {
                used.add(new ListUsed(s.source(), s.id(), s.published() == null ? null : s.published().toString(), s.loadedAt().toString(), s.entities()));
            }
            HsNomenclature hs = HsNomenclature.firstExisting(List.of(dataDir.resolve("hs").resolve("harmonized-system.csv"),
                    HsNomenclature.SHARED_FILE.toAbsolutePath().normalize()));
            // The screener of the screenable entities is read from the index kept in the data directory, as detect's is.
            ListedIndex listed = ListedIndex.build(entities, OwnershipBlocks.compute(entities, List.of()), ScorerV1.DEFAULT_THRESHOLD,
                    screenable -> KeptIndex.open(dataDir, KeptIndex.SCREENABLE, snapshots, screenable, System.err::println));
            Detector detector = new Detector(listed, GoodsClassifier.standard(hs), SanctionsPolicy.STANDARD,
                    new NetworkResolution(), DetectionSettings.DEFAULTS, used);
            DetectionResult r = detector.run(file, "dataset '" + dataset + "' (" + file.getFileName() + ")", out, new DetectionProgress() {
                @Override
                public void stage(String name) {
                    change(id, j -> new DetectionJob(j.id(), j.dataset(), j.actor(), JobState.RUNNING, name, 0, j.submitted(), j.started(), null, null, null, j.findingsDir()));
                }

                @Override
                public void update(long done) {
                    change(id, j -> new DetectionJob(j.id(), j.dataset(), j.actor(), JobState.RUNNING, j.stage(), done, j.submitted(), j.started(),
                            null, null, null, j.findingsDir()));
                }
            });
            Findings findings = FindingsReader.read(out);
            long alerts = findings.parties().stream().filter(Party::alerting).count();
            DetectionJob.Counts counts = new DetectionJob.Counts(r.read(), r.valid(), r.rejected(), r.parties(), r.listedParties(), r.flaggedRecords(), alerts);
            serve.accept(findings);
            change(id, j -> new DetectionJob(j.id(), j.dataset(), j.actor(), JobState.DONE, j.stage(), j.progress(), j.submitted(), j.started(),
                    Instant.now(), counts, null, j.findingsDir()));
            audit.append(job.actor(), "detect.done", job.dataset(), null, "job " + id + ": " + r.read() + " records read, " + r.valid() + " valid, "
                    + r.rejected() + " rejected; " + r.parties() + " parties, " + r.listedParties() + " listed, " + alerts + " alerts; findings in " + out);
        } catch (Exception | Error e) {
            // Whatever ends the run (an out-of-memory error included) must leave the job failed, never running for ever.
            String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            change(id, j -> new DetectionJob(j.id(), j.dataset(), j.actor(), JobState.FAILED, j.stage(), j.progress(), j.submitted(), j.started(),
                    Instant.now(), null, why, j.findingsDir()));
            try {
                audit.append(job.actor(), "detect.failed", job.dataset(), null, "job " + id + ": " + why);
            } catch (RuntimeException ignored) {
                // The job's state says why it failed; a closed database at shutdown must not hide that.
            }
        }
    }

    /** Waits for the job to finish, for tests and shutdown; returns its state then. */
    public DetectionJob await(long id, long timeoutSeconds) throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeoutSeconds);
        while (System.nanoTime() < until) {
            DetectionJob j = jobs.get(id);
            if (j == null || !j.state().active()) return j;
            Thread.sleep(50);
        }
        return jobs.get(id);
    }

    @Override
    public void close() {
        runner.shutdownNow();
        try {
            runner.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
