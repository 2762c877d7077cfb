package org.chokepoint.server.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.chokepoint.server.Route;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The OpenAPI 3.0 document of the API, generated from the route table so that it lists every route the
 * server registers and no other. Responses are described by status; bodies by content type and the
 * route's summary, which names the fields. Thread-safe (stateless).
 */
public final class OpenApi {
    private static final Pattern PARAM = Pattern.compile("\\{([^}]+)}");

    private OpenApi() {}

    public static ObjectNode document(List<Route> routes, String version) {
        ObjectNode doc = ApiJson.object().put("openapi", "3.0.3");
        doc.putObject("info").put("title", "Chokepoint desk API").put("version", version)
                .put("description", "Screening, listed entities, list versions, findings of detect runs, alerts and decisions, cases and the audit log. "
                        + "Every route needs Authorization: Bearer <token> (tokens: POST /api/v1/tokens, or the account page); "
                        + "roles: viewer reads, analyst also decides and keeps cases, admin also manages users and lists.");
        doc.putObject("components").putObject("securitySchemes").putObject("bearer").put("type", "http").put("scheme", "bearer");
        doc.putArray("security").addObject().putArray("bearer");
        ObjectNode paths = doc.putObject("paths");
        for (Route r : routes) {
            if (r.kind() != Route.Kind.API) continue;
            String path = r.path();
            ObjectNode item = paths.has(path) ? (ObjectNode) paths.get(path) : paths.putObject(path);
            ObjectNode op = item.putObject(r.method().name().toLowerCase());
            op.put("summary", r.summary()).put("operationId", operationId(r));
            op.putArray("tags").add(r.tag());
            op.put("x-required-role", r.role() == null ? "none" : r.role().label());
            ArrayNode params = op.putArray("parameters");
            Matcher m = PARAM.matcher(path);
            while (m.find()) params.addObject().put("name", m.group(1)).put("in", "path").put("required", true).putObject("schema").put("type", "string");
            for (String q : r.query()) {
                int colon = q.indexOf(':');
                params.addObject().put("name", q.substring(0, colon).strip()).put("in", "query").put("required", false)
                        .put("description", q.substring(colon + 1).strip()).putObject("schema").put("type", "string");
            }
            if (r.body() != null) {
                ObjectNode rb = op.putObject("requestBody").put("required", true);
                rb.putObject("content").putObject(r.body()).putObject("schema").put("type", r.body().equals("application/json") ? "object" : "string");
            }
            ObjectNode responses = op.putObject("responses");
            boolean accepted = r.method().name().equals("POST") && r.path().endsWith("/detections");
            responses.putObject(accepted ? "202" : r.method().name().equals("POST") && r.path().matches(".*/(decisions|cases|notes|tokens|users|datasets|counterparties)$") ? "201" : "200")
                    .put("description", "success").putObject("content").putObject(r.path().endsWith("/batch") ? "application/x-ndjson" : "application/json");
            responses.putObject("400").put("description", "a parameter or body field is wrong; the error names it");
            responses.putObject("401").put("description", "no or unknown credentials");
            responses.putObject("403").put("description", "the user's role is below " + (r.role() == null ? "none" : r.role().label()));
            if (path.contains("{")) responses.putObject("404").put("description", "no such item");
            if (accepted) responses.putObject("409").put("description", "another detection job is queued or running");
            if (r.body() != null) responses.putObject("413").put("description", "body larger than " + r.maxBody() + " bytes");
        }
        return doc;
    }

    private static String operationId(Route r) {
        StringBuilder b = new StringBuilder(r.method().name().toLowerCase());
        for (String part : r.path().replace("/api/v1/", "").split("[/{}]+")) {
            if (part.isEmpty()) continue;
            b.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
        }
        return b.toString();
    }
}
