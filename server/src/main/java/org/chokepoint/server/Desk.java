package org.chokepoint.server;

import org.chokepoint.lists.store.SnapshotStore;
import org.chokepoint.lists.store.StoreException;
import org.chokepoint.server.audit.AuditLog;
import org.chokepoint.server.auth.UserStore;
import org.chokepoint.server.findings.Findings;
import org.chokepoint.server.findings.FindingsException;
import org.chokepoint.server.findings.FindingsReader;
import org.chokepoint.server.findings.Party;
import org.chokepoint.server.network.NetworkCache;
import org.chokepoint.server.network.NetworkFindings;
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
 * Thread-safe.
 */
public final class Desk implements AutoCloseable {
    private final ListsView lists;
    private final Findings findings;
    private final DeskDatabase db;
    private final UserStore users;
    private final AuditLog audit;
    private final DecisionStore decisions;
    private final CaseStore cases;
    private final NetworkCache network = new NetworkCache();

    public Desk(ListsView lists, Findings findings, DeskDatabase db) {
        this.lists = lists;
        this.findings = findings;
        this.db = db;
        this.users = new UserStore(db);
        this.audit = new AuditLog(db);
        this.decisions = new DecisionStore(db);
        this.cases = new CaseStore(db);
    }

    /**
     * Opens the desk on a data directory: the lists' store, the desk database, and the findings of
     * {@code findingsDir} (null: none).
     *
     * @param updateFrom where an admin's list update loads from, or null for the official publishers
     */
    public static Desk open(Path dataDir, Path findingsDir, Path updateFrom) throws FindingsException, IOException {
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
        return new Desk(lists, findings, DeskDatabase.open(dataDir));
    }

    public ListsView lists() { return lists; }
    public Findings findings() { return findings; }
    public UserStore users() { return users; }
    public AuditLog audit() { return audit; }
    public DecisionStore decisions() { return decisions; }
    public CaseStore cases() { return cases; }

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
        db.close();
        lists.close();
    }
}
