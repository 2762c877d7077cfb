package org.chokepoint.evaluation.load;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.chokepoint.evaluation.EvalQuery;
import org.chokepoint.model.Schema;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.List;
import java.util.function.IntFunction;

/**
 * {@code POST /api/v1/screen} requests for benchmark queries, built once and cycled, so the schedule spends no
 * time on building them. Each carries what a user sends: name, country and type, with the API's default limit
 * and the given threshold. Thread-safe (immutable).
 */
public final class ScreenRequests implements IntFunction<HttpRequest> {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpRequest[] requests;

    /**
     * @param base     the desk's address, e.g. http://127.0.0.1:8080
     * @param token    an API token of a user with at least the viewer role
     * @param queries  at least one query
     * @param minScore the threshold sent with each query, in [0, 1]
     */
    public ScreenRequests(URI base, String token, List<EvalQuery> queries, double minScore) {
        if (queries.isEmpty()) throw new IllegalArgumentException("no queries");
        URI uri = base.resolve("/api/v1/screen");
        requests = new HttpRequest[queries.size()];
        for (int i = 0; i < requests.length; i++) {
            EvalQuery q = queries.get(i);
            ObjectNode body = JSON.createObjectNode().put("name", q.name()).put("min_score", minScore);
            if (q.country() != null) body.put("country", q.country());
            if (q.schema() != null && q.schema() != Schema.UNKNOWN) body.put("type", q.schema().label());
            requests[i] = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).header("Authorization", "Bearer " + token)
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body.toString())).build();
        }
    }

    @Override
    public HttpRequest apply(int i) {
        return requests[Math.floorMod(i, requests.length)];
    }

    public int size() {
        return requests.length;
    }
}
