/**
 * Screening a party against the loaded lists: the candidate index, the versioned pure scorer and the
 * {@link org.chokepoint.screening.Screener} facade the CLI, the server and Spark call. No I/O.
 */
package org.chokepoint.screening;
