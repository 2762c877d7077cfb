package org.chokepoint.evaluation.load;

import org.chokepoint.evaluation.SpeedBenchmark.Latency;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

/**
 * Sends requests on a fixed schedule (request i is due at start + i / rate) and records each answer's
 * latency from its due time and from its send. The schedule never waits for answers; at most
 * {@link LoadPlan#maxInFlight()} are outstanding, the rest are counted as refused by the client.
 * One run at a time per instance; the HTTP client may be shared.
 */
public final class OpenLoopLoad {
    /** How long the stragglers of a step are awaited after its last request was sent. */
    static final Duration DRAIN = Duration.ofSeconds(30);
    private final HttpClient http;
    private final Duration timeout;

    /** @param timeout a request unanswered after this counts as failed */
    public OpenLoopLoad(HttpClient http, Duration timeout) {
        this.http = http;
        this.timeout = timeout;
    }

    /**
     * Runs the warm-up, then the measured part, of a plan.
     *
     * @param request the i-th request of the step (i from 0, warm-up and measured numbered on); called on the
     *                scheduling thread, so it should be cheap (prebuilt requests cycled)
     */
    public LoadResult run(LoadPlan plan, IntFunction<HttpRequest> request) throws InterruptedException {
        if (plan.warmupRequests() > 0) step(plan.rate(), plan.warmupRequests(), 0, plan.maxInFlight(), request, null);
        Recorder measured = new Recorder(plan.measuredRequests());
        long start = step(plan.rate(), plan.measuredRequests(), plan.warmupRequests(), plan.maxInFlight(), request, measured);
        double elapsed = (measured.lastAnswer.get() - start) / 1e9;
        return new LoadResult(plan, plan.measuredRequests(), measured.completed.get(), measured.ok.get(), new TreeMap<>(measured.failures),
                Math.max(elapsed, 0), Latency.of(measured.answered(measured.fromDue)), Latency.of(measured.answered(measured.fromSend)));
    }

    /** Sends {@code n} requests at {@code rate}; returns the due time of the first; waits for the answers (up to DRAIN). */
    private long step(double rate, int n, int firstIndex, int maxInFlight, IntFunction<HttpRequest> request, Recorder rec) throws InterruptedException {
        Semaphore inFlight = new Semaphore(maxInFlight);
        double interval = 1e9 / rate;
        long start = System.nanoTime();
        CompletableFuture<?>[] pending = new CompletableFuture<?>[n];
        for (int i = 0; i < n; i++) {
            long due = start + (long) (i * interval);
            long wait;
            while ((wait = due - System.nanoTime()) > 0) LockSupport.parkNanos(wait);
            HttpRequest req = request.apply(firstIndex + i);
            if (!inFlight.tryAcquire()) {
                if (rec != null) rec.fail("refused by client: " + maxInFlight + " requests in flight");
                pending[i] = CompletableFuture.completedFuture(null);
                continue;
            }
            int slot = i;
            long sent = System.nanoTime();
            pending[i] = http.sendAsync(req, HttpResponse.BodyHandlers.discarding()).orTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
                    .handle((resp, error) -> {
                        long now = System.nanoTime();
                        inFlight.release();
                        if (rec != null) rec.answer(slot, due, sent, now, resp, error);
                        return null;
                    });
        }
        try {
            CompletableFuture.allOf(pending).get(DRAIN.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            // Unanswered stragglers stay uncounted in `completed`; the result shows them as due minus completed.
        }
        return start;
    }

    /** The measured part's answers; written from the HTTP client's threads. */
    private static final class Recorder {
        final long[] fromDue;
        final long[] fromSend;
        final boolean[] answered;
        final AtomicInteger completed = new AtomicInteger();
        final AtomicInteger ok = new AtomicInteger();
        final AtomicLong lastAnswer = new AtomicLong();
        final Map<String, Integer> failures = new ConcurrentHashMap<>();

        Recorder(int n) {
            fromDue = new long[n];
            fromSend = new long[n];
            answered = new boolean[n];
        }

        void fail(String kind) {
            failures.merge(kind, 1, Integer::sum);
        }

        synchronized void answer(int slot, long due, long sent, long now, HttpResponse<?> resp, Throwable error) {
            lastAnswer.accumulateAndGet(now, Math::max);
            if (error != null) {
                Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
                fail(cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage()));
                return;
            }
            completed.incrementAndGet();
            fromDue[slot] = now - due;
            fromSend[slot] = now - sent;
            answered[slot] = true;
            if (resp.statusCode() == 200) ok.incrementAndGet();
            else fail("status " + resp.statusCode());
        }

        synchronized long[] answered(long[] values) {
            return IntStream.range(0, values.length).filter(i -> answered[i]).mapToLong(i -> values[i]).toArray();
        }
    }
}
