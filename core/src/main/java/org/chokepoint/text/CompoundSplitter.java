package org.chokepoint.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Splits Soviet-style compound names into their parts and translates each part: "Yuzhmorgeologiya"
 * is yuzh|mor|geologiya, "southern marine geology"; "Gazprombank" is gas|industry|bank. A token is
 * split only when known parts cover it entirely, with as few parts as possible, so ordinary words
 * and surnames stay whole. Parts come from {@code org-compounds.tsv} and from the one-word
 * entries of the vocabulary. Immutable and thread-safe.
 */
final class CompoundSplitter {
    private static final int MIN_PART = 2;
    private static final int MIN_TOKEN = 5;

    private final Map<String, String> parts;
    /** What the parts translate to: a word that is none of these can only be spelled by its first letters. */
    private final java.util.Set<String> meanings;
    /**
     * The parts as a letter tree: walking it from each start of a token finds every part that starts there in one pass,
     * where cutting out and hashing a substring for every (start, length) pair was most of the cost of normalising
     * organisation names.
     */
    private final Node root = new Node();

    CompoundSplitter(Map<String, String> parts) {
        this.parts = Map.copyOf(parts);
        this.meanings = java.util.Set.copyOf(this.parts.values());
        this.parts.forEach(root::add);
    }

    /**
     * A node of the letter tree; {@code part} is set where a part ends, with the part's {@code translation}. Mutable only
     * while the splitter is built.
     */
    private static final class Node {
        private char[] letters = new char[0];
        private Node[] next = new Node[0];
        private boolean part;
        private String translation;

        void add(String word, String translation) {
            Node node = this;
            for (int i = 0; i < word.length(); i++) node = node.childOrAdd(word.charAt(i));
            node.part = true;
            node.translation = translation;
        }

        Node child(char c) {
            for (int i = 0; i < letters.length; i++) if (letters[i] == c) return next[i];
            return null;
        }

        private Node childOrAdd(char c) {
            Node child = child(c);
            if (child != null) return child;
            letters = Arrays.copyOf(letters, letters.length + 1);
            next = Arrays.copyOf(next, next.length + 1);
            letters[letters.length - 1] = c;
            return next[next.length - 1] = new Node();
        }
    }

    /** Reads {@code org-compounds.tsv} (translation, then parts separated by "|") and adds {@code words}. */
    static CompoundSplitter load(Map<String, String> words) {
        Map<String, String> parts = new HashMap<>();
        for (String[] row : DataFile.rows("org-compounds.tsv")) {
            if (row.length != 2) throw new IllegalStateException("org-compounds.tsv: expected 2 columns: " + String.join(" ", row));
            for (String part : DataFile.alternatives(row[1])) parts.putIfAbsent(part, row[0]);
        }
        words.forEach(parts::putIfAbsent);
        return new CompoundSplitter(parts);
    }

    /** A compound this long or longer may abbreviate words of its own name ({@link #withoutSpelledOut}). */
    static final int MIN_SPELLED = 8;
    /** A piece of a compound that begins a word of the name has this many letters or more. */
    private static final int MIN_PREFIX = 3;

    /**
     * The tokens without the words that a compound among them abbreviates, or null when none does. Lists give a Soviet-style
     * compound beside the words it is made of ("OMSK TRANSPORT MACHINE FACTORY OMSKTRANSMASH": omsk + trans(port) +
     * mash, the part for machine), and the other list gives the compound alone: the words spelled out then stay unmatched
     * against it, though they say the same thing again. A compound of {@value #MIN_SPELLED} letters or more abbreviates a
     * run of two to four adjacent words when it is, from its start to its end, one piece per word in order: the word's
     * first {@value #MIN_PREFIX} letters or more, or a part of {@code org-compounds.tsv} that translates to the word.
     */
    List<String> withoutSpelledOut(List<String> tokens) {
        int n = tokens.size();
        for (int c = 0; c < n; c++) {
            String compound = tokens.get(c);
            if (compound.length() < MIN_SPELLED) continue;
            for (int from = 0; from < n; from++) {
                for (int length = 4; length >= 2; length--) {
                    int to = from + length;
                    if (to > n || (c >= from && c < to)) continue;
                    if (!spells(compound, 0, tokens, from, to)) continue;
                    List<String> out = new ArrayList<>(tokens.subList(0, from));
                    out.addAll(tokens.subList(to, n));
                    return out;
                }
            }
        }
        return null;
    }

    /** Whether {@code compound} from {@code at} is one piece for each of words [{@code k}, {@code to}) in order. */
    private boolean spells(String compound, int at, List<String> words, int k, int to) {
        if (k == to) return at == compound.length();
        if (at == compound.length()) return false;
        String word = words.get(k);
        if (word.length() < MIN_PREFIX) return false;
        // A part that translates to the word ("mash" for machine), shortest first, walking the letter tree from here;
        // only a word that some part translates to can be one.
        if (meanings.contains(word)) {
            Node node = root;
            for (int end = at + 1; end <= compound.length() && node != null; end++) {
                node = node.child(compound.charAt(end - 1));
                if (node != null && node.part && end - at >= MIN_PART && word.equals(node.translation)
                        && spells(compound, end, words, k + 1, to)) return true;
            }
        }
        // The word's first letters, or the whole word.
        if (word.charAt(0) != compound.charAt(at)) return false;
        for (int len = Math.min(word.length(), compound.length() - at); len >= MIN_PREFIX; len--) {
            if (compound.regionMatches(at, word, 0, len) && spells(compound, at + len, words, k + 1, to)) return true;
        }
        return false;
    }

    /** Translations of the parts of {@code token}, or null when it is not a compound of known parts. */
    List<String> split(String token) {
        int n = token.length();
        if (n < MIN_TOKEN) return null;
        int[] pieces = new int[n + 1]; // fewest parts covering token[0, i); MAX_VALUE when none do
        int[] cut = new int[n + 1];
        Arrays.fill(pieces, 1, n + 1, Integer.MAX_VALUE);
        for (int start = 0; start < n; start++) {
            if (pieces[start] == Integer.MAX_VALUE) continue;
            int count = pieces[start] + 1;
            Node node = root;
            for (int end = start + 1; end <= n && node != null; end++) {
                node = node.child(token.charAt(end - 1));
                // On a tie the latest start wins: the shortest last part, as when each end tried lengths upwards.
                if (node != null && node.part && end - start >= MIN_PART && count <= pieces[end]) {
                    pieces[end] = count;
                    cut[end] = start;
                }
            }
        }
        if (pieces[n] == Integer.MAX_VALUE || pieces[n] < 2) return null;
        List<String> translations = new ArrayList<>();
        for (int end = n; end > 0; end = cut[end]) translations.addFirst(parts.get(token.substring(cut[end], end)));
        List<String> out = new ArrayList<>();
        for (String translation : translations) out.addAll(List.of(translation.split(" ")));
        return out;
    }
}
