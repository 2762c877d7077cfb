package org.chokepoint.server.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;

/**
 * Reading request parameters strictly: a value that does not parse or lies outside its range is a 400
 * naming the parameter and the allowed range, never a silent default. Thread-safe (stateless).
 */
public final class Params {
    private Params() {}

    public static int integer(Context ctx, String name, int dflt, int min, int max) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) return dflt;
        try {
            int i = Integer.parseInt(v.strip());
            if (i >= min && i <= max) return i;
        } catch (NumberFormatException ignored) {
            // Reported below with the range.
        }
        throw new IllegalArgumentException("query parameter " + name + " must be a whole number from " + min + " to " + max + " (got '" + v + "')");
    }

    public static double unit(Context ctx, String name, double dflt) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) return dflt;
        try {
            double d = Double.parseDouble(v.strip());
            if (d >= 0 && d <= 1) return d;
        } catch (NumberFormatException ignored) {
            // Reported below with the range.
        }
        throw new IllegalArgumentException("query parameter " + name + " must be a number in [0, 1] (got '" + v + "')");
    }

    public static Long optionalLong(Context ctx, String name) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) return null;
        try {
            return Long.parseLong(v.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("query parameter " + name + " must be a whole number (got '" + v + "')");
        }
    }

    /** A query parameter, stripped; null when absent or blank; refused when longer than {@code max}. */
    public static String text(Context ctx, String name, int max) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) return null;
        if (v.length() > max) throw new IllegalArgumentException("query parameter " + name + " is longer than " + max + " characters");
        return v.strip();
    }

    /** A string field of a JSON body; null when absent; refused when not a string or longer than {@code max}. */
    public static String field(JsonNode body, String name, int max, boolean required) {
        JsonNode v = body.path(name);
        if (v.isMissingNode() || v.isNull() || (v.isTextual() && v.asText().isBlank())) {
            if (required) throw new IllegalArgumentException("field " + name + " is required");
            return null;
        }
        if (!v.isTextual()) throw new IllegalArgumentException("field " + name + " must be a string");
        if (v.asText().length() > max) throw new IllegalArgumentException("field " + name + " is longer than " + max + " characters");
        return v.asText().strip();
    }

    public static int fieldInt(JsonNode body, String name, int dflt, int min, int max) {
        JsonNode v = body.path(name);
        if (v.isMissingNode() || v.isNull()) return dflt;
        if (!v.canConvertToInt() || !v.isIntegralNumber() || v.asInt() < min || v.asInt() > max) {
            throw new IllegalArgumentException("field " + name + " must be a whole number from " + min + " to " + max);
        }
        return v.asInt();
    }

    public static double fieldUnit(JsonNode body, String name, double dflt) {
        JsonNode v = body.path(name);
        if (v.isMissingNode() || v.isNull()) return dflt;
        if (!v.isNumber() || v.asDouble() < 0 || v.asDouble() > 1) throw new IllegalArgumentException("field " + name + " must be a number in [0, 1]");
        return v.asDouble();
    }

    public static long pathLong(Context ctx, String name) {
        try {
            return Long.parseLong(ctx.pathParam(name));
        } catch (NumberFormatException e) {
            throw new java.util.NoSuchElementException(name + " '" + ctx.pathParam(name) + "' is not a number");
        }
    }
}
