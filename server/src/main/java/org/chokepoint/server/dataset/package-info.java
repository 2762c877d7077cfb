/**
 * Shipment datasets uploaded through the desk (stored with the trade module's {@code ShipmentStore}, the
 * same store {@code chokepoint shipments load} writes) and the background {@code detect} runs on them,
 * whose findings the desk then serves.
 */
package org.chokepoint.server.dataset;
