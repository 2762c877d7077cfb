package org.chokepoint.server;

import com.fasterxml.jackson.databind.JsonNode;
import org.chokepoint.server.auth.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chokepoint.server.DeskFixture.ok;

/** Token listing and revocation, and login rate limiting, over HTTP (a fixture of its own: the throttle remembers failures). */
class AccountSecurityTest {
    @TempDir
    static Path dir;
    static DeskFixture desk;

    @BeforeAll
    static void start() throws Exception {
        desk = new DeskFixture(dir);
    }

    @AfterAll
    static void stop() throws Exception {
        desk.close();
    }

    private static String bearer(String path, String token) throws Exception {
        HttpRequest r = HttpRequest.newBuilder(desk.uri(path)).header("Authorization", "Bearer " + token).GET().build();
        return Integer.toString(desk.http.send(r, HttpResponse.BodyHandlers.ofString()).statusCode());
    }

    @Test
    void ownTokensAreListedAndRevokedAndStopWorkingAtOnce() throws Exception {
        String token = ok(desk.postJson("/api/v1/tokens", Role.ANALYST, "{\"label\":\"nightly\"}"), 201).path("token").asText();
        assertThat(bearer("/api/v1/me", token)).isEqualTo("200");
        JsonNode mine = ok(desk.get("/api/v1/tokens", Role.ANALYST), 200).path("tokens");
        assertThat(mine.findValuesAsText("username")).containsOnly("analyst");
        assertThat(mine.toString()).doesNotContain(token);
        String id = null;
        for (JsonNode t : mine) if ("nightly".equals(t.path("label").asText())) id = t.path("id").asText();
        assertThat(id).hasSize(16);

        // A viewer can neither see nor revoke it; a bad id is a 404 that says what an id is.
        assertThat(desk.get("/api/v1/tokens?user=analyst", Role.VIEWER).statusCode()).isEqualTo(403);
        assertThat(desk.postJson("/api/v1/tokens/" + id + "/revoke", Role.VIEWER, "{}").statusCode()).isEqualTo(404);
        assertThat(ok(desk.postJson("/api/v1/tokens/not-an-id/revoke", Role.ANALYST, "{}"), 404).path("error").asText()).contains("16 hex digits");

        assertThat(ok(desk.postJson("/api/v1/tokens/" + id + "/revoke", Role.ANALYST, "{}"), 200).path("revoked").asBoolean()).isTrue();
        assertThat(bearer("/api/v1/me", token)).isEqualTo("401");
        assertThat(desk.postJson("/api/v1/tokens/" + id + "/revoke", Role.ANALYST, "{}").statusCode()).isEqualTo(404);
        JsonNode audit = ok(desk.get("/api/v1/audit?action=token.revoke", Role.ADMIN), 200);
        assertThat(audit.path("entries").get(0).path("detail").asText()).contains(id).contains("nightly");
    }

    @Test
    void adminSeesAndRevokesAnyonesToken() throws Exception {
        String token = ok(desk.postJson("/api/v1/tokens", Role.VIEWER, "{\"label\":\"laptop\"}"), 201).path("token").asText();
        JsonNode all = ok(desk.get("/api/v1/tokens?user=*", Role.ADMIN), 200).path("tokens");
        assertThat(all.findValuesAsText("username")).contains("viewer", "analyst", "admin");
        String id = null;
        for (JsonNode t : all) if ("laptop".equals(t.path("label").asText())) id = t.path("id").asText();
        ok(desk.postJson("/api/v1/tokens/" + id + "/revoke", Role.ADMIN, "{}"), 200);
        assertThat(bearer("/api/v1/me", token)).isEqualTo("401");
        assertThat(bearer("/api/v1/me", desk.tokens.get(Role.VIEWER))).as("the viewer's other token still works").isEqualTo("200");
    }

    /** GETs the login page for its double-submit token, then posts the form; answers the response. */
    private static HttpResponse<String> login(String username, String password) throws Exception {
        HttpResponse<String> page = desk.http.send(HttpRequest.newBuilder(desk.uri("/login")).GET().build(), HttpResponse.BodyHandlers.ofString());
        String cookie = page.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("cp_login=")).findFirst().orElseThrow();
        String token = cookie.substring("cp_login=".length(), cookie.indexOf(';'));
        String form = "login_token=" + token + "&next=%2F&username=" + URLEncoder.encode(username, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
        return desk.http.send(HttpRequest.newBuilder(desk.uri("/login")).header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", "cp_login=" + token).POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void loginsAreRateLimitedPerAccountWithRetryAfter() throws Exception {
        assertThat(login("admin", DeskFixture.PASSWORD).statusCode()).as("the right password logs in").isEqualTo(302);
        for (int i = 0; i < 5; i++) assertThat(login("admin", "wrong password " + i).statusCode()).isEqualTo(401);
        HttpResponse<String> limited = login("admin", DeskFixture.PASSWORD);
        assertThat(limited.statusCode()).as("even the right password waits once the limit is reached").isEqualTo(429);
        assertThat(limited.headers().firstValue("Retry-After")).hasValueSatisfying(v -> assertThat(Long.parseLong(v)).isBetween(1L, 15 * 60L));
        assertThat(limited.body()).contains("Too many failed logins");
        assertThat(limited.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("cp_session=") && !c.startsWith("cp_session=;"));
    }
}
