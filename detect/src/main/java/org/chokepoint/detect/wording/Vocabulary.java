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

    /** The entries found in the text, in file order, without repeats. */
    public List<Entry> find(String text) {
        if (text == null || text.isBlank()) return List.of();
        String folded = fold(text);
        String[] words = NON_WORD.split(folded.strip());
        Set<Entry> found = new LinkedHashSet<>();
        for (Entry e : entries) {
            if (matches(e, words, folded)) found.add(e);
        }
        return List.copyOf(found);
    }

    /** The words of the text, folded, for callers that must know what else it says. */
    public static String[] words(String text) {
        if (text == null || text.isBlank()) return new String[0];
        String f = fold(text).strip();
        return f.isEmpty() ? new String[0] : NON_WORD.split(f);
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
            String stem = phrase[k];
            boolean exact = stem.endsWith("$");
            if (exact ? !words[i + k].equals(stem.substring(0, stem.length() - 1)) : !words[i + k].startsWith(stem)) return false;
        }
        return true;
    }

    static String fold(String s) {
        String lower = s.replace('İ', 'i').replace('ı', 'i').toLowerCase(Locale.ROOT);
        String nfd = Normalizer.normalize(lower, Normalizer.Form.NFD);
        // Cyrillic й and ё decompose too; folding them to и and е is what the stems expect.
        return MARKS.matcher(nfd).replaceAll("");
    }

    private static boolean unspacedScript(int cp) {
        Character.UnicodeScript sc = Character.UnicodeScript.of(cp);
        return sc == Character.UnicodeScript.HAN || sc == Character.UnicodeScript.HIRAGANA || sc == Character.UnicodeScript.KATAKANA;
    }
}
