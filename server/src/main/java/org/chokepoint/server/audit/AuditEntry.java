package org.chokepoint.server.audit;

import java.time.Instant;

/**
 * One line of the audit log: who did what to which thing, when and why.
 *
 * @param id     increasing, unique
 * @param at     when
 * @param actor  the username, or "system" for what the server did by itself, or "anonymous" for a failed login
 * @param action a stable id such as "decision.false_positive", "case.create", "lists.update", "login.failed"
 * @param target what was acted on (a party id, a case number, a list source), or null
 * @param reason the reason the user gave, or null where none is asked for
 * @param detail further facts for the record (counts, roles), or null
 */
public record AuditEntry(long id, Instant at, String actor, String action, String target, String reason, String detail) {}
