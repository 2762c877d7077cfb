package org.chokepoint.trade.record;

import java.util.Arrays;
import java.util.stream.Collectors;

/** How the goods travelled, as {@code formats.md} allows it: the lower-case name is the value in the file. */
public enum TransportMode {
    SEA, AIR, ROAD, RAIL, POST, OTHER;

    /** The value as written in a file. */
    public String value() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The mode for its exact value in a file, or null when the value is not one of them. */
    public static TransportMode of(String value) {
        return switch (value) {
            case "sea" -> SEA;
            case "air" -> AIR;
            case "road" -> ROAD;
            case "rail" -> RAIL;
            case "post" -> POST;
            case "other" -> OTHER;
            default -> null;
        };
    }

    /** {@code sea, air, road, rail, post, other}, for messages. */
    public static String allowed() {
        return Arrays.stream(values()).map(TransportMode::value).collect(Collectors.joining(", "));
    }
}
