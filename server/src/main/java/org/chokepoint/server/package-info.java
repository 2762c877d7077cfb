/**
 * The analyst's desk: a web application over the core. {@link org.chokepoint.server.Desk} holds what it
 * works on (lists, one detect run's findings, the desk database), {@link org.chokepoint.server.DeskServer}
 * serves the route table; both are thin: every decision of substance is made by the core or by the
 * small stores in the subpackages.
 */
package org.chokepoint.server;
