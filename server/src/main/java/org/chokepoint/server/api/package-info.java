/**
 * The REST API under {@code /api/v1}: one class per concept (screening, entities, lists, findings and
 * alerts, cases, accounts), each contributing routes to the table, JSON written field by field
 * ({@link org.chokepoint.server.api.ApiJson}), and the OpenAPI document generated from the table.
 */
package org.chokepoint.server.api;
