package org.chokepoint.server.auth;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

class LoginThrottleTest {
    private final AtomicLong now = new AtomicLong(1_000_000_000L);
    private final LoginThrottle throttle = new LoginThrottle(new LoginThrottle.Limits(3, 5, Duration.ofMinutes(10)), now::get);

    private void advance(Duration d) {
        now.addAndGet(d.toNanos());
    }

    @Test
    void accountIsBlockedAfterItsLimitUntilTheOldestFailureLeavesTheWindow() {
        for (int i = 0; i < 3; i++) {
            assertThat(throttle.blocked("alice", "10.0.0." + i)).isEmpty();
            throttle.failed("alice", "10.0.0." + i);
            advance(Duration.ofMinutes(1));
        }
        // Failures at minutes 0, 1 and 2; it is now minute 3: the first leaves the window at minute 10.
        assertThat(throttle.blocked("Alice ", "10.9.9.9")).hasValue(Duration.ofMinutes(7));
        assertThat(throttle.blocked("bob", "10.9.9.9")).as("other accounts are not affected").isEmpty();
        advance(Duration.ofMinutes(7));
        assertThat(throttle.blocked("alice", "10.9.9.9")).isEmpty();
    }

    @Test
    void addressIsBlockedAcrossAccounts() {
        for (int i = 0; i < 5; i++) throttle.failed("user" + i, "192.0.2.1");
        assertThat(throttle.blocked("someone-new", "192.0.2.1")).isPresent();
        assertThat(throttle.blocked("someone-new", "192.0.2.2")).isEmpty();
    }

    @Test
    void successClearsTheAccountButNotTheAddress() {
        for (int i = 0; i < 3; i++) throttle.failed("carol", "198.51.100.7");
        throttle.succeeded("carol");
        assertThat(throttle.blocked("carol", "198.51.100.8")).isEmpty();
        for (int i = 0; i < 2; i++) throttle.failed("dave", "198.51.100.7");
        assertThat(throttle.blocked("erin", "198.51.100.7")).as("5 failures from the address in all").isPresent();
    }
}
