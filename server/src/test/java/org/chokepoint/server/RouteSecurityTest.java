package org.chokepoint.server;

import org.chokepoint.server.auth.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Walks the whole route table: every route but the login page refuses a request without credentials
 * (401 for the API, a redirect to the login page for pages) and one with a wrong token, and every route
 * that needs more than a viewer refuses each lower role with 403. A route added to the table is covered
 * without touching this test.
 */
class RouteSecurityTest {
    @TempDir
    static Path dir;
    static DeskFixture desk;

    @BeforeAll
    static void start() throws Exception {
        if (desk == null) desk = new DeskFixture(dir);
    }

    @AfterAll
    static void stop() throws Exception {
        desk.close();
    }

    static Stream<Route> guarded() throws Exception {
        if (desk == null) desk = new DeskFixture(dir);
        return desk.server.routes().stream().filter(r -> r.role() != null);
    }

    static Stream<Object[]> belowRole() throws Exception {
        return guarded().flatMap(r -> Arrays.stream(Role.values()).filter(low -> !low.includes(r.role())).map(low -> new Object[] {r, low}));
    }

    private static HttpResponse<String> send(Route r, String authorization) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(desk.uri(r.sample("p-almaz")));
        if (r.method().name().equals("POST")) b.POST(HttpRequest.BodyPublishers.ofString("{}")).header("Content-Type", "application/json");
        if (authorization != null) b.header("Authorization", authorization);
        return desk.http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("guarded")
    void noCredentialsIsRefused(Route r) throws Exception {
        HttpResponse<String> res = send(r, null);
        if (r.kind() == Route.Kind.API) {
            assertThat(res.statusCode()).as(r.method() + " " + r.path()).isEqualTo(401);
            assertThat(res.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
        } else {
            assertThat(res.statusCode()).as(r.method() + " " + r.path()).isEqualTo(302);
            assertThat(res.headers().firstValue("Location")).hasValueSatisfying(v -> assertThat(v).startsWith("/login"));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("guarded")
    void wrongTokenIsRefused(Route r) throws Exception {
        HttpResponse<String> res = send(r, "Bearer not-a-token");
        assertThat(res.statusCode()).as(r.method() + " " + r.path()).isIn(401, 302);
        assertThat(res.body()).doesNotContain("Almaz");
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("belowRole")
    void lowerRoleIsForbidden(Route r, Role low) throws Exception {
        HttpResponse<String> res = send(r, "Bearer " + desk.tokens.get(low));
        assertThat(res.statusCode()).as(r.method() + " " + r.path() + " as " + low).isEqualTo(403);
    }

    @Test
    void everyRouteButLoginIsGuardedAndRolesAreTested() throws Exception {
        List<Route> open = desk.server.routes().stream().filter(r -> r.role() == null).toList();
        assertThat(open).extracting(Route::path).containsOnly("/login");
        assertThat(belowRole().count()).as("role checks exercised").isGreaterThan(10);
    }

    static Stream<Route> guardedPosts() throws Exception {
        return guarded().filter(r -> r.method().name().equals("POST"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("guardedPosts")
    void everySessionPostWithoutCsrfTokenIsForbidden(Route r) throws Exception {
        var session = desk.desk.users().startSession("admin");
        HttpRequest req = HttpRequest.newBuilder(desk.uri(r.sample("p-almaz"))).POST(HttpRequest.BodyPublishers.ofString("{}"))
                .header("Content-Type", "application/json").header("Cookie", "cp_session=" + session.id()).build();
        HttpResponse<String> res = desk.http.send(req, HttpResponse.BodyHandlers.ofString());
        assertThat(res.statusCode()).as(r.method() + " " + r.path()).isEqualTo(403);
        assertThat(res.body()).as(r.path()).contains("CSRF");
        HttpRequest wrong = HttpRequest.newBuilder(desk.uri(r.sample("p-almaz"))).POST(HttpRequest.BodyPublishers.ofString("{}"))
                .header("Content-Type", "application/json").header("Cookie", "cp_session=" + session.id()).header("X-CSRF-Token", "not-the-token").build();
        assertThat(desk.http.send(wrong, HttpResponse.BodyHandlers.ofString()).statusCode()).as(r.path() + " with a wrong token").isEqualTo(403);
    }

    @Test
    void sessionPostWithoutCsrfTokenIsForbidden() throws Exception {
        var session = desk.desk.users().startSession("analyst");
        HttpRequest req = HttpRequest.newBuilder(desk.uri("/alerts/p-sky/decide"))
                .POST(HttpRequest.BodyPublishers.ofString("decision=escalate&reason=looks+odd"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", "cp_session=" + session.id()).build();
        assertThat(desk.http.send(req, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(403);
        HttpRequest ok = HttpRequest.newBuilder(desk.uri("/alerts/p-sky/decide"))
                .POST(HttpRequest.BodyPublishers.ofString("decision=escalate&reason=looks+odd&next=/alerts&csrf=" + session.csrf()))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", "cp_session=" + session.id()).build();
        HttpResponse<String> res = desk.http.send(ok, HttpResponse.BodyHandlers.ofString());
        assertThat(res.statusCode()).isEqualTo(302);
        assertThat(desk.desk.alert("p-sky").orElseThrow().status().label()).isEqualTo("escalated");
    }

    @Test
    void securityHeadersOnPagesApiAndStaticFiles() throws Exception {
        for (String path : List.of("/login", "/api/v1/lists", "/static/desk.css")) {
            HttpResponse<String> res = desk.get(path, Role.VIEWER);
            assertThat(res.statusCode()).as(path).isEqualTo(200);
            assertThat(res.headers().firstValue("Content-Security-Policy")).as(path).hasValueSatisfying(v -> assertThat(v).contains("frame-ancestors 'none'").contains("script-src 'self'"));
            assertThat(res.headers().firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
            assertThat(res.headers().firstValue("X-Frame-Options")).as(path).hasValue("DENY");
            assertThat(res.headers().firstValue("Referrer-Policy")).as(path).hasValue("no-referrer");
        }
    }

    @Test
    void oversizedBodyIsRefused() throws Exception {
        String big = "{\"name\":\"" + "x".repeat((int) Route.SMALL_BODY) + "\"}";
        HttpResponse<String> res = desk.postJsonAskingFirst("/api/v1/screen", Role.VIEWER, big);
        assertThat(res.statusCode()).isEqualTo(413);
        assertThat(res.body()).contains("larger than");
    }
}
