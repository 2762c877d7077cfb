package org.chokepoint.server.auth;

import java.time.Instant;

/**
 * A desk user as stored (the password hash never leaves {@link UserStore}).
 *
 * @param username    the login name: 2 to 40 characters of a-z, 0-9, '.', '_', '-'
 * @param displayName what pages show
 * @param role        what the user may do
 * @param createdAt   when the user was created
 */
public record User(String username, String displayName, Role role, Instant createdAt) {}
