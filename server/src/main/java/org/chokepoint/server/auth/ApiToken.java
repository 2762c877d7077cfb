package org.chokepoint.server.auth;

import java.time.Instant;

/**
 * An API token as its owner and admins see it, never the secret itself.
 *
 * @param id       the first 16 hex digits of the token's SHA-256 digest: names the token for revocation
 *                 without revealing anything that lets one use it
 * @param username whose token it is
 * @param label    what the owner said it is for, or null
 * @param created  when it was issued
 */
public record ApiToken(String id, String username, String label, Instant created) {
    /** Length of {@link #id}. */
    public static final int ID_LENGTH = 16;
}
