package org.chokepoint.server;

import org.chokepoint.lists.store.SnapshotStore;
import org.chokepoint.lists.store.StoreException;
import org.chokepoint.server.audit.AuditLog;
import org.chokepoint.server.auth.LoginThrottle;
import org.chokepoint.server.auth.UserStore;
import org.chokepoint.server.dataset.DetectionJobs;
import org.chokepoint.server.dataset.ServedRuns;
import org.chokepoint.server.dataset.ShipmentDatasets;
import org.chokepoint.server.findings.Findings;
import org.chokepoint.server.findings.FindingsException;
import org.chokepoint.server.findings.FindingsReader;
import org.chokepoint.server.findings.Party;
import org.chokepoint.server.network.NetworkCache;
import org.chokepoint.server.network.NetworkFindings;
import org.chokepoint.server.rescreen.CounterpartyRegister;
import org.chokepoint.server.rescreen.RegisterUpload;
import org.chokepoint.server.rescreen.Rescreen;
import org.chokepoint.server.rescreen.RescreenReport;
import org.chokepoint.server.rescreen.ScreeningHits;
import org.chokepoint.server.triage.AlertStatus;
import org.chokepoint.server.triage.Alert;
import org.chokepoint.server.triage.AlertQueue;
import org.chokepoint.server.triage.CaseStore;
import org.chokepoint.server.triage.Decision;
import org.chokepoint.server.triage.DecisionStore;
import org.chokepoint.server.triage.Verdict;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * Everything the desk works on: the lists, one {@code detect} run's findings, and the desk database
 * (users, decisions, cases, audit log). The routes call these; none of them knows about HTTP.
 *
 * <p>The findings served are those of the last {@code detect} run (the one the desk started with, or
 * the last detection job to finish) merged with the hits of the last re-screen
 * ({@link Rescreen#merge}); both are replaced whole, so a request sees one consistent version.
 * Thread-safe.
 */
public final class Desk implements AutoCloseable {
    private final ListsView lists;
    /** The last detect run's findings as read. */
    private volatile Findings detected;
    /** {@link #detected} with the re-screen hits merged in: what every page and endpoint serves. */
    private volatile Findings findings;
    private final DeskDatabase db;
    private final UserStore users;
    private final AuditLog audit;
    private final DecisionStore decisions;
    private final CaseStore cases;
    private final NetworkCache network = new NetworkCache();
    private final ShipmentDatasets datasets;
    private final DetectionJobs detections;
    private final CounterpartyRegister register;
    private final ScreeningHits hits;
    private final ServedRuns served;
    private final LoginThrottle loginThrottle = new LoginThrottle(LoginThrottle.DEFAULT);

    public Desk(ListsView lists, Findings findings, DeskDatabase db) {
        this.lists = lists;
        this.db = db;
        this.users = new UserStore(db);
        this.audit = new AuditLog(db);
        this.decisions = new DecisionStore(db);
        this.cases = new CaseStore(db);
        Path dataDir = db.file().getParent();
        this.datasets = new ShipmentDatasets(dataDir);
        this.register = new CounterpartyRegister(db);
        this.hits = new ScreeningHits(db);
        this.served = new ServedRuns(db);
        this.detected = findings;
        if (findings.loaded()) served.served(findings.directory());
        this.findings = Rescreen.merge(findings, hits.all(), register.all());
        this.detections = new DetectionJobs(dataDir, datasets, lists, audit, this::serve);
    }

    /**
     * Opens the desk on a data directory: the lists' store, the desk database, and the findings of
     * {@code findingsDir} (null: those the desk served last, from a detection job or an earlier
     * {@code --findings}, when they are still on disk; else none).
     *
     * @param updateFrom where an admin's list update loads from, or null for the official publishers
     */
    public static Desk open(Path dataDir, Path findingsDir, Path updateFrom) throws FindingsException, IOException {
        if (findingsDir == null) findingsDir = lastServed(dataDir);
        Findings findings = findingsDir == null ? Findings.none() : FindingsReader.read(findingsDir);
        SnapshotStore store;
        try {
            store = SnapshotStore.open(dataDir);
        } catch (StoreException e) {
            throw new DeskException(e.getMessage(), e);
        }
        ListsView lists;
        try {
            lists = new ListsView(store, dataDir, updateFrom);
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
        Desk desk = new Desk(lists, findings, DeskDatabase.open(dataDir));
        // The CLI's lists update cannot run while the desk holds the store, so lists that changed since the last
        // re-screen were loaded while it was down: screen again now, as an update through the desk would have.
        String last = desk.hits.lastLists();
        if (last != null && !last.equals(desk.listsSignature())) desk.rescreen("system", "the lists changed since the last re-screen (chokepoint lists update)");
        return desk;
    }

    private static Path lastServed(Path dataDir) {
        if (!java.nio.file.Files.isRegularFile(dataDir.resolve(DeskDatabase.FILE_NAME))) return null;
        try (DeskDatabase db = DeskDatabase.open(dataDir)) {
            return new ServedRuns(db).last().orElse(null);
        }
    }

    public ListsView lists() { return lists; }
    public Findings findings() { return findings; }
    public UserStore users() { return users; }
    public AuditLog audit() { return audit; }
    public DecisionStore decisions() { return decisions; }
    public CaseStore cases() { return cases; }
    public ShipmentDatasets datasets() { return datasets; }
    public DetectionJobs detections() { return detections; }
    public CounterpartyRegister register() { return register; }
    public ScreeningHits screeningHits() { return hits; }
    public LoginThrottle loginThrottle() { return loginThrottle; }

    /** Serves a new detect run's findings (with the standing re-screen hits that concern its parties). */
    public synchronized void serve(Findings runFindings) {
        detected = runFindings;
        served.served(runFindings.directory());
        findings = Rescreen.merge(runFindings, hits.all(), register.all());
    }

    /**
     * Screens every stored party (the served findings' and the counterparty register's) against the current
     * lists, makes the hits alerts, and writes what it found to the audit log.
     */
    public synchronized RescreenReport rescreen(String actor, String reason) {
        Findings base = detected;
        var registered = register.all();
        Map<String, List<org.chokepoint.server.findings.ListMatch>> now = Rescreen.screen(base, registered, lists.screener());
        String signature = listsSignature();
        int[] counts = new int[4];
        int hitCount = now.values().stream().mapToInt(List::size).sum();
        findings = Rescreen.merge(base, now, registered);
        Map<String, List<Decision>> all = decisions.all();
        for (String partyId : now.keySet()) {
            Party p = findings.party(partyId).orElse(null);
            if (p == null) continue;
            AlertStatus st = AlertQueue.alert(p, all.getOrDefault(partyId, List.of()), lists::fingerprint).status();
            if (st == AlertStatus.OPEN || st == AlertStatus.REOPENED) counts[0]++;
            if (st == AlertStatus.REOPENED) counts[1]++;
            if (st == AlertStatus.CLEARED) counts[2]++;
        }
        java.time.Instant at = java.time.Instant.now();
        int fresh = hits.replace(now, actor, signature, n -> new RescreenReport(at, base.parties().size(), registered.size(), hitCount, n, counts[0], counts[1], counts[2], signature).summary());
        RescreenReport report = new RescreenReport(at, base.parties().size(), registered.size(), hitCount, fresh, counts[0], counts[1], counts[2], signature);
        audit.append(actor, "rescreen", null, reason, report.summary());
        return report;
    }

    /** Replaces the counterparty register with a CSV (formats.md §3) and screens it (and the findings' parties) at once. */
    public RegisterUpload uploadRegister(String actor, String file, String csv) {
        RegisterUpload u = register.replace(actor, file, csv);
        return new RegisterUpload(u.read(), u.stored(), u.rejected(), u.rejections(), rescreen(actor, "counterparty register uploaded"));
    }

    /** The current snapshots as {@code source:id,...}, sorted: what a re-screen screened against. */
    public String listsSignature() {
        return lists.currentSnapshots().stream().map(s -> s.source() + ":" + s.id()).sorted().collect(java.util.stream.Collectors.joining(","));
    }

    /** The trade network written beside the findings, read on first use and kept while the desk shows these findings. */
    public NetworkFindings network() { return network.of(findings()); }

    /** Every alert of the findings with its current status, in rank order. */
    public List<Alert> alerts() {
        return AlertQueue.alerts(findings, decisions.all(), lists::fingerprint);
    }

    public Optional<Alert> alert(String partyId) {
        return findings.party(partyId).filter(Party::alerting)
                .map(p -> AlertQueue.alert(p, decisions.forParty(partyId), lists::fingerprint));
    }

    /**
     * Records an analyst's decision on a party's alert. The listed entities it matches are remembered with
     * their list records' current fingerprints, which is what lets a false positive stay cleared.
     */
    public Decision decide(String actor, String partyId, Verdict verdict, String reason) {
        Party p = findings.party(partyId).filter(Party::alerting)
                .orElseThrow(() -> new NoSuchElementException("no alert for party '" + partyId + "'"));
        Map<String, String> cleared = new LinkedHashMap<>();
        p.listMatches().forEach(m -> cleared.put(m.entityId(), lists.fingerprint(m.entityId())));
        return decisions.decide(actor, partyId, verdict, reason, cleared);
    }

    @Override
    public void close() {
        detections.close();
        db.close();
        lists.close();
    }
}
