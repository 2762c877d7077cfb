package org.chokepoint.network.resolve;

import org.chokepoint.text.NameNormalizer;
import org.chokepoint.text.NormalizedName;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** Mentions whose names are names of one registered entry ({@link EntryNames}) are one party: the must-link of resolution. */
class EntryNamesTest {
    private static final PartyResolver RESOLVER = new PartyResolver();
    private static final String ENGLISH = "Scientific Research Institute of Applied Acoustics JSC";
    private static final String ROMANISED = "FEDERALNOE GOSUDARSTVENNOE UNITARNOE PREDPRIIATIE NAUCHNO-ISSLEDOVATELSKII INSTITUT PRIKLADNOI AKUSTIKI";
    private static final String CYRILLIC = "АО «НИИ прикладной акустики»";
    /** The three names, as a list would hold them, of one entry; any country. */
    private static final EntryNames ACOUSTICS = byWords(Map.of(ENGLISH, "ofac-sdn:1", ROMANISED, "ofac-sdn:1", CYRILLIC, "ofac-sdn:1"));

    /** A register answering for the names given (as the resolver's normaliser reads them), in every country. */
    private static EntryNames byWords(Map<String, String> names) {
        Map<List<String>, String> byTokens = new java.util.HashMap<>();
        names.forEach((name, entry) -> byTokens.put(NameNormalizer.standard().normalize(name).tokens(), entry));
        return (NormalizedName name, String country) -> byTokens.get(name.tokens());
    }

    @Test
    void aliasesOfOneEntryThatShareNoWordAreOneParty() {
        List<PartyMention> mentions = List.of(
                new PartyMention(ENGLISH, "RU", null, null, 5),
                new PartyMention(ROMANISED, "RU", "INN 7702070139", null, 2),
                new PartyMention(CYRILLIC, "RU", null, "Moscow", 1));
        assertThat(RESOLVER.resolve(mentions).parties()).as("without the register, three parties").hasSize(3);
        Resolution r = RESOLVER.resolve(mentions, ACOUSTICS);
        assertThat(r.parties()).singleElement().satisfies(p -> {
            assertThat(p.mentions()).containsExactly(0, 1, 2);
            assertThat(p.name()).isEqualTo(ENGLISH);
            assertThat(p.evidence()).hasSize(2).allSatisfy(e -> {
                assertThat(e.basis()).isEqualTo(MergeEvidence.ENTRY);
                assertThat(e.entry()).isEqualTo("ofac-sdn:1");
                assertThat(e.explanation()).contains("ofac-sdn:1");
            });
        });
        assertThat(r.entryJoins()).hasSize(2);
    }

    @Test
    void namesOfOneEntryInTwoCountriesStayTwoParties() {
        Resolution r = RESOLVER.resolve(List.of(
                new PartyMention(ENGLISH, "RU", null, null),
                new PartyMention(ROMANISED, "KZ", null, null)), ACOUSTICS);
        assertThat(r.parties()).hasSize(2);
        assertThat(r.entryJoins()).isEmpty();
    }

    @Test
    void namesOfOneEntryDeclaringDifferentNumbersStayApart() {
        Resolution r = RESOLVER.resolve(List.of(
                new PartyMention(ENGLISH, "RU", "INN 7702070139", null),
                new PartyMention(ROMANISED, "RU", "INN 7810001164", null),
                new PartyMention(CYRILLIC, "RU", null, null)), ACOUSTICS);
        assertThat(r.partyOf()[0]).isNotEqualTo(r.partyOf()[1]);
        assertThat(r.parties()).hasSize(2);
    }

    @Test
    void namesOfTwoEntriesStayApart() {
        EntryNames two = byWords(Map.of(ENGLISH, "ofac-sdn:1", ROMANISED, "ofac-sdn:2"));
        Resolution r = RESOLVER.resolve(List.of(
                new PartyMention(ENGLISH, "RU", null, null),
                new PartyMention(ROMANISED, "RU", null, null)), two);
        assertThat(r.parties()).hasSize(2);
    }

    @Test
    void aMisspellingOfOneAliasJoinsThePartyOfAllOfThem() {
        // The misspelt Turkish name clashes with the English alias ("ithalat ve ihracat" against "import export") as a
        // namesake's would; the list says both aliases are one firm, so it joins the Turkish name's party, which is theirs.
        EntryNames alpha = byWords(Map.of("ALPHA IMPEX ITHALAT VE IHRACAT DIS TICARET LTD. STI.", "ofac-sdn:9",
                "ALPHA IMPEX IMPORT EXPORT FOREIGN TRADE LLC", "ofac-sdn:9"));
        Resolution r = RESOLVER.resolve(List.of(
                new PartyMention("ALPHA IMPEX ITHALAT VE IHRACAT DIS TICARET LTD. STI.", "TR", null, null, 9),
                new PartyMention("ALPHA IMPEX IMPORT EXPORT FOREIGN TRADE LLC", "TR", null, null, 4),
                new PartyMention("ALHPA IMPEX ITHALAT VE IHRACAT DIŞ TİC. LIMITED SIRKETI", "TR", null, null, 1)), alpha);
        assertThat(r.parties()).singleElement();
    }

    @Test
    void thePartitionDoesNotDependOnTheOrderOfTheMentions() {
        List<PartyMention> mentions = new ArrayList<>(List.of(
                new PartyMention(ENGLISH, "RU", "INN 7702070139", null),
                new PartyMention(ROMANISED, "RU", "INN 7810001164", null),
                new PartyMention(CYRILLIC, "RU", null, null),
                new PartyMention(CYRILLIC, "RU", "INN 7810001164", null),
                new PartyMention("Acoustics Trading LLC", "RU", null, null)));
        List<List<Integer>> expected = partition(mentions, RESOLVER.resolve(mentions, ACOUSTICS).partyOf(), mentions);
        Random random = new Random(7);
        for (int round = 0; round < 20; round++) {
            List<PartyMention> shuffled = new ArrayList<>(mentions);
            Collections.shuffle(shuffled, random);
            assertThat(partition(shuffled, RESOLVER.resolve(shuffled, ACOUSTICS).partyOf(), mentions)).isEqualTo(expected);
        }
    }

    /** The parties as sets of positions in {@code reference}, sorted. */
    private static List<List<Integer>> partition(List<PartyMention> order, int[] partyOf, List<PartyMention> reference) {
        Map<Integer, List<Integer>> parties = new java.util.TreeMap<>();
        for (int i = 0; i < order.size(); i++) parties.computeIfAbsent(partyOf[i], p -> new ArrayList<>()).add(reference.indexOf(order.get(i)));
        List<List<Integer>> out = new ArrayList<>();
        for (List<Integer> p : parties.values()) {
            Collections.sort(p);
            out.add(p);
        }
        out.sort(java.util.Comparator.comparing(l -> l.getFirst()));
        return out;
    }
}
