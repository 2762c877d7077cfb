/** The one entity model every list maps to: immutable records, no I/O. */
package org.chokepoint.model;
