package org.chokepoint.detect.flags;

import java.util.Map;

/**
 * What a red-flag rule is, for the people who read its flags: the stable id that findings cite, what it
 * detects, why it matters and where that comes from, and the parameters in force (name → value as
 * text, in a fixed order). docs/red-flags.md says the same at length.
 */
public record RuleInfo(String id, String title, String detects, String why, String source, Map<String, String> parameters) {
    public RuleInfo {
        if (!id.matches("[a-z][a-z_]*")) throw new IllegalArgumentException("rule id must be lower_snake_case: " + id);
        parameters = parameters == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(parameters));
    }
}
