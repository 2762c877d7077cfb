package org.chokepoint.text;

import java.util.List;

/**
 * Romanises a run of text written in one script. Lists romanise the same name by different
 * conventions, so a romaniser returns every reading worth indexing: never empty, the spelling
 * lists use most first. Implementations are thread-safe and never throw.
 */
interface ScriptRomanizer {
    List<String> readings(String run);
}
