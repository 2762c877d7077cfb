/**
 * Who may do what: users with roles, PBKDF2 password hashes, API tokens and sessions stored as digests,
 * and the {@link org.chokepoint.server.auth.Guard} that authenticates, authorises and checks CSRF tokens
 * in front of every route.
 */
package org.chokepoint.server.auth;
