package org.chokepoint.screening;

import org.chokepoint.model.Entity;
import org.chokepoint.model.Schema;
import org.chokepoint.text.NormalizedName;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * English and Russian acronyms of one organisation name, learned from the listed names themselves: a listed
 * "United Engine Corporation" has the English initials UEC and the Russian acronym ODK (Obyedinennaya
 * Dvigatelestroitelnaya Korporatsiya, {@link NormalizedName#acronyms()}), so a query "UEC-Klimov" is also
 * compared as "ODK-Klimov", the name of a subsidiary that lists print with the Russian letters. Only names of
 * three to six words of letters teach a pair, and only acronyms of as many letters as the English initials
 * (one Russian word for each English one), each acronym has at most {@value #MAX} equivalents (the first
 * learned), and a query spelled through one is an acronym spelling, which counts at
 * {@link ScorerV1#ACRONYM_FACTOR} and needs support. Immutable after learning; thread-safe.
 */
final class AcronymEquivalents {
    static final int MAX = 3;
    private static final Set<String> SKIPPED = Set.of("of", "and", "the", "for", "de", "la", "du", "des", "der", "von");

    private final Map<String, List<String>> equivalents;

    private AcronymEquivalents(Map<String, List<String>> equivalents) {
        this.equivalents = equivalents;
    }

    /** Pairs learned before, as {@link #equivalents()} gave them (an index kept on disk). */
    static AcronymEquivalents of(Map<String, List<String>> equivalents) {
        return new AcronymEquivalents(Map.copyOf(equivalents));
    }

    /** Each acronym learned and its equivalents, in the order learned; unmodifiable. */
    Map<String, List<String>> equivalents() {
        return equivalents;
    }

    /** The pairs the organisation names of the index teach (entities of unknown type count as organisations). */
    static AcronymEquivalents learn(List<Entity> entities, List<List<IndexedName>> names) {
        Map<String, Set<String>> learned = new HashMap<>();
        for (int e = 0; e < entities.size(); e++) {
            Schema s = entities.get(e).schema();
            if (s != Schema.ORGANIZATION && s != Schema.UNKNOWN) continue;
            for (IndexedName n : names.get(e)) {
                NormalizedName nn = n.normalized();
                // The English initials, with the corporation or company the legal form took out of the words
                // (Russian acronyms count it: ODK's K), paired with a Russian acronym of as many letters.
                List<String> englishInitials = new ArrayList<>();
                englishInitials.add(initials(nn.tokens()));
                String form = nn.legalForms().contains("CORP") ? "corporation" : nn.legalForms().contains("COMPANY") ? "company" : null;
                if (form != null) {
                    List<String> with = new ArrayList<>(nn.tokens());
                    with.add(form);
                    englishInitials.add(initials(with));
                }
                for (String english : englishInitials) {
                    if (english == null) continue;
                    for (List<String> russian : nn.acronyms()) {
                        String r = russian.getFirst();
                        if (russian.size() != 1 || r.length() != english.length() || r.equals(english)) continue;
                        add(learned, english, r);
                        add(learned, r, english);
                    }
                }
            }
        }
        Map<String, List<String>> out = new HashMap<>();
        learned.forEach((k, v) -> out.put(k, List.copyOf(v)));
        return new AcronymEquivalents(Map.copyOf(out));
    }

    private static void add(Map<String, Set<String>> learned, String from, String to) {
        Set<String> to0 = learned.computeIfAbsent(from, k -> new LinkedHashSet<>());
        if (to0.size() < MAX) to0.add(to);
    }

    /** The English initials of three to six words of letters (function words skipped), or null. */
    private static String initials(List<String> tokens) {
        StringBuilder b = new StringBuilder();
        for (String t : tokens) {
            if (SKIPPED.contains(t)) continue;
            if (t.length() < 2 || !t.chars().allMatch(Character::isLetter)) return null;
            b.append(t.charAt(0));
        }
        return b.length() >= 3 && b.length() <= 6 ? b.toString() : null;
    }

    /**
     * The forms with, added to their acronym spellings, their tokens with one learned acronym replaced by each of
     * its equivalents ("uec klimov" also as "odk klimov"); the same forms when no token is a learned acronym.
     */
    List<NormalizedName> apply(List<NormalizedName> forms) {
        if (equivalents.isEmpty()) return forms;
        List<NormalizedName> out = null;
        for (int f = 0; f < forms.size(); f++) {
            NormalizedName n = forms.get(f);
            List<List<String>> added = null;
            List<String> tokens = n.tokens();
            for (int i = 0; i < tokens.size(); i++) {
                List<String> eq = equivalents.get(tokens.get(i));
                if (eq == null) continue;
                for (String e : eq) {
                    List<String> replaced = new ArrayList<>(tokens);
                    replaced.set(i, e);
                    if (added == null) added = new ArrayList<>(n.acronyms());
                    if (!added.contains(replaced)) added.add(List.copyOf(replaced));
                }
            }
            if (added == null) continue;
            if (out == null) out = new ArrayList<>(forms);
            out.set(f, new NormalizedName(n.original(), n.script(), n.legalForms(), n.tokens(), n.variants(), n.acronym(), n.translated(), added));
        }
        return out == null ? forms : List.copyOf(out);
    }
}
