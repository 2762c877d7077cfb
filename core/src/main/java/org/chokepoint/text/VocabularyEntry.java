package org.chokepoint.text;

import java.util.List;

/**
 * One row of the organisation vocabulary as its file gives it: an English concept ("plant") and its equivalents as
 * written, in any script ("zavod", "завод", "工厂", "factory"). For callers that compare names through the same
 * equivalences as screening, such as party resolution.
 *
 * @param concept     the English word or phrase; not blank
 * @param equivalents the equivalents as written, stripped, none blank
 */
public record VocabularyEntry(String concept, List<String> equivalents) {
    public VocabularyEntry {
        equivalents = List.copyOf(equivalents);
    }
}
