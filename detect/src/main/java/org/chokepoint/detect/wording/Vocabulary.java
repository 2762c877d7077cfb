package org.chokepoint.detect.wording;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Finds the entries of a word list in free text as people write it in declarations and company names.
 * Each entry is a label with phrases; a phrase is one or more word stems that must start consecutive
 * words of the text ("spare part" finds "Spare Parts", "станк" finds "станки"); a stem ending in {@code $}
 * must be the whole word ("chip$" finds "chip" but not "chipboard"). Text is folded first:
 * lower case, accents removed, Turkish dotless i as i. Stems in scripts written without spaces (Chinese,
 * Japanese) are found anywhere in the text. Immutable, thread-safe; never throws on any text.
 *
 * <p>The file format: one entry per line, {@code label<TAB>phrases separated by '|'<TAB>value<TAB>kind} (the
 * last two optional); '#'
 * starts a comment line.
 */
public final class Vocabulary {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    /** One line of the file. */
    public record Entry(String label, List<String[]> phrases, List<String> unspaced, String value, String kind) {}

    private final List<Entry> entries;
    /**
     * The phrases by the first character of their first stem, each with its entry's place in {@link #entries}: a phrase
     * can start only at a word that starts with that character. Tried at every word against every phrase (88 phrases of
     * lines of business, 29 of forwarders), what 30,000 company names say cost a quarter of a CPU-second on the quick
     * compiler, most of it {@code startsAt} failing at the first character.
     */
    private final Map<Character, List<Indexed>> byFirst = new HashMap<>();
    /** The phrases whose first stem has no first character to index them by (empty, or a lone {@code $}). */
    private final List<Indexed> unindexed = new ArrayList<>();
    /** The entries with a phrase of no stem (a line of punctuation), which every text holds. */
    private final List<Integer> always = new ArrayList<>();
    /** Whether some entry has a stem of a script written without spaces, looked for anywhere in the text. */
    private final boolean anyUnspaced;

    /** A phrase and the place of its entry. */
    private record Indexed(int entry, String[] phrase) {}

    private Vocabulary(List<Entry> entries) {
        this.entries = List.copyOf(entries);
        boolean unspaced = false;
        for (int k = 0; k < this.entries.size(); k++) {
            Entry e = this.entries.get(k);
            unspaced |= !e.unspaced().isEmpty();
            for (String[] p : e.phrases()) {
                String first = p.length == 0 ? "" : p[0];
                if (p.length == 0) always.add(k);
                else if (first.isEmpty() || first.equals("$")) unindexed.add(new Indexed(k, p));
                else byFirst.computeIfAbsent(first.charAt(0), c -> new ArrayList<>()).add(new Indexed(k, p));
            }
        }
        this.anyUnspaced = unspaced;
    }

