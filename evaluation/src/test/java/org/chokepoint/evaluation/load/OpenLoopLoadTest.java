package org.chokepoint.evaluation.load;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OpenLoopLoadTest {
    private HttpServer server;
    private final AtomicInteger served = new AtomicInteger();
    private volatile long sleepMillis;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/", exchange -> {
            served.incrementAndGet();
            try {
                if (sleepMillis > 0) Thread.sleep(sleepMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            int status = exchange.getRequestHeaders().containsKey("X-Fail") ? 503 : 200;
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private HttpRequest request(int i) {
        var b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/x?i=" + i));
        if (i % 10 == 0) b.header("X-Fail", "1");
        return b.GET().build();
    }

    @Test
    void everyDueRequestIsSentOnceAndEveryAnswerCounted() throws Exception {
        var load = new OpenLoopLoad(HttpClient.newHttpClient(), Duration.ofSeconds(10));
        LoadResult r = load.run(new LoadPlan(100, 1, 0.2, 1000), this::request);

        assertThat(r.due()).isEqualTo(100);
        assertThat(r.completed()).isEqualTo(100);
        // Measured requests are numbered 20..119 after 20 warm-up ones: ten of them are multiples of ten.
        assertThat(r.ok()).isEqualTo(90);
        assertThat(r.failures()).containsExactly(java.util.Map.entry("status 503", 10));
        assertThat(served.get()).isEqualTo(120);
        assertThat(r.fromDue().count()).isEqualTo(100);
        assertThat(r.fromDue().p50()).isGreaterThanOrEqualTo(r.fromSend().p50());
        assertThat(r.sustained(Double.MAX_VALUE)).isFalse();
    }

    @Test
    void requestsBeyondTheInFlightBoundAreRefusedByTheClientNotQueued() throws Exception {
        sleepMillis = 300;
        var load = new OpenLoopLoad(HttpClient.newHttpClient(), Duration.ofSeconds(10));
        LoadResult r = load.run(new LoadPlan(50, 0.2, 0, 1), i -> request(1));

        assertThat(r.due()).isEqualTo(10);
        int refused = r.failures().getOrDefault("refused by client: 1 requests in flight", 0);
        assertThat(refused).isPositive();
        assertThat(r.ok() + refused).isEqualTo(10);
        assertThat(served.get()).isEqualTo(r.ok());
        assertThat(r.sustained(Double.MAX_VALUE)).isFalse();
    }

    @Test
    void aPlanMustMakeSense() {
        assertThatThrownBy(() -> new LoadPlan(0, 1, 0, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LoadPlan(10, 1, -1, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LoadPlan(10, 1, 0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new LoadPlan(500, 30, 10, 2000).measuredRequests()).isEqualTo(15_000);
    }
}
