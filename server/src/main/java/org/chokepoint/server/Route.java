package org.chokepoint.server;

import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import org.chokepoint.server.auth.Role;

import java.util.List;

/**
 * One entry of the route table, which is the single description of the desk's HTTP surface: the server
 * registers it, the OpenAPI document is generated from it, and the security tests walk it.
 *
 * @param method   GET or POST
 * @param path     Javalin path with {@code {name}} parameters
 * @param role     the least role allowed, or null for the few public routes (login page)
 * @param kind     API (JSON; 401 without credentials) or PAGE (HTML; redirect to the login page)
 * @param tag      the group in the API document ("screening", "alerts", ...)
 * @param summary  one line for the API document
 * @param query    query parameters as "name: description"
 * @param body     the request body's content type, or null when there is none
 * @param maxBody  the largest request body accepted, in bytes
 * @param handler  what it does, once the request is authenticated and authorised
 */
public record Route(HandlerType method, String path, Role role, Kind kind, String tag, String summary, List<String> query,
                    String body, long maxBody, Handler handler) {
    /** JSON under /api, or an HTML page. */
    public enum Kind { API, PAGE }

    /** Bodies of ordinary JSON and form requests. */
    public static final long SMALL_BODY = 64 * 1024;

    public Route {
        query = List.copyOf(query);
    }

    public static Route get(String path, Role role, Kind kind, String tag, String summary, List<String> query, Handler h) {
        return new Route(HandlerType.GET, path, role, kind, tag, summary, query, null, 0, h);
    }

    public static Route post(String path, Role role, Kind kind, String tag, String summary, String body, long maxBody, Handler h) {
        return new Route(HandlerType.POST, path, role, kind, tag, summary, List.of(), body, maxBody, h);
    }

    /** The path with each {@code {name}} replaced by {@code value}: for tests and links. */
    public String sample(String value) {
        return path.replaceAll("\\{[^}]+}", value);
    }
}
