/**
 * The UN Security Council Consolidated List, official XML ({@code CONSOLIDATED_LIST} with
 * {@code INDIVIDUALS} and {@code ENTITIES}, schema sc-sanctions.xsd). {@link org.chokepoint.lists.un.UnReader}
 * streams it with StAX, DTDs and external entities disabled; each record becomes a small element tree
 * that the mapper turns into an entity.
 */
package org.chokepoint.lists.un;
