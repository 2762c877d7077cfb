/**
 * Load on the desk's REST API from a second process: an open-loop client that sends requests at a fixed
 * rate whatever the server's answers take, and the latency and error figures of such a run.
 *
 * <p>Open loop, because a client that waits for each answer before sending the next slows down with the
 * server and hides its queueing (coordinated omission). Latency is therefore measured from the moment a
 * request was due to be sent, as a user who arrives on schedule experiences it; the time from the actual
 * send is reported beside it.
 */
package org.chokepoint.evaluation.load;