    /** Reads a word list shipped as a resource next to {@code owner}. */
    public static Vocabulary resource(Class<?> owner, String name) {
        try (InputStream in = owner.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("missing resource " + name);
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Vocabulary parse(BufferedReader r, String name) throws IOException {
        List<Entry> out = new ArrayList<>();
        String line;
        int n = 0;
        while ((line = r.readLine()) != null) {
            n++;
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] cols = line.split("\t");
            if (cols.length < 2) throw new IllegalStateException(name + ":" + n + ": expected label<TAB>phrases[<TAB>value]");
            List<String[]> phrases = new ArrayList<>();
            List<String> unspaced = new ArrayList<>();
            for (String p : cols[1].split("\\|")) {
                String f = fold(p).strip();
                if (f.isEmpty()) continue;
                if (f.codePoints().anyMatch(Vocabulary::unspacedScript)) unspaced.add(f);
                else phrases.add(f.split("[^\\p{L}\\p{N}$]+"));
            }
            out.add(new Entry(cols[0].strip(), phrases, unspaced, cols.length > 2 ? cols[2].strip() : "", cols.length > 3 ? cols[3].strip() : ""));
        }
        return new Vocabulary(out);
    }

    public List<Entry> entries() {
        return entries;
    }

    /**
     * A text folded once, for looking it up in several vocabularies: folding (lower case, decomposing, removing marks) is
     * most of the cost of a look-up, and a company name is looked up for its lines of business and as a forwarder, a
     * description for its goods, its wording and its words. {@code folded} is null for a null or blank text.
     */
    public record Folded(String folded, String[] searched) {
        public static Folded of(String text) {
            if (text == null || text.isBlank()) return new Folded(null, new String[0]);
            String folded = fold(text);
            return new Folded(folded, split(folded.strip()));
        }

        /** The words of the text, folded ({@link #words(String)}). */
        public String[] words() {
            return folded == null || folded.strip().isEmpty() ? new String[0] : searched.clone();
        }
    }

    /** The entries found in the text, in file order, without repeats. */
    public List<Entry> find(String text) {
        return find(Folded.of(text));
    }

    /** {@link #find(String)} of a text folded already. */
    public List<Entry> find(Folded text) {
        if (text.folded() == null) return List.of();
        String[] words = text.searched();
        boolean[] hit = null;
        for (int k : always) {
            if (hit == null) hit = new boolean[entries.size()];
            hit[k] = true;
        }
        if (anyUnspaced && !ascii(text.folded())) {
            for (int k = 0; k < entries.size(); k++) {
                for (String u : entries.get(k).unspaced()) {
                    if (text.folded().contains(u)) {
                        if (hit == null) hit = new boolean[entries.size()];
                        hit[k] = true;
                        break;
                    }
                }
            }
        }
        for (int i = 0; i < words.length; i++) {
            List<Indexed> some = words[i].isEmpty() ? null : byFirst.get(words[i].charAt(0));
            if (some != null) hit = mark(some, words, i, hit);
            if (!unindexed.isEmpty()) hit = mark(unindexed, words, i, hit);
        }
        if (hit == null) return List.of();
        List<Entry> found = new ArrayList<>();
        for (int k = 0; k < hit.length; k++) if (hit[k]) found.add(entries.get(k));
        return List.copyOf(found);
    }

    /** Marks in {@code hit} (made when first needed) the entries of the phrases that start at {@code words[i]}. */
    private boolean[] mark(List<Indexed> phrases, String[] words, int i, boolean[] hit) {
        for (Indexed p : phrases) {
            if ((hit == null || !hit[p.entry()]) && startsAt(p.phrase(), words, i)) {
                if (hit == null) hit = new boolean[entries.size()];
                hit[p.entry()] = true;
            }
        }
        return hit;
    }

    /** The words of the text, folded, for callers that must know what else it says. */
    public static String[] words(String text) {
        return Folded.of(text).words();
    }

    /** True when some phrase of this vocabulary starts at {@code words[i]}; returns its length or 0. */
    public int phraseAt(String[] words, int i) {
        int best = 0;
        for (Entry e : entries) for (String[] p : e.phrases()) if (startsAt(p, words, i)) best = Math.max(best, p.length);
        return best;
    }

    private static boolean startsAt(String[] phrase, String[] words, int i) {
        if (i + phrase.length > words.length) return false;
        for (int k = 0; k < phrase.length; k++) {
            String stem = phrase[k], word = words[i + k];
            // A stem ending in $ is the whole word: compared in place rather than cut (a string made per comparison).
            int n = stem.length() - 1;
            if (n >= 0 && stem.charAt(n) == '$' ? word.length() != n || !word.regionMatches(0, stem, 0, n) : !word.startsWith(stem)) return false;
        }
        return true;
    }

    /**
     * {@code NON_WORD.split(text)}: the runs of letters and digits, with a leading empty word when the text starts with
     * neither, and no trailing empty one. ASCII text (most names and descriptions) is split here; the regular expression
     * was most of what a company name's look-ups cost once the phrases were indexed.
     */
    static String[] split(String text) {
        if (!ascii(text)) return NON_WORD.split(text);
        List<String> out = new ArrayList<>();
        int n = text.length(), start = 0, k = 0;
        boolean any = false;
        while (k < n) {
            if (asciiWord(text.charAt(k))) {
                k++;
                continue;
            }
            int from = k;
            while (k < n && !asciiWord(text.charAt(k))) k++;
            any = true;
            out.add(text.substring(start, from));
            start = k;
        }
        if (!any) return new String[] {text};
        out.add(text.substring(start, n));
        int size = out.size();
        while (size > 0 && out.get(size - 1).isEmpty()) size--;
        return out.subList(0, size).toArray(new String[0]);
    }

    private static boolean asciiWord(char c) {
        return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c >= 'A' && c <= 'Z';
    }

    static String fold(String s) {
        String lower = s.replace('İ', 'i').replace('ı', 'i').toLowerCase(Locale.ROOT);
        // Plain ASCII decomposes to itself and holds no marks: most names and descriptions, spared the two passes below.
        if (ascii(lower)) return lower;
        String nfd = Normalizer.normalize(lower, Normalizer.Form.NFD);
        // Cyrillic й and ё decompose too; folding them to и and е is what the stems expect.
        return MARKS.matcher(nfd).replaceAll("");
    }

    private static boolean ascii(String s) {
        for (int i = 0; i < s.length(); i++) if (s.charAt(i) >= 0x80) return false;
        return true;
    }

    private static boolean unspacedScript(int cp) {
        Character.UnicodeScript sc = Character.UnicodeScript.of(cp);
        return sc == Character.UnicodeScript.HAN || sc == Character.UnicodeScript.HIRAGANA || sc == Character.UnicodeScript.KATAKANA;
    }
}
