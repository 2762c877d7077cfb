package org.chokepoint.network.export;

import org.chokepoint.network.graph.GraphNode;
import org.chokepoint.network.graph.SupplyEdge;
import org.chokepoint.network.graph.TradeEdge;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The attributes every export writes, in one place so the three formats carry the same data: their
 * names, types and values for a node and for an edge. Values are strings, numbers or booleans.
 */
final class Attributes {
    /** An attribute declaration: name and type ("string", "double", "long", "boolean"). */
    record Key(String name, String type) {}

    static final List<Key> NODE = List.of(new Key("kind", "string"), new Key("label", "string"), new Key("country", "string"),
            new Key("listed", "boolean"), new Key("risk", "double"));
    static final List<Key> EDGE = List.of(new Key("relation", "string"), new Key("weight", "double"), new Key("value_usd", "double"),
            new Key("shipments", "long"), new Key("chpl_value_usd", "double"), new Key("first", "string"), new Key("last", "string"),
            new Key("hs6", "string"), new Key("detail", "string"));

    private Attributes() {}

    static Map<String, Object> of(GraphNode n) {
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("kind", n.kind());
        a.put("label", n.label());
        a.put("country", n.country());
        a.put("listed", n.listed());
        a.put("risk", n.risk());
        return a;
    }

    /** Edge attributes; the trade ones only for trade edges. */
    static Map<String, Object> of(SupplyEdge e) {
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("relation", e.relation().label());
        a.put("weight", e.weight());
        TradeEdge t = e.trade();
        if (t != null) {
            a.put("value_usd", t.valueUsd());
            a.put("shipments", t.shipments());
            a.put("chpl_value_usd", t.chplValueUsd());
            a.put("first", t.first().toString());
            a.put("last", t.last().toString());
            a.put("hs6", String.join(" ", new java.util.TreeSet<>(t.hs6())));
        }
        if (!e.detail().isEmpty()) a.put("detail", e.detail());
        return a;
    }

    /** Numbers without exponent or trailing zeros ("1500", "0.25"): the same text on every machine. */
    static String text(Object value) {
        if (value instanceof Double d) {
            if (d.isNaN() || d.isInfinite()) return "0";
            return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
        }
        return String.valueOf(value);
    }

    static String xml(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> {
                    // XML 1.0 forbids most control characters even escaped: drop them.
                    if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') continue;
                    out.append(c);
                }
            }
        }
        return out.toString();
    }

    static String json(String s) {
        StringBuilder out = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) out.append(String.format("\\u%04x", (int) c));
                    else out.append(c);
                }
            }
        }
        return out.append('"').toString();
    }
}
