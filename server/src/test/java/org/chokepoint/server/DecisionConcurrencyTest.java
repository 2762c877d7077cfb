package org.chokepoint.server;

import org.chokepoint.server.auth.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** Many analysts deciding at once lose nothing: every accepted decision is stored and has exactly one audit entry. */
class DecisionConcurrencyTest {
    @Test
    void auditCountEqualsDecisionsMade(@TempDir Path dir) throws Exception {
        int threads = 8;
        int each = 25;
        List<String> alerts = List.of("p-almaz", "p-sky", "p-mikron", "p-furniture", "p-cargo");
        String[] verdicts = {"true_match", "false_positive", "escalate"};
        AtomicInteger accepted = new AtomicInteger();
        try (DeskFixture desk = new DeskFixture(dir)) {
            long auditBefore = desk.desk.audit().count(null, "decision.");
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<?>> done = new java.util.ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                done.add(pool.submit(() -> {
                    go.await();
                    for (int i = 0; i < each; i++) {
                        String body = "{\"decision\":\"" + verdicts[(thread + i) % 3] + "\",\"reason\":\"thread " + thread + " decision " + i + "\"}";
                        if (desk.postJson("/api/v1/alerts/" + alerts.get((thread * each + i) % alerts.size()) + "/decisions", Role.ANALYST, body).statusCode() == 201) {
                            accepted.incrementAndGet();
                        }
                    }
                    return null;
                }));
            }
            go.countDown();
            for (Future<?> f : done) f.get();
            pool.shutdown();
            assertThat(accepted.get()).isEqualTo(threads * each);
            assertThat(desk.desk.decisions().count()).isEqualTo(accepted.get());
            assertThat(desk.desk.audit().count(null, "decision.") - auditBefore).isEqualTo(accepted.get());
        }
    }
}
