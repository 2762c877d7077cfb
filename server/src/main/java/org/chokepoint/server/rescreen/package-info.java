/**
 * Re-screening when the lists change: every stored party (the parties of the served findings and the
 * counterparty register compliance teams upload) is screened again, and every hit becomes an alert,
 * which decision memory keeps cleared while the listed entity's record stays as it was.
 */
package org.chokepoint.server.rescreen;
