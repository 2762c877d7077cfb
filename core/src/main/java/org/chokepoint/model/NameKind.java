package org.chokepoint.model;

/**
 * How a name relates to the entity. Screening weighs them differently: a weak alias
 * (OFAC "low quality a.k.a.", UN "Low" quality) is too generic to carry a hit on its own.
 */
public enum NameKind {
    PRIMARY, AKA, FKA, NKA, WEAK_AKA;

    /** Maps list vocabulary ("aka", "f.k.a.", "Low", "Good quality a.k.a.", ...). Unknown means a.k.a. */
    public static NameKind parse(String word) {
        if (word == null) return AKA;
        String w = word.toLowerCase(java.util.Locale.ROOT).replace(".", "").replace(" ", "").strip();
        if (w.isEmpty()) return AKA;
        if (w.startsWith("fka") || w.contains("formerly")) return FKA;
        if (w.startsWith("nka") || w.contains("nowknown")) return NKA;
        if (w.equals("primary") || w.equals("primaryname")) return PRIMARY;
        if (w.contains("weak") || w.contains("low")) return WEAK_AKA;
        return AKA;
    }
}
