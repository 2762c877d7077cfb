package org.chokepoint.server.triage;

import java.time.Instant;
import java.util.List;

/**
 * A case: parties an analyst investigates together, with an append-only history of notes.
 *
 * @param id        case number
 * @param title     what it is about
 * @param partyIds  the parties it covers
 * @param createdBy who opened it
 * @param createdAt when
 * @param events    its notes, oldest first; the last one's status is the case's status
 */
public record CaseFile(long id, String title, List<String> partyIds, String createdBy, Instant createdAt, List<Event> events) {
    /** One entry in a case's history. {@code status} is "open" or "closed". */
    public record Event(Instant at, String actor, String status, String note) {}

    public CaseFile {
        partyIds = List.copyOf(partyIds);
        events = List.copyOf(events);
    }

    public String status() {
        return events.isEmpty() ? "open" : events.get(events.size() - 1).status();
    }
}
