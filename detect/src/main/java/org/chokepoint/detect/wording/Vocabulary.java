package org.chokepoint.detect.wording;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
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

    private Vocabulary(List<Entry> entries) {
        this.entries = List.copyOf(entries);
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
            return new Folded(folded, NON_WORD.split(folded.strip()));
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
        Set<Entry> found = new LinkedHashSet<>();
        for (Entry e : entries) {
            if (matches(e, text.searched(), text.folded())) found.add(e);
        }
        return List.copyOf(found);
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

    private static boolean matches(Entry e, String[] words, String folded) {
        for (String u : e.unspaced()) if (folded.contains(u)) return true;
        for (String[] p : e.phrases()) {
            for (int i = 0; i + p.length <= words.length; i++) if (startsAt(p, words, i)) return true;
        }
        return false;
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
