package org.chokepoint.network.resolve;

import org.chokepoint.country.Cities;
import org.chokepoint.text.NameNormalizer;
import org.chokepoint.text.NormalizedName;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * A mention with everything the pairwise decision needs computed once: the normalised name and the
 * spellings worth comparing, the identifiers by register, the address words.
 *
 * @param index       the mention's index in the input
 * @param mention     the mention as given
 * @param name        the normalised name
 * @param spellings   the token lists compared: the primary tokens, then at most {@link #MAX_VARIANTS} variants,
 *                    each without the legal-form words at its ends ({@link LegalFormWords}), then the primary
 *                    one in concepts ({@link Concepts}), with its acronyms alone spelt out and in full, where that
 *                    changes it
 * @param identifiers the valid declared identifiers
 * @param address     the address words (normalised), empty when none was declared
 * @param sortKey     a total order of mentions by content, so that ties break the same whatever the input order
 * @param words       the distinct words of all spellings: a pair of mentions compares each two words once
 * @param wordAt      for spelling s and position i, the index of its word in {@code words}
 * @param formFamilies the families of the legal forms declared ({@link LegalFormFamily}), empty when none
 * @param nameId      the number of the mention's name among the distinct names of one resolution, or -1 when not
 *                    numbered: mentions with one number have one name, so their name comparisons are the same
 * @param addressIds  the address words as numbers among the address words of one resolution, ascending; null when
 *                    not numbered. Two addresses' words in common are then counted over numbers, not strings
 * @param seats       for spelling s, which of its words name a seat city of the mention's country ({@link org.chokepoint.country.Cities#seatWords}), or
 *                    null when none does; null when no spelling names one (most mentions)
 * @param acronyms    the name's Russian acronyms of one word ({@link NormalizedName#acronyms()}), empty for most names
 * @param nameWords   for each of {@code words}, whether it can name a firm: not generic, not descriptive ("plant",
 *                    "bureau"), not a business word ("machine", "electronics"), three letters or more. A seat left out is excused only when such a word is shared
 */
record PreparedMention(int index, PartyMention mention, NormalizedName name, List<List<String>> spellings,
                       List<DeclaredIdentifier> identifiers, Set<String> address, String sortKey, List<String> words, int[][] wordAt,
                       Set<String> formFamilies, int nameId, int[] addressIds, boolean[][] seats, boolean[] nameWords,
                       Set<String> acronyms) {
    /** Variants beyond the primary spelling that are compared: other romanisations and the translation. */
    static final int MAX_VARIANTS = 3;

    /**
     * What a name gives, whoever declared it: the normalised name, the spellings compared with their distinct
     * words, the legal-form families. A pure function of the name; many mentions share a name (one firm
     * declaring several identifiers), so a resolution works it out once per distinct name. {@code read} is the name as
     * the normaliser read it, before a leading legal form was moved ({@link #leadingFormMoved}): what screening reads
     * too, handed on with the resolution ({@link Resolution#normalizedNames()}).
     */
    record Name(NormalizedName name, List<List<String>> spellings, List<String> words, int[][] wordAt, Set<String> formFamilies,
                boolean[] nameWords, Set<String> acronyms, NormalizedName read) {
        static Name of(String declared, NameNormalizer normalizer) {
            return of(normalizer.normalize(declared), normalizer);
        }

        /** {@link #of(String, NameNormalizer)} of the name the normaliser read as {@code normalized}. */
        static Name of(NormalizedName normalized, NameNormalizer normalizer) {
            NormalizedName name = leadingFormMoved(normalized, normalizer);
            boolean formsFound = !name.legalForms().isEmpty();
            List<List<String>> read = name.tokenLists().stream().filter(l -> !l.isEmpty())
                    .map(l -> LegalFormWords.trimmed(l, formsFound)).distinct().limit(1 + MAX_VARIANTS).toList();
            // Then the spellings in concepts, where they differ: "TD Granit" as "trading house granit", the characters'
            // "jingmi jixie" as "precision machine", so a name translated and one transliterated say the same words. First
            // the primary spelling with its acronyms alone spelt out, for a name whose other words the vocabulary knows
            // in a spelling the other side does not write ("TD Severnyy veter" / "Severnii veter Trading House").
            List<List<String>> spellings = new java.util.ArrayList<>(read);
            Concepts concepts = Concepts.of(normalizer);
            // Of the primary spelling only: the other readings of a name differ from it in letters, not in words, and
            // each spelling more costs comparisons.
            if (!read.isEmpty()) {
                for (List<String> c : List.of(concepts.expanded(read.getFirst()), concepts.of(read.getFirst()))) {
                    if (!c.isEmpty() && !spellings.contains(c)) spellings.add(c);
                }
            }
            List<String> words = new java.util.ArrayList<>();
            int[][] wordAt = new int[spellings.size()][];
            for (int s = 0; s < wordAt.length; s++) {
                List<String> spelling = spellings.get(s);
                wordAt[s] = new int[spelling.size()];
                for (int i = 0; i < spelling.size(); i++) {
                    int at = words.indexOf(spelling.get(i));
                    if (at < 0) {
                        at = words.size();
                        words.add(spelling.get(i));
                    }
                    wordAt[s][i] = at;
                }
            }
            boolean[] nameWords = new boolean[words.size()];
            for (int w = 0; w < nameWords.length; w++) {
                String word = words.get(w);
                nameWords[w] = word.length() >= 3 && !org.chokepoint.text.TokenWeights.isGeneric(word) && !normalizer.descriptive(word)
                        && !NameComparison.businessWord(word);
            }
            // The name's Russian acronyms of one word, three letters or more: a firm declared by its acronym alone meets them.
            Set<String> acronyms = new java.util.TreeSet<>();
            List<List<String>> all = new java.util.ArrayList<>(name.acronyms());
            // A compound the translation split gives a letter per part ("radioelektronnye", radio electronic: KRET).
            if (!name.acronyms().isEmpty() && !name.translated().isEmpty() && name.translated().size() > name.tokens().size())
                all.addAll(normalizer.normalize(String.join(" ", name.translated())).acronyms());
            for (List<String> a : all) if (a.size() == 1 && a.getFirst().length() >= 3) acronyms.add(a.getFirst());
            return new Name(name, spellings, List.copyOf(words), wordAt, formsRead(name, formsFound), nameWords,
                    acronyms.isEmpty() ? Set.of() : Set.copyOf(acronyms), normalized);
        }

        /**
         * {@link #of(NormalizedName, NameNormalizer)} of another declared name that the normaliser read as this one, all
         * but the text declared ({@link NormalizedName#original()}) equal: everything else a name gives is a function of
         * the reading, so it is taken from here ("ACME TRADING LLC" and "Acme Trading L.L.C." read alike; 16,764 names
         * at a million records, 10,006 readings).
         */
        Name readAs(NormalizedName other) {
            NormalizedName own = name == read ? other
                    : new NormalizedName(other.original(), name.script(), name.legalForms(), name.tokens(), name.variants(), name.acronym(), name.translated());
            return new Name(own, spellings, words, wordAt, formFamilies, nameWords, acronyms, other);
        }

        /** What {@link #readAs} requires equal: the reading less the text declared. */
        record Reading(String script, List<String> legalForms, List<String> tokens, List<List<String>> variants, String acronym,
                       List<String> translated, List<List<String>> acronyms) {
            static Reading of(NormalizedName n) {
                return new Reading(n.script(), n.legalForms(), n.tokens(), n.variants(), n.acronym(), n.translated(), n.acronyms());
            }

            // Written out, with a record's hash: the generated ones are method handles, slow under the quick compiler.
            @Override
            public boolean equals(Object o) {
                return this == o || o instanceof Reading r && java.util.Objects.equals(script, r.script) && java.util.Objects.equals(legalForms, r.legalForms)
                        && java.util.Objects.equals(tokens, r.tokens) && java.util.Objects.equals(variants, r.variants)
                        && java.util.Objects.equals(acronym, r.acronym) && java.util.Objects.equals(translated, r.translated)
                        && java.util.Objects.equals(acronyms, r.acronyms);
            }

            @Override
            public int hashCode() {
                int h = java.util.Objects.hashCode(script);
                h = h * 31 + java.util.Objects.hashCode(legalForms);
                h = h * 31 + java.util.Objects.hashCode(tokens);
                h = h * 31 + java.util.Objects.hashCode(variants);
                h = h * 31 + java.util.Objects.hashCode(acronym);
                h = h * 31 + java.util.Objects.hashCode(translated);
                return h * 31 + java.util.Objects.hashCode(acronyms);
            }
        }
    }

    static PreparedMention of(int index, PartyMention m, NameNormalizer normalizer) {
        return of(index, m, Name.of(m.name(), normalizer), -1, addressWords(m.address(), normalizer), null);
    }

    /** The normalised words of a declared address (a pure function of it), empty for none. */
    static Set<String> addressWords(String address, NameNormalizer normalizer) {
        // Sorted, and said so: PairDecision counts the words two addresses share in one walk over both.
        return address == null ? Set.of() : java.util.Collections.unmodifiableSortedSet(new TreeSet<>(normalizer.stripped(address).tokens()));
    }

    /**
     * The mention with its name and address already worked out ({@link Name#of}, {@link #addressWords}).
     *
     * @param nameId the number of the name among the distinct names of the resolution, or -1
     * @param addressIds the numbers of the address words, ascending, or null
     */
    static PreparedMention of(int index, PartyMention m, Name name, int nameId, Set<String> address, int[] addressIds) {
        return of(index, m, name, nameId, address, addressIds, seats(name, m.country()));
    }

    /**
     * As {@link #of(int, PartyMention, Name, int, Set, int[])}, with the seat cities of the name in the mention's country
     * ({@link #seats(Name, String)}) already worked out: mentions repeat a name in one country, and the seats are the
     * same for all of them. Not copied: the mentions share the arrays, which nobody changes.
     */
    static PreparedMention of(int index, PartyMention m, Name name, int nameId, Set<String> address, int[] addressIds, boolean[][] seats) {
        return of(index, m, name, nameId, address, addressIds, seats, DeclaredIdentifier.parse(m.identifier(), m.country()));
    }

    /**
     * As {@link #of(int, PartyMention, Name, int, Set, int[], boolean[][])}, with the mention's identifiers already read
     * ({@link DeclaredIdentifier#parse} of its identifier and country): mentions repeat an identifier (one firm, its
     * name spelt several ways), and reading one costs more than the rest of preparing the mention.
     */
    static PreparedMention of(int index, PartyMention m, Name name, int nameId, Set<String> address, int[] addressIds, boolean[][] seats,
                              List<DeclaredIdentifier> identifiers) {
        String sortKey = String.join("\u0000", m.name(), m.country(), String.valueOf(m.identifier()), String.valueOf(m.address()),
                zeroPadded(m.occurrences()));
        return new PreparedMention(index, m, name.name(), name.spellings(), identifiers, address, sortKey,
                name.words(), name.wordAt(), name.formFamilies(), nameId, addressIds, seats, name.nameWords(), name.acronyms());
    }

    /** For spelling s of the name, which of its words name a seat city of the country, or null when none does; null when no spelling names one. */
    static boolean[][] seats(Name name, String country) {
        boolean[][] seats = null;
        for (int s = 0; s < name.spellings().size(); s++) {
            boolean[] at = Cities.seatWords(name.spellings().get(s), country);
            if (at == null) continue;
            if (seats == null) seats = new boolean[name.spellings().size()][];
            seats[s] = at;
        }
        return seats;
    }

    /** {@code String.format("%020d", count)} without the formatter, which cost more than the rest of preparing a mention. */
    static String zeroPadded(long count) {
        if (count < 0) return String.format("%020d", count);
        String digits = Long.toString(count);
        return digits.length() >= 20 ? digits : "0".repeat(20 - digits.length()) + digits;
    }

    /**
     * The name with a legal form that the chain knows only at the end taken out from the start as well:
     * clerks write "LLC Al Noor Trading" as often as "Al Noor Trading LLC", and legal forms must never
     * count as name words. Tries the first one to three short words moved to the end.
     */
    static NormalizedName leadingFormMoved(NormalizedName name, NameNormalizer normalizer) {
        List<String> t = name.tokens();
        for (int k = 1; k <= 3 && k < t.size() && t.get(k - 1).length() <= 5; k++) {
            List<String> rest = t.subList(k, t.size());
            String movedText = String.join(" ", rest) + " " + String.join(" ", t.subList(0, k));
            // Tested on its tokens and forms alone, normalised in full only when it reads as a form: most names do not start with one.
            NameNormalizer.Stripped test = normalizer.stripped(movedText);
            if (!test.legalForms().isEmpty() && test.tokens().equals(rest)) {
                NormalizedName moved = normalizer.normalize(movedText);
                List<String> forms = new java.util.ArrayList<>(name.legalForms());
                for (String f : moved.legalForms()) if (!forms.contains(f)) forms.add(f);
                return new NormalizedName(name.original(), name.script(), forms, rest, moved.variants(), moved.acronym(), moved.translated());
            }
        }
        return name;
    }

    /**
     * The legal-form families of the name; none when a form the normaliser did not read had to be taken
     * out, since it then may have read a wrong one from what was left ("Limitted Liability Company" as
     * "Company").
     */
    private static Set<String> formsRead(NormalizedName name, boolean formsFound) {
        if (LegalFormWords.trimsUnread(name.tokens(), formsFound)) return Set.of();
        return LegalFormFamily.of(name.legalForms(), name.tokens());
    }

    String country() {
        return mention.country();
    }
}
