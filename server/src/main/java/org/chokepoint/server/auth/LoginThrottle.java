package org.chokepoint.server.auth;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Limits failed logins per account and per client address over a sliding window: once an account (or an
 * address) has {@code perAccount} (or {@code perAddress}) failures within {@code window}, further attempts
 * are refused without checking the password until the oldest of those failures leaves the window. A
 * successful login clears its account's failures (not its address's: one right password must not reset
 * a guessing run from the same place). The address is what the server sees; behind a proxy that is the
 * proxy's. Kept in memory, so a restart forgets it. Thread-safe.
 */
public final class LoginThrottle {
    /** Limits: 5 failures per account and 20 per address in 15 minutes. */
    public static final Limits DEFAULT = new Limits(5, 20, Duration.ofMinutes(15));
    /** Beyond this many tracked keys, expired ones are swept before a new one is added, so a flood of names cannot grow memory for ever. */
    private static final int SWEEP_AT = 50_000;

    /**
     * @param perAccount failures allowed per username within the window (1 or more)
     * @param perAddress failures allowed per client address within the window (1 or more)
     * @param window     how far back failures count
     */
    public record Limits(int perAccount, int perAddress, Duration window) {
        public Limits {
            if (perAccount < 1 || perAddress < 1 || window.isNegative() || window.isZero()) throw new IllegalArgumentException("limits must be positive");
        }
    }

    private final Limits limits;
    private final LongSupplier nanoClock;
    private final Map<String, Deque<Long>> failures = new ConcurrentHashMap<>();

    public LoginThrottle(Limits limits) {
        this(limits, System::nanoTime);
    }

    /** With a clock of its own (nanoseconds, as {@link System#nanoTime}), for tests. */
    public LoginThrottle(Limits limits, LongSupplier nanoClock) {
        this.limits = limits;
        this.nanoClock = nanoClock;
    }

    /** How long until an attempt for {@code username} from {@code address} is allowed again; empty when it is allowed now. */
    public Optional<Duration> blocked(String username, String address) {
        long now = nanoClock.getAsLong();
        long wait = Math.max(waitNanos(accountKey(username), limits.perAccount(), now), waitNanos(addressKey(address), limits.perAddress(), now));
        return wait > 0 ? Optional.of(Duration.ofNanos(wait)) : Optional.empty();
    }

    public void failed(String username, String address) {
        long now = nanoClock.getAsLong();
        if (failures.size() > SWEEP_AT) sweep(now);
        record(accountKey(username), now);
        record(addressKey(address), now);
    }

    public void succeeded(String username) {
        failures.remove(accountKey(username));
    }

    private long waitNanos(String key, int limit, long now) {
        Deque<Long> d = failures.get(key);
        if (d == null) return 0;
        synchronized (d) {
            prune(d, now);
            if (d.size() < limit) return 0;
            // The attempt is allowed once enough failures have left the window for the count to fall below the limit.
            long oldestThatMustLeave = d.stream().skip(d.size() - limit).findFirst().orElse(now);
            return Math.max(1, oldestThatMustLeave + limits.window().toNanos() - now);
        }
    }

    private void record(String key, long now) {
        Deque<Long> d = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (d) {
            prune(d, now);
            d.addLast(now);
            // Only the newest failures up to the larger limit matter.
            while (d.size() > Math.max(limits.perAccount(), limits.perAddress())) d.removeFirst();
        }
    }

    private void prune(Deque<Long> d, long now) {
        while (!d.isEmpty() && now - d.peekFirst() >= limits.window().toNanos()) d.removeFirst();
    }

    private void sweep(long now) {
        failures.entrySet().removeIf(e -> {
            synchronized (e.getValue()) {
                prune(e.getValue(), now);
                return e.getValue().isEmpty();
            }
        });
    }

    private static String accountKey(String username) {
        return "u:" + (username == null ? "" : username.strip().toLowerCase(Locale.ROOT));
    }

    private static String addressKey(String address) {
        return "a:" + (address == null ? "" : address);
    }
}
