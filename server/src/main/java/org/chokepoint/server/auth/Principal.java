package org.chokepoint.server.auth;

/**
 * Who a request acts for, and how it proved it.
 *
 * @param user the authenticated user
 * @param csrf the session's CSRF token, or null when the request came with an API token (a browser
 *             never adds an {@code Authorization} header by itself, so token requests need none)
 */
public record Principal(User user, String csrf) {
    public String username() {
        return user.username();
    }

    public Role role() {
        return user.role();
    }

    public boolean viaSession() {
        return csrf != null;
    }
}
