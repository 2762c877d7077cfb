package org.chokepoint.network.resolve;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The families of a legal form ({@code legal-form-families.tsv}): the forms records use for one firm
 * ("LLC", "OOO", "OsOO", "Ltd"; "Co., Ltd.", "Corporation", "K.K."), a form possibly in several. Two mentions that both declare a legal form,
 * in no common family, are two firms: siblings often share a name and differ in form ("OOO Granit" and
 * "AO Granit"). A misspelt or unknown form has no family and never conflicts. Immutable and thread-safe.
 */
final class LegalFormFamily {
    private static final Map<String, Set<String>> FAMILY = load();

    private LegalFormFamily() {}

    /**
     * The families of a mention's legal forms: those of the normaliser's codes, and those of the form
     * words it does not know ("osoo", "mchj", "kk") found in the tokens, alone or spelt as single letters
     * ("k k"). Empty when no form was declared or recognised.
     */
    static Set<String> of(List<String> codes, List<String> tokens) {
        Set<String> out = new TreeSet<>();
        for (String c : codes) out.addAll(FAMILY.getOrDefault(c, Set.of(c)));
        StringBuilder letters = new StringBuilder();
        for (int i = 0; i <= tokens.size(); i++) {
            String t = i < tokens.size() ? tokens.get(i) : "";
            if (t.length() == 1) {
                letters.append(t);
                continue;
            }
            if (letters.length() > 1) out.addAll(FAMILY.getOrDefault(letters.toString(), Set.of()));
            letters.setLength(0);
            out.addAll(FAMILY.getOrDefault(t, Set.of()));
        }
        return out;
    }

    /** Whether both declare a form and no family is common to them. */
    static boolean conflict(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) return false;
        // One set (mentions of one name share theirs): a family in common, without an iterator for each pair of mentions.
        if (a == b) return false;
        for (String f : a) if (b.contains(f)) return false;
        return true;
    }

    /** Whether the word is a form word with a family of its own here ("osoo", "kk"), not a code. */
    static boolean familyWord(String word) {
        return FAMILY.containsKey(word) && !word.equals(word.toUpperCase(java.util.Locale.ROOT));
    }

    private static Map<String, Set<String>> load() {
        try (InputStream in = LegalFormFamily.class.getResourceAsStream("legal-form-families.tsv")) {
            if (in == null) throw new IllegalStateException("legal-form-families.tsv is missing from the class path");
            Map<String, Set<String>> family = new HashMap<>();
            int line = 0;
            for (String l : new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList()) {
                line++;
                if (l.isBlank() || l.startsWith("#")) continue;
                String[] f = l.split("\t");
                if (f.length != 2) throw new IllegalStateException("legal-form-families.tsv line " + line + ": expected 2 columns, found " + f.length);
                for (String code : f[1].strip().split(" +")) family.computeIfAbsent(code, k -> new TreeSet<>()).add(f[0]);
            }
            Map<String, Set<String>> out = new HashMap<>();
            family.forEach((k, v) -> out.put(k, Set.copyOf(v)));
            return Map.copyOf(out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read legal-form-families.tsv", e);
        }
    }
}
