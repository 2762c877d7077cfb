package org.chokepoint.screening;

import org.chokepoint.model.Entity;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Retrieval proposes what exhaustive scoring would find even when more than {@value Screener#CANDIDATES}
 * other names share something with the query: the classes of names it used to miss, with invented names.
 * Each case checks both that exhaustive scoring finds the entity (so it is a real match) and that retrieval
 * proposes it.
 */
class CandidateRetrievalTest {
    /** Enough look-alikes to fill the candidates many times over. */
    private static final int CROWD = 3 * Screener.CANDIDATES;

    @Test
    void aVariantSharingOnlyItsTransliterationKeyIsProposedAmongManyNamesSharingCommonTrigrams() {
        // "moriton" and "muryton" are one word in two conventions (key "mrtn") but share only "ton" and "on_";
        // the crowd shares those and four trigrams more.
        List<Entity> listed = crowd(i -> "MORIT CARTON " + word(i));
        listed.add(ScreeningFixtures.party("t", "target", "MURYTON HOLDINGS|type=organization|country=RU"));
        assertRetrieved(listed, "MORITON|type=organization|country=RU", "t:target");
    }

    @Test
    void aWholeNameEqualToTheQueryIsProposedAmongManyNamesThatContainTheQuery() {
        // Every name of the crowd contains the one word; the exact name comes last in name order.
        List<Entity> listed = crowd(i -> "VELORIA " + word(i));
        listed.add(ScreeningFixtures.party("t", "target", "VELORIA|type=vessel"));
        assertRetrieved(listed, "VELORIA|type=vessel", "t:target");
    }

    @Test
    void theProperNameOfALongDescriptiveNameFindsTheOrganisationListedUnderItAlone() {
        // The query's descriptive words ("scientific production enterprise ... named after") and their trigrams are shared
        // by the whole crowd; its one proper word, not rare, is the listed organisation's whole name.
        // The crowd's words also share the trigrams of the query's rare honorific ("prokhorov").
        List<Entity> listed = crowd(i -> "SCIENTIFIC PRODUCTION ENTERPRISE NAMED AFTER A.P. PROKHOROV" + word(i));
        for (int i = 0; i < 5; i++) listed.add(ScreeningFixtures.party("other", Integer.toString(i), "RASSVET " + word(i) + "|type=organization|country=RU"));
        listed.add(ScreeningFixtures.party("t", "target", "JOINT STOCK COMPANY RASSVET|type=organization|country=RU"));
        assertRetrieved(listed, "JOINT-STOCK COMPANY \"SCIENTIFIC PRODUCTION ENTERPRISE 'RASSVET' NAMED AFTER A.P. PROKHOROV\"|type=organization|country=RU",
                "t:target");
    }

    @Test
    void theProperNameOfADescriptiveNameIsAWholeNameTermOfTheQuery() {
        org.chokepoint.text.NameNormalizer chain = org.chokepoint.text.NameNormalizer.standard();
        org.chokepoint.text.TokenWeights weights = org.chokepoint.text.TokenWeights.build(List.of(), chain::descriptive);
        var terms = ScreeningIndex.proper(chain.normalize("JSC \"Scientific and Production Enterprise 'Rassvet' named after A.P. Prokhorov\""), weights);
        assertThat(ScreeningIndex.holdsWhole(terms, "rassvet")).isTrue();
        // The honorific is not part of the proper name, nor is a name made only of proper words its own term again.
        assertThat(ScreeningIndex.holdsWhole(terms, "rassvetprokhorov")).isFalse();
        assertThat(ScreeningIndex.proper(chain.normalize("Rassvet Volga"), weights)).isEmpty();
        // Only descriptive words: no proper name.
        assertThat(ScreeningIndex.proper(chain.normalize("Research Institute of Design"), weights)).isEmpty();
    }

    @Test
    void aDistinctiveWordSpelledOtherwiseIsProposedAmongManyNamesSharingTheDescriptiveWordsAndTheirTrigrams() {
        // "polymer" and "polimer" share four of their eight trigrams; the crowd shares the query's two descriptive words
        // and every trigram of them, many more than four. Trigrams carried by that many names say nothing about which
        // name is meant and add no clause (ScreeningIndex.COMMON_GRAM_SHARE).
        // Among other names, as in a list: the crowd (240 names) is a few percent of them, so its words are not weightless.
        List<Entity> listed = crowd(i -> "POLAR RESEARCH INSTITUTE " + word(i));
        for (int i = CROWD; i < 2 * CROWD; i++) listed.add(ScreeningFixtures.party("crowd", Integer.toString(i), "POLAR RESEARCH INSTITUTE " + word(i) + "|type=organization|country=RU"));
        java.util.Random random = new java.util.Random(24);
        for (int i = 0; i < 40 * CROWD; i++) listed.add(ScreeningFixtures.party("other", Integer.toString(i), invented(random) + " " + invented(random) + "|type=organization"));
        listed.add(ScreeningFixtures.party("t", "target", "JOINT STOCK COMPANY POLIMER|type=organization|country=RU"));
        assertRetrieved(listed, "POLYMER RESEARCH INSTITUTE JSC|type=organization|country=RU", "t:target");
    }

    @Test
    void anArabicScriptNameIsProposedThroughItsSkeletonAmongManyNamesSharingItsOtherWord() {
        // "بانک وردلت" reads "bank vrdlt": the crowd shares the word bank; the listed VARDELAT shares no trigram with the
        // skeleton, only its consonant classes (ArabicSkeleton.key).
        List<Entity> listed = crowd(i -> "BANK " + word(i));
        listed.add(ScreeningFixtures.party("t", "target", "BANK VARDELAT|type=organization|country=IR"));
        assertRetrieved(listed, "بانک وردلت|type=organization", "t:target");
    }

    @Test
    void arabicScriptQueriesGetTheAnswersOfExhaustiveScoring() {
        // The skeleton's credit is in the memo rows that NameSearch bounds with: the best names and scores must be those
        // of scoring every entity.
        List<Entity> listed = crowd(i -> "MELLAT " + word(i));
        listed.add(ScreeningFixtures.party("t", "1", "BANK VARDELAT|type=organization|country=IR"));
        listed.add(ScreeningFixtures.party("t", "2", "TOLBARANI, Qasem|type=person|country=IR"));
        listed.add(ScreeningFixtures.party("t", "3", "TOLBARANI, Hashem|type=person|country=IR"));
        listed.add(ScreeningFixtures.party("t", "4", "ABDELKADER MELLAT NOUREDDINE|type=person"));
        listed.add(ScreeningFixtures.party("t", "5", "KAVTARI, Mohammad Javad|type=person|country=IR"));
        Screener s = Screener.build(listed);
        for (String name : List.of("بانک وردلت", "قاسم تولبرانی", "عبد القادر ملت نور الدين", "محمد جواد کاوتری", "ملت", "بنك ملت")) {
            ScreeningQuery q = ScreeningQuery.of(name, null, null, null, 5, 0.5);
            assertThat(s.screen(q)).as(name).extracting(m -> m.entity().id() + " " + m.score())
                    .containsExactlyElementsOf(s.screenExhaustive(q).stream().limit(5).map(m -> m.entity().id() + " " + m.score()).toList());
        }
    }

    private static void assertRetrieved(List<Entity> listed, String query, String id) {
        Screener s = Screener.build(listed);
        ScreeningQuery q = ScreeningFixtures.query(query, 5);
        assertThat(s.screenExhaustive(ScreeningQuery.of(q.name(), q.country(), q.schema().label(), null, 5, 0.8)))
                .extracting(m -> m.entity().id()).contains(id);
        assertThat(s.candidateIds(q)).contains(id);
    }

    private static List<Entity> crowd(java.util.function.IntFunction<String> name) {
        List<Entity> out = new ArrayList<>();
        for (int i = 0; i < CROWD; i++) out.add(ScreeningFixtures.party("crowd", Integer.toString(i), name.apply(i) + "|type=organization|country=RU"));
        return out;
    }

    /** An invented word of two or three syllables. */
    private static String invented(java.util.Random random) {
        String consonants = "BDFGKLMNPRSTVZ", vowels = "AEIOU";
        StringBuilder out = new StringBuilder();
        for (int i = 0, n = 2 + random.nextInt(2); i < n; i++) {
            out.append(consonants.charAt(random.nextInt(consonants.length()))).append(vowels.charAt(random.nextInt(vowels.length())));
        }
        return out.append(consonants.charAt(random.nextInt(consonants.length()))).toString();
    }

    /** A distinct invented word per number: "zubalek", "zubelek", ... */
    private static String word(int i) {
        String vowels = "aeiou";
        return "ZUB" + vowels.charAt(i % 5) + "L" + vowels.charAt((i / 5) % 5) + "K" + (char) ('A' + i / 25);
    }
}
