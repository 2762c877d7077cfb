package org.chokepoint.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Russian acronyms of kinds of organisation written out in English ({@code kind-acronyms.tsv}): "NPO" is a scientific
 * production association, "PO" a production association, "OKB" an experimental design bureau. One list writes "FSPC PO
 * START", the other "... START PRODUCTION ASSOCIATION": the acronym is a translation like any word of the vocabulary, so
 * it is written out in the name's English translation only ({@link NameNormalizer}), where the two lists' translations
 * meet. Only in a name of two words or more: an acronym alone is no kind of anything. Immutable and thread-safe.
 */
final class KindAcronyms {
    private final Map<String, List<String>> words;

    private KindAcronyms(Map<String, List<String>> words) {
        this.words = Map.copyOf(words);
    }

    static KindAcronyms load() {
        Map<String, List<String>> words = new HashMap<>();
        for (String[] row : DataFile.rows("kind-acronyms.tsv")) {
            if (row.length != 2) throw new IllegalStateException("kind-acronyms.tsv: expected 2 columns: " + String.join(" ", row));
            List<String> english = List.of(row[1].strip().split(" +"));
            for (String acronym : DataFile.alternatives(row[0])) words.putIfAbsent(acronym, english);
        }
        return new KindAcronyms(words);
    }

    /** The tokens with each kind acronym written out, or the same list when there is none (or only one token). */
    List<String> writtenOut(List<String> tokens) {
        if (tokens.size() < 2) return tokens;
        List<String> out = null;
        for (int i = 0; i < tokens.size(); i++) {
            List<String> english = words.get(tokens.get(i));
            if (english != null && out == null) out = new ArrayList<>(tokens.subList(0, i));
            if (out == null) continue;
            if (english != null) out.addAll(english);
            else out.add(tokens.get(i));
        }
        return out == null ? tokens : List.copyOf(out);
    }
}
