package org.chokepoint.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A saint's name after a saint prefix, as ships, churches and foundations are named: Russian lists write "SV NIKOLAY"
 * or "SVYATOY NIKOLAI" (святой, abbreviated св.), Western registers "ST. NICOLAS" or "SAINT NICHOLAS". The chain
 * writes the prefix "saint" and the name in its Russian form ({@code saint-names.tsv}) in the name's own words, so every
 * spelling meets the others word for word (a variant would meet only the other side's own words). The short prefixes "st" and "sv" count only before a saint's name of the table ("SV" is as often a vessel
 * operator's initials, "ST" a street); the written-out ones ("saint", "sankt", "svyatoy", "svyataya") always.
 * Immutable and thread-safe.
 */
final class SaintNames {
    /** Prefixes that mean "saint" whatever follows. */
    private static final Set<String> WRITTEN = Set.of("saint", "sainte", "sankt", "svyatoy", "svyatoi", "svyatoj", "svyatyy",
            "svyatyi", "svyataya", "svyataia", "svyatoye", "svyatoe", "svyatogo", "svyatitel", "svjatoj", "swjatoj");
    /** Abbreviations that mean "saint" only before a saint's name. */
    private static final Set<String> SHORT = Set.of("st", "sv", "ste", "sf");

    private final Map<String, String> russian;

    private SaintNames(Map<String, String> russian) {
        this.russian = Map.copyOf(russian);
    }

    /** Reads {@code saint-names.tsv}: the Russian form, then the other forms separated by "|". */
    static SaintNames load() {
        Map<String, String> russian = new HashMap<>();
        for (String[] row : DataFile.rows("saint-names.tsv")) {
            if (row.length != 2) throw new IllegalStateException("saint-names.tsv: expected 2 columns: " + String.join(" ", row));
            russian.putIfAbsent(row[0], row[0]);
            for (String form : DataFile.alternatives(row[1])) russian.putIfAbsent(form, row[0]);
        }
        return new SaintNames(russian);
    }

    /** {@link #standard} of the tokens, or the tokens themselves when it changes nothing. */
    List<String> standardOr(List<String> tokens) {
        List<String> out = standard(tokens);
        return out == null ? tokens : out;
    }

    /** The tokens with each saint prefix as "saint" and the saint's name in its Russian form, or null when none changes. */
    List<String> standard(List<String> tokens) {
        List<String> out = null;
        for (int i = 0; i + 1 < tokens.size(); i++) {
            String prefix = tokens.get(i);
            boolean written = WRITTEN.contains(prefix);
            if (!written && !SHORT.contains(prefix)) continue;
            String name = russian.get(tokens.get(i + 1));
            if (!written && name == null) continue;
            List<String> next = out == null ? new ArrayList<>(tokens) : out;
            next.set(i, "saint");
            if (name != null) next.set(i + 1, name);
            if (!next.equals(tokens)) out = next;
            i++;
        }
        return out;
    }
}
