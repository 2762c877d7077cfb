package org.chokepoint.trade.generate;

import java.util.List;

/**
 * A company legal form as clerks write it.
 *
 * @param written  the usual spelling in the canonical name ("LLC", "GmbH", "ООО")
 * @param variants other spellings of the same form ("L.L.C.", "Limited Liability Company"); may be empty
 * @param latin    the Latin transliteration of a Cyrillic form ("OOO"), or null for Latin forms
 * @param prefix   whether the form stands before the name (Russian ООО «...») rather than after it
 */
record LegalForm(String written, List<String> variants, String latin, boolean prefix) {
    LegalForm {
        variants = List.copyOf(variants);
    }

    static LegalForm suffix(String written, String... variants) {
        return new LegalForm(written, List.of(variants), null, false);
    }

    static LegalForm cyrillic(String written, String latin, String... variants) {
        return new LegalForm(written, List.of(variants), latin, true);
    }
}
