package org.chokepoint.lists.ofac;

import java.util.ArrayList;
import java.util.List;

/** The SDN program field holds one program or several as {@code "UKRAINE-EO13662] [RUSSIA-EO14024"}. */
final class SdnPrograms {
    private SdnPrograms() {}

    static List<String> split(String field) {
        List<String> out = new ArrayList<>();
        if (field == null) return out;
        for (String p : field.split("\\]\\s*\\[")) {
            String v = p.replace("[", "").replace("]", "").strip();
            if (!v.isEmpty() && !v.equals("-0-")) out.add(v);
        }
        return out;
    }
}
