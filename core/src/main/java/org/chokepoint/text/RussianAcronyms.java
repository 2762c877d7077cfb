package org.chokepoint.text;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The acronyms a Russian organisation is known by, generated from its name in any language the
 * vocabulary knows. Russian organisations abbreviate the words of their name in Russian
 * ("Ramenskoe priborostroitelnoe zavod": RPZ; "bronetankovyi remontnyi zavod": BTRZ), and lists
 * print those letters beside an English translation of the name ("JSC RPZ" for "Ramensky
 * Instrument Engineering Plant"), so the initials of the English words ("RIEP") never meet them.
 * Each word of the name maps back to the Russian word it translates, through
 * {@code org-vocabulary.tsv} (the first Cyrillic equivalent of a row gives its initial) and
 * {@code acronym-letters.tsv} (words whose Russian acronym is not one letter: "research institute"
 * NII, "armoured" BT); a word the vocabulary does not know (a place adjective, a transliterated
 * Russian word) gives its own first letter. Numbers stay words of their own ("144 BTRZ").
 * Immutable and thread-safe.
 */
final class RussianAcronyms {
    /** Function words Russian acronyms leave out, in English and transliterated Russian. */
    private static final Set<String> SKIPPED = Set.of("of", "and", "the", "for", "in", "on", "by", "with", "i", "po", "pri");
    /** Words after which an honorific follows ("named after ..."): the acronym ends before them. */
    private static final Set<String> HONORIFIC = Set.of("named", "imeni", "im");
    /** A name yields at most this many acronym spellings of the whole name, and {@value #MAX_INNER} of an inner one. */
    static final int MAX = 4;
    /** Acronym spellings of the innermost organisation of a name ("npo mars"), beyond {@value #MAX}. */
    static final int MAX_INNER = 2;
    /**
     * Latin initials of a Cyrillic letter; ц, х and ж have two spellings in Latin acronyms (TsKB / CKB, AKhK / AHK, and
     * RZhD / RZD: Russian Railways write their own ж as Z).
     */
    private static final Map<Character, List<String>> CYRILLIC = Map.ofEntries(
            Map.entry('а', List.of("a")), Map.entry('б', List.of("b")), Map.entry('в', List.of("v")), Map.entry('г', List.of("g")),
            Map.entry('д', List.of("d")), Map.entry('е', List.of("e")), Map.entry('ё', List.of("e")), Map.entry('ж', List.of("zh", "z")),
            Map.entry('з', List.of("z")), Map.entry('и', List.of("i")), Map.entry('й', List.of("i")), Map.entry('к', List.of("k")),
            Map.entry('л', List.of("l")), Map.entry('м', List.of("m")), Map.entry('н', List.of("n")), Map.entry('о', List.of("o")),
            Map.entry('п', List.of("p")), Map.entry('р', List.of("r")), Map.entry('с', List.of("s")), Map.entry('т', List.of("t")),
            Map.entry('у', List.of("u")), Map.entry('ф', List.of("f")), Map.entry('х', List.of("kh", "h")), Map.entry('ц', List.of("ts", "c")),
            Map.entry('ч', List.of("ch")), Map.entry('ш', List.of("sh")), Map.entry('щ', List.of("shch")), Map.entry('ы', List.of("y")),
            Map.entry('э', List.of("e")), Map.entry('ю', List.of("yu")), Map.entry('я', List.of("ya")), Map.entry('і', List.of("i")),
            Map.entry('ї', List.of("i")), Map.entry('є', List.of("e")), Map.entry('ґ', List.of("g")));

    /** Phrase (in every reading) to the Latin spellings of the Russian initials it contributes ("ts" and "c" for ц). */
    private final PhraseMap phrases = new PhraseMap();
    private final java.util.Map<String, List<String>> initials = new java.util.HashMap<>();

    private RussianAcronyms() {}

    /**
     * Reads {@code acronym-letters.tsv} (a phrase, then its Russian initials in Cyrillic), then every row of
     * {@code org-vocabulary.tsv} with a Cyrillic equivalent: the English word and all its equivalents take the
     * first letter of the first Cyrillic one. The first entry for a phrase wins.
     */
    static RussianAcronyms load(Function<String, List<List<String>>> readings) {
        RussianAcronyms out = new RussianAcronyms();
        for (String[] row : DataFile.rows("acronym-letters.tsv")) {
            if (row.length != 2) throw new IllegalStateException("acronym-letters.tsv: expected 2 columns: " + String.join(" ", row));
            List<String> letters = DataFile.alternatives(row[1].toLowerCase(java.util.Locale.ROOT));
            for (String phrase : DataFile.alternatives(row[0])) out.add(readings.apply(phrase), letters, "acronym-letters.tsv");
        }
        for (String[] row : DataFile.rows("org-vocabulary.tsv")) {
            if (row.length != 2) continue; // OrgVocabulary reports malformed rows
            List<String> equivalents = DataFile.alternatives(row[1]);
            String russian = equivalents.stream().filter(RussianAcronyms::cyrillic).findFirst().orElse(null);
            if (russian == null) continue;
            String letter = russian.toLowerCase(java.util.Locale.ROOT).substring(0, 1);
            out.add(readings.apply(row[0]), List.of(letter), "org-vocabulary.tsv");
            for (String e : equivalents) out.add(readings.apply(e), List.of(letter), "org-vocabulary.tsv");
        }
        return out;
    }

    /** Adds the phrase readings with the Latin spellings of each alternative run of Cyrillic initials ("м" or "д"). */
    private void add(List<List<String>> phraseReadings, List<String> alternatives, String file) {
        Set<String> spellings = new LinkedHashSet<>();
        for (String cyrillicLetters : alternatives) {
            List<List<String>> letters = new ArrayList<>();
            for (int i = 0; i < cyrillicLetters.length(); i++) {
                List<String> latin = CYRILLIC.get(cyrillicLetters.charAt(i));
                if (latin == null) throw new IllegalStateException(file + ": not a Cyrillic letter: '" + cyrillicLetters.charAt(i) + "' in " + cyrillicLetters);
                letters.add(latin);
            }
            spellings.addAll(combinations(letters));
        }
        for (List<String> phrase : phraseReadings) {
            if (phrase.isEmpty()) continue;
            String key = String.join(" ", phrase);
            if (initials.containsKey(key)) continue;
            initials.put(key, List.copyOf(spellings));
            phrases.put(phrase, key);
        }
    }

    private static boolean cyrillic(String s) {
        return s.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC);
    }

    /**
     * The acronym spellings of a name's tokens ({@link NormalizedName#tokens()}): the words up to an honorific,
     * with the run of words replaced by its acronym and numbers kept, alone and followed by the honorific
     * ("dmz named after n p fedorov"); and, when the name ends in words the
     * vocabulary does not know (its proper name: "... Association Mars"), the run before them abbreviated and
     * those words kept ("npo mars"). Only runs of at least two words of which at least one is an organisation
     * word give an acronym, so a person's or a vessel's name gives none; and the acronym of the innermost organisation before the proper name ("npo mars" in "... Center ... Research and Production Association Mars"). At most {@value #MAX} of the whole and {@value #MAX_INNER} inner ones; empty when none.
     */
    List<List<String>> of(List<String> tokens) {
        // The words that count: up to an honorific, without function words.
        List<String> words = new ArrayList<>();
        List<String> honorific = List.of();
        for (int i = 0; i < tokens.size(); i++) {
            String t = tokens.get(i);
            if (HONORIFIC.contains(t)) {
                // Kept after the acronym, as Russians write it ("NPO imeni Lavochkina").
                honorific = tokens.subList(i, tokens.size());
                break;
            }
            if (!SKIPPED.contains(t)) words.add(t);
        }
        // Every acronym needs an organisation word, a phrase of the vocabulary: a name without one (a person, a vessel,
        // most firms named in English) gives none, and is settled before its units are made.
        if (!anyPhrase(words)) return List.of();
        // Units: a known phrase, an unknown word, or a number.
        List<Unit> units = new ArrayList<>();
        for (int i = 0; i < words.size(); ) {
            String w = words.get(i);
            int n = phrases.longestAt(words, i);
            // Numbers, and short words the vocabulary does not know (acronyms already: "AMG"), stay words.
            if (!letters(w) || (n == 0 && w.length() <= 3)) {
                units.add(new Unit(w, null, false));
                i++;
                continue;
            }
            if (n > 0) {
                units.add(new Unit(String.join(" ", words.subList(i, i + n)), initials.get(phrases.get(words.subList(i, i + n))), true));
                i += n;
            } else {
                if (w.length() > 1) units.add(new Unit(w, ownInitial(w), false));
                i++;
            }
        }
        Set<List<String>> out = new LinkedHashSet<>();
        List<List<String>> inner = new ArrayList<>();
        List<String> whole = spelling(units, units.size());
        if (whole != null) {
            out.addAll(expand(units, units.size(), List.of()));
            if (!honorific.isEmpty()) out.addAll(expand(units, units.size(), honorific));
        }
        // The proper name at the end kept as words: one or two unknown words after the last organisation word.
        int lastKnown = -1;
        for (int i = 0; i < units.size(); i++) if (units.get(i).known()) lastKnown = i;
        int trailing = units.size() - 1 - lastKnown;
        if (lastKnown >= 1 && trailing >= 1 && trailing <= 2) {
            List<String> tail = units.subList(lastKnown + 1, units.size()).stream().map(Unit::word).toList();
            // The proper name kept as words may be a number or a short word too ("... Plant 2").
            if (spelling(units, lastKnown + 1) != null) out.addAll(expand(units, lastKnown + 1, tail));
            // A name that nests organisations names the innermost one last, right before its proper name ("Federal
            // Research and Production Center ... Research and Production Association Mars"), and that one is known by
            // its own acronym ("NPO Mars"): the shortest run of organisation words before the proper name whose
            // initials make three letters or more, followed by the proper name.
            int letters = 0;
            boolean known = false;
            for (int start = lastKnown; start >= 1; start--) {
                Unit u = units.get(start);
                if (u.letters() == null) break; // a number inside the run: no acronym of it
                letters += u.letters().getFirst().length();
                known |= u.known();
                if (letters >= 3 && known) {
                    inner.addAll(expand(units.subList(start, lastKnown + 1), lastKnown + 1 - start, tail));
                    break;
                }
            }
        }
        out.remove(tokens);
        List<List<String>> result = new ArrayList<>(out.stream().limit(MAX).toList());
        for (List<String> a : inner) {
            if (result.size() >= MAX + MAX_INNER) break;
            if (!a.equals(tokens) && !result.contains(a)) result.add(a);
        }
        List<String> english = written(units);
        if (english != null && !english.equals(tokens) && !result.contains(english)) result.add(english);
        return List.copyOf(result);
    }

    /** Whether a phrase of the vocabulary starts at any of the words. */
    private boolean anyPhrase(List<String> words) {
        for (int i = 0; i < words.size(); i++) if (phrases.longestAt(words, i) > 0) return true;
        return false;
    }

    /** English words for a kind of organisation, which end the words an English abbreviation beside a proper name stands for. */
    private static final Set<String> KINDS = Set.of("company", "corporation", "bureau", "institute", "center", "centre", "plant", "factory",
            "works", "association", "enterprise", "group", "holding", "house", "bank", "fleet", "agency", "firm", "concern", "complex",
            "laboratory", "academy", "university");

    /** At most this many letters in an acronym of the words as written ({@link #written}). */
    static final int MAX_WRITTEN = 4;

    /**
     * The organisation words beside a proper name abbreviated by their initials as written, the proper name kept: a
     * name of one word the vocabulary does not know, then only organisation words ending in a kind of organisation
     * ("Ladoga Shipping Company":
     * "ladoga sc"), or only organisation words, then such a name ("Management Company Neva": "mc neva"). Lists print
     * the firm's own English abbreviation beside the proper name ("LADOGA SC LLC", "MC NEVA JSC"), made of the English
     * words' initials, which the Russian initials above never give ("uk neva"). Two to {@value #MAX_WRITTEN} letters, one
     * per word; null when the name is not so made. A proper name kept beside it means the letters never decide alone.
     */
    private static List<String> written(List<Unit> units) {
        int n = units.size();
        if (n < 3) return null;
        int head = 0;
        while (head < n && !units.get(head).known()) head++;
        int tail = 0;
        while (tail < n && !units.get(n - 1 - tail).known()) tail++;
        int from, to;
        // One proper word: with two, the letters of a state's or a movement's words ("Islamic State of Iraq and the
        // Levant": "is iraq levant") met an everyday word of another language ("Türkiye İş Bankası").
        if (head == 1 && tail == 0) {
            from = head;
            to = n;
        } else if (head == 0 && tail == 1) {
            from = 0;
            to = n - tail;
        } else {
            return null;
        }
        // The run names a kind of organisation, as English abbreviations do ("management company", "shipping company"):
        // the letters of other words ("Islamic State of Iraq": "is iraq") met everyday words ("Türkiye İş Bankası").
        String[] last = units.get(to - 1).word().split(" ");
        if (!KINDS.contains(last[last.length - 1])) return null;
        StringBuilder letters = new StringBuilder();
        for (int i = from; i < to; i++) {
            Unit u = units.get(i);
            if (!u.known()) return null;
            for (String w : u.word().split(" ")) letters.append(w.charAt(0));
        }
        for (int i = 0; i < n; i++) if (!letters(units.get(i).word().replace(" ", ""))) return null; // no numbers
        if (letters.length() < 2 || letters.length() > MAX_WRITTEN) return null;
        List<String> out = new ArrayList<>();
        for (int i = 0; i < from; i++) out.add(units.get(i).word());
        out.add(letters.toString());
        for (int i = to; i < n; i++) out.add(units.get(i).word());
        return List.copyOf(out);
    }

    /** Whether units [0, end) make an acronym: two or more lettered units, one of them a known organisation word. */
    private static List<String> spelling(List<Unit> units, int end) {
        int lettered = 0;
        boolean known = false;
        for (int i = 0; i < end; i++) {
            Unit u = units.get(i);
            if (u.letters() == null) continue;
            lettered++;
            known |= u.known();
        }
        return lettered >= 2 && known ? List.of() : null;
    }

    /** Every spelling of the acronym of units [0, end) (numbers as words in place), followed by {@code tail}. */
    private static List<List<String>> expand(List<Unit> units, int end, List<String> tail) {
        List<List<String>> partial = new ArrayList<>();
        partial.add(new ArrayList<>(List.of("")));
        for (int i = 0; i < end; i++) {
            Unit u = units.get(i);
            List<List<String>> next = new ArrayList<>();
            for (List<String> p : partial) {
                if (u.letters() == null) {
                    List<String> q = new ArrayList<>(p);
                    if (q.getLast().isEmpty()) q.removeLast();
                    q.add(u.word());
                    q.add("");
                    next.add(q);
                    continue;
                }
                for (String spelling : u.letters()) {
                    List<String> q = new ArrayList<>(p);
                    q.set(q.size() - 1, q.getLast() + spelling);
                    next.add(q);
                }
            }
            partial = next.size() > MAX ? next.subList(0, MAX) : next;
        }
        List<List<String>> out = new ArrayList<>();
        for (List<String> p : partial) {
            List<String> q = new ArrayList<>(p);
            q.removeIf(String::isEmpty);
            q.addAll(tail);
            // An acronym of a single letter is no acronym: the spelling would rest on the other words alone; and
            // an acronym alone needs three letters.
            boolean ok = q.stream().anyMatch(t -> letters(t) && !tail.contains(t) && t.length() >= 2) && (q.size() > 1 || q.getFirst().length() >= 3);
            if (ok) out.add(List.copyOf(q));
        }
        return out;
    }

    /** The spellings of initials joined: [[ts, c], [k], [b]] gives "tskb" and "ckb". */
    private static List<String> combinations(List<List<String>> letters) {
        List<String> out = new ArrayList<>(List.of(""));
        for (List<String> choice : letters) {
            List<String> next = new ArrayList<>();
            for (String p : out) for (String c : choice) next.add(p + c);
            out = next;
        }
        return out;
    }

    /** The initial of a word the vocabulary does not know: its first letter, or the Latin digraph(s) of one Russian letter. */
    private static List<String> ownInitial(String w) {
        if (w.startsWith("ts")) return List.of("ts", "c");
        if (w.startsWith("kh")) return List.of("kh", "h");
        if (w.startsWith("zh")) return List.of("zh", "z");
        if (w.startsWith("ch") || w.startsWith("sh")) return List.of(w.substring(0, 2));
        return List.of(w.substring(0, 1));
    }

    private static boolean letters(String w) {
        for (int i = 0; i < w.length(); i++) if (!Character.isLetter(w.charAt(i))) return false;
        return !w.isEmpty();
    }

    /** A word or phrase of the name: the Latin spellings of its Russian initials (null for a number), and whether the vocabulary knows it. */
    private record Unit(String word, List<String> letters, boolean known) {}
}
