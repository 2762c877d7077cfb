package org.chokepoint.detect.party;

import java.util.List;

/**
 * Why a party's spellings are one party although their words differ: each is a name of one list entry
 * ({@link org.chokepoint.detect.watchlist.ListedNames}), as a listed firm's English name, the transliteration of its
 * Russian one and its Cyrillic short name are.
 *
 * @param entry    the entry's id ("ofac-sdn:45039")
 * @param spellings the spellings joined so, in the order joined, each once
 */
public record EntryJoin(String entry, List<String> spellings) {
    public EntryJoin {
        spellings = List.copyOf(spellings);
    }

    /** The sentence an explanation gives: "Spellings 'A' and 'B' are one party as names of the listed entry E." */
    public String sentence() {
        int shown = Math.min(3, spellings.size());
        StringBuilder b = new StringBuilder("Spellings ");
        for (int i = 0; i < shown; i++) {
            if (i > 0) b.append(i == shown - 1 && shown == spellings.size() ? " and " : ", ");
            b.append('\'').append(spellings.get(i)).append('\'');
        }
        if (spellings.size() > shown) b.append(" and ").append(spellings.size() - shown).append(" more");
        return b.append(" are one party as names of the listed entry ").append(entry).append('.').toString();
    }
}
