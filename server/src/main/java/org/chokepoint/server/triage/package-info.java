/**
 * Alerts, decisions and cases. An alert's status is derived, never stored: from its decisions and, for a
 * false positive, from whether the list records it was cleared against still carry the same fingerprint.
 */
package org.chokepoint.server.triage;
