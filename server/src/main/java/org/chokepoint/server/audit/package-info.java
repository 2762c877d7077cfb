/** The append-only audit log: who did what, when and why; written in the same transaction as the change it records. */
package org.chokepoint.server.audit;
