package org.chokepoint.text;

import com.ibm.icu.text.Transliterator;

import java.util.concurrent.ConcurrentHashMap;

/**
 * One ICU transliterator, built once, applied from any thread. ICU rule-based transliterators
 * synchronise on their rule data, so one shared instance would serialise all callers; instances
 * are pooled instead. ICU costs 5 to 25 µs per word while names repeat words endlessly ("ООО",
 * "Иван", "شركة"), so results are remembered per space-separated word. The transforms used here
 * only look at context within a word, so the result is the same as transliterating the whole
 * text at once (a test checks this). The memory is bounded: it starts over when full.
 * Thread-safe.
 */
final class IcuTransliterator {
    private static final int MAX_REMEMBERED = 8192;
    private static final int MAX_WORD = 40;

    private final Pool<Transliterator> pool;
    private final ConcurrentHashMap<String, String> remembered = new ConcurrentHashMap<>();

    private IcuTransliterator(Pool<Transliterator> pool) {
        this.pool = pool;
    }

    /** A transliterator shipped with ICU, e.g. "Russian-Latin/BGN"; fails now if ICU lacks it. */
    static IcuTransliterator byId(String id) {
        return new IcuTransliterator(new Pool<>(() -> Transliterator.getInstance(id)));
    }

    /** A transliterator from an ICU rules file next to this class (our own schemes, kept as data). */
    static IcuTransliterator fromRules(String resource) {
        String rules = DataFile.text(resource);
        return new IcuTransliterator(new Pool<>(() -> Transliterator.createFromRules(resource, rules, Transliterator.FORWARD)));
    }

    String apply(String text) {
        StringBuilder out = new StringBuilder(text.length() * 2);
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i < text.length() && text.charAt(i) != ' ') continue;
            if (i > start) out.append(word(text.substring(start, i)));
            if (i < text.length()) out.append(' ');
            start = i + 1;
        }
        return out.toString();
    }

    /** The transliteration of the text without remembering words; what {@link #apply} must equal. */
    String applyWhole(String text) {
        return pool.apply(t -> t.transliterate(text));
    }

    private String word(String word) {
        if (word.length() > MAX_WORD) return applyWhole(word);
        String known = remembered.get(word);
        if (known != null) return known;
        String result = applyWhole(word);
        if (remembered.size() >= MAX_REMEMBERED) remembered.clear();
        remembered.put(word, result);
        return result;
    }
}
