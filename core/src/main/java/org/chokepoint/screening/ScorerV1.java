package org.chokepoint.screening;

import org.chokepoint.model.Entity;
import org.chokepoint.model.EntityName;
import org.chokepoint.model.Identifier;
import org.chokepoint.model.IdentifierType;
import org.chokepoint.model.NameKind;
import org.chokepoint.model.Schema;
import org.chokepoint.similarity.SurnameForms;
import org.chokepoint.similarity.TokenAlignment;
import org.chokepoint.text.NameNormalizer;
import org.chokepoint.text.NormalizedName;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Scoring algorithm {@value #NAME}: a pure function of the query, one listed entity and the token
 * weights. Thread-safe (no state).
 *
 * <ol>
 *   <li>Name: the best {@link TokenAlignment} between any spelling of any part of the query (its
 *       romanisations and variants; a parenthesised name on its own) and any spelling of any of the
 *       entity's names. A weak alias counts at {@value #WEAK_ALIAS_FACTOR} of its similarity (alone it is
 *       too generic to carry a hit); an agreement that holds only in English translation at
 *       {@value #TRANSLATION_FACTOR}; an agreement resting on less than {@value #MIN_EVIDENCE} of token
 *       weight shrinks in proportion; one word of a one-word listed name that leaves query words unmatched
 *       counts at {@value #ONE_WORD_FACTOR} without support (country, identifier, a vessel's type; see
 *       {@link #needsSupport}); two names that both honour someone ("... named after V.I. Luzyanin"), not the same person,
 *       at {@value #OTHER_HONOREE_FACTOR} ({@link NameParts#honoree}); the query without its honorific, when what is left only
 *       describes the organisation, at {@value #DESCRIBED_FACTOR} ({@link NameParts#described}). A seat city that one name
 *       adds and the other leaves out weighs as a generic word ({@link TokenAlignment#ADDED_SEAT}), and is no query word the
 *       one-word rule counts.</li>
 *   <li>Identifiers: a checksum-valid INN, OGRN, OKPO or IMO (or an LEI, SWIFT code or passport
 *       number) that the entity also has is decisive (score at least {@value #IDENTIFIER_MATCH});
 *       a valid number of the same register that differs is strong evidence against
 *       ({@value #IDENTIFIER_CONFLICT}), since one company has one INN.</li>
 *   <li>Type: a person against an organisation, or a vessel against a company, {@value #SCHEMA_MISMATCH}; so too an untyped
 *       query with a company's legal form against a listed person, vessel or aircraft.</li>
 *   <li>Country, when both sides have one: agreement {@value #COUNTRY_MATCH}; disagreement
 *       {@value #COUNTRY_MISMATCH_ORGANIZATION} for an organisation of the same name,
 *       {@value #COUNTRY_MISMATCH_SIMILAR_ORGANIZATION} for one of a similar name, {@value #COUNTRY_MISMATCH} for a
 *       person, nothing for a vessel or aircraft (flags change).</li>
 *   <li>A listed name of {@value #SHORT_NAME_LETTERS} letters or fewer, and a person matched on a single
 *       name part, count at {@value #SHORT_NAME_FACTOR} and {@value #SINGLE_NAME_PART_FACTOR}; the short name at
 *       {@value #UNSUPPORTED_ACRONYM_FACTOR} more without support, unless the query is those letters written in an
 *       alphabet. One initial and a surname ("A. Popov", on either side) against a listed person count at
 *       {@value #COMMON_SURNAME_FACTOR} when the surname weighs less than {@value #RARE_SURNAME_WEIGHT} (common on the
 *       lists).</li>
 *   <li>Legal forms, when both sides state one: a different form {@value #LEGAL_FORM_MISMATCH}; two forms a trader of the
 *       United Arab Emirates writes for one group (FZE, FZCO, FZ-LLC, DMCC, L.L.C.) {@value #LEGAL_FORM_SIBLING}.</li>
 * </ol>
 * The result is clamped to [0, 1].
 */
public final class ScorerV1 {
    /**
     * The algorithm's versioned name. Read through a method, so that it is not a compile-time constant: a constant is
     * copied into every class that uses it, and a module not recompiled after a change here (evaluation, cli) went on
     * printing the old name beside the new scorer's figures.
     */
    public static final String NAME = name();

    private static String name() {
        return "cp-v24";
    }
    /** The default hit threshold: matches below it are not reported. */
    public static final double DEFAULT_THRESHOLD = 0.80;
    static final double WEAK_ALIAS_FACTOR = 0.9;
    /** A match that holds only between translations into English counts at this share. */
    static final double TRANSLATION_FACTOR = 0.9;
    /** Translations turn names into common English words, so an agreement between them needs more evidence. */
    static final double MIN_EVIDENCE_TRANSLATED = 1.0;
    /**
     * The token weight an agreement must rest on, on both sides, before it counts in full: about one
     * distinctive word, or several common ones. Below it the score shrinks in proportion.
     */
    static final double MIN_EVIDENCE = 0.6;
    static final double IDENTIFIER_MATCH = 0.99;
    static final double IDENTIFIER_CONFLICT = -0.30;
    static final double SCHEMA_MISMATCH = -0.20;
    static final double COUNTRY_MATCH = 0.02;
    static final double COUNTRY_MISMATCH = -0.03;
    /**
     * A company of the same name in another country is usually another company (a subsidiary carries the
     * country in its name); a person may live anywhere; a vessel changes flag.
     */
    static final double COUNTRY_MISMATCH_ORGANIZATION = -0.06;
    /**
     * An organisation whose name is only similar, not the same, in another country: a front or branch keeps its
     * parent's name, so a name that differs and a country that differs together point to another company (as
     * strong as a type mismatch).
     */
    static final double COUNTRY_MISMATCH_SIMILAR_ORGANIZATION = -0.20;
    /** A listed name of this many letters or fewer is too short to identify anyone alone ("GI", "HUA"). */
    static final int SHORT_NAME_LETTERS = 3;
    static final double SHORT_NAME_FACTOR = 0.85;
    /** A person is not identified by a given name or surname alone. */
    static final double SINGLE_NAME_PART_FACTOR = 0.85;
    /**
     * A name written as one initial and a surname ({@link #initialAndSurname}, on either side) against a listed person counts
     * at this share when the surname weighs less than {@link #RARE_SURNAME_WEIGHT}: "A. Popov" (0.82 against POPOV, Anatoly)
     * names any of thousands. Below {@link #DEFAULT_THRESHOLD} unless the names agree beyond the initial.
     */
    static final double COMMON_SURNAME_FACTOR = 0.9;
    /**
     * The token weight ({@link org.chokepoint.text.TokenWeights}, rarity over the listed names) a surname beside one initial
     * must reach to identify a person. On the lists of November 2026: ivanov 0.62, popov 0.67, kuznetsov 0.68 fall under
     * it; medvedev 0.75, smirnov 0.75, bortnikov, putin, lavrov 0.77, sechin 0.82 stay over.
     */
    static final double RARE_SURNAME_WEIGHT = 0.70;
    static final double LEGAL_FORM_MISMATCH = -0.02;
    /**
     * Two forms of {@link #GULF_FORMS} ("X FZE" / "X DMCC"): one trader's group often holds both, and traders write one
     * for the other, so no sign of another firm. (At -0.005, between the same form and another, the dev queries of seeds
     * 18, 19, 30-43 lost 11 right answers to the same name listed without a form: recall@1 of ae_tr_org 0.989 -> 0.983.)
     */
    static final double LEGAL_FORM_SIBLING = 0.0;
    /**
     * A name that agrees with the other only through a Russian acronym of it ("JSC RPZ" for "Ramensky Instrument
     * Engineering Plant") counts at this share: the letters were generated, not written by a list.
     */
    static final double ACRONYM_FACTOR = 0.9;
    /**
     * An acronym alone (no other word of the name aligned beside it) whose country does not agree counts at this
     * share more: a few letters stand for many organisations, so such a match needs support.
     */
    static final double UNSUPPORTED_ACRONYM_FACTOR = 0.85;
    /**
     * A listed spelling of one word (a short alias, a former name, an acronym-like token) that leaves words of the query
     * unmatched ("Al Noor Logistics" / "NOOR") counts at this share unless something besides the name supports it (an
     * agreeing country or identifier, a vessel's or aircraft's type): otherwise one word, often an everyday word or a
     * given name in some language, decides a longer name. Below {@link #DEFAULT_THRESHOLD} whatever the alignment, since
     * an alignment that leaves words unmatched scores below 1.
     */
    static final double ONE_WORD_FACTOR = 0.75;
    /**
     * A one-word listed name of this many letters or more that is the entity's own name (its primary name, or a word of
     * it) needs no support: a long coined word ("GAZPROMBANK" in "Gazprombank Trading") is no everyday word, and a
     * company carrying it in its name is at least a relation of the listed one.
     */
    static final int DISTINCTIVE_WORD_LETTERS = 8;
    /**
     * A comparison of two names that both honour someone ("... named after V.I. Luzyanin"), and not the same person
     * ({@link NameParts#honoree}), counts at this share: enterprises of one kind are named after many people ("Plant named
     * after Kirov", "Plant named after Lenin"), and the honoree is what tells them apart, whatever else the names share.
     */
    static final double OTHER_HONOREE_FACTOR = 0.75;
    /**
     * A vessel's name whose first word differs from a listed vessel's operator prefix while the ship's own name agrees
     * ("Four Atlantica" / "HS ATLANTICA": a ship taken over by another operator keeps its name and takes the new
     * operator's prefix) is compared with that first word weighing as a prefix, at this share: the same own name under
     * two operators may also be two ships, so it is weaker than the name as listed. Only a distinctive own name reaches
     * the threshold; a common one ("STAR") falls under the evidence floor ({@link #MIN_EVIDENCE}).
     */
    static final double RENAMED_FACTOR = 0.95;
    /**
     * Two names that agree only in words saying what kind of organisation they are (generic and descriptive words), while a
     * distinctive word of one has no like word in the other ("SPECIAL DESIGN BUREAU" / "SPECIAL DESIGN BUREAU TURBINA"),
     * count at this share: they share a description, which dozens of organisations carry, and the word that names one of
     * them is missing. Below {@link #DEFAULT_THRESHOLD} whatever the alignment. Not against a listed person.
     */
    static final double NAMELESS_FACTOR = 0.75;
    /**
     * Two organisations' names where each leaves a word that names a firm unmatched ("ZR GROUP SNEGIR HOLDING" / "ZR GROUP
     * SAL HOLDING", "Beijing Pomelo Optoelectronics" / "Beijing Opto-Electronics Technology"): a distinctive word of one
     * stands where the other has another, so they share a frame (a prefix, a city, a field) and differ in what names them.
     * The alignment already counts both words unmatched; this share counts the replacement itself.
     */
    static final double REPLACED_FACTOR = 0.9;
    /**
     * An organisation's name whose one word that names a firm is found in a listed name that has another such word the query
     * lacks ("Continental AG" / "Continental Maritime Ltd", "Sumbul LLC" / "Abu Sumbol General Trading") counts at this share
     * when nothing else agrees: the query states another legal form or writes the word otherwise, and no country or
     * identifier agrees. The listed firm is named by both words because the one alone names many firms; a trader who
     * shortens its name keeps its own word as listed ("Роснефть" for "Rosneft Oil Company"). The alignment already counts
     * the word unmatched, and the query's full cover of its own words lifts it back.
     */
    static final double WITHIN_FACTOR = 0.9;
    /**
     * A name that carries only part of a compound the other writes with a hyphen ("Грант ООО" / LLC GRANT-TRADE, "Minotor LLC" /
     * MINOTOR-SERVICE, "AST ZAO" / SBERBANK-AST, "Альфа-Сервис" / ALFA LOGISTICS) counts at this share, below
     * {@link #DEFAULT_THRESHOLD} whatever the alignment: Russian, Ukrainian and Turkish firms take a compound as their name,
     * generic half and all ("X-Trade", "X-Service", "X-Invest", "X-M"), and a register tells "Grant-Trade" from "Grant" by it,
     * while the generic half alone weighs little in the alignment. The compound joined ("Granttrade") or in another
     * romanisation ("Грант-Трейд") is carried ({@link CompoundName}). Not between persons' names.
     */
    static final double COMPOUND_PART_FACTOR = 0.75;
    /**
     * One word of the query written as two words of the listed name, while the names leave words unmatched ("Palmgrove
     * Trading" / PALM GROVE AFRICA DEV'T CORP), counts at this share: a firm that writes two everyday words as one has coined
     * a brand of them, as often another firm's as the same name with a space lost; and the longer name's other words are
     * missing. The same words joined with nothing else missing ("QARCHAKprison" / QARCHAK PRISON) count in full, and so does
     * a listed brand written apart by the query ("Ros Neft" / ROSNEFT OIL COMPANY: spelled out, not coined).
     */
    static final double COINED_FACTOR = 0.9;
    /**
     * The evidence a vessel read as renamed must rest on before it counts in full, about one rare word: the own name kept
     * is all the two names share, and a common word ("STAR", "PRIDE") names ships of many operators.
     */
    static final double MIN_EVIDENCE_RENAMED = 0.8;
    /**
     * The query's name without its honorific, where what is left only describes the organisation ("Design Bureau of
     * Instrument Making" of "... named after A.G. Shipunov", {@link NameParts#described}), counts at this share: lists give
     * such an organisation under its description alone, but one that also honours the same person, or has a name of
     * its own, is more surely the one meant.
     */
    static final double DESCRIBED_FACTOR = 0.9;
    /** Spellings compared per name on each side: the primary one and the most useful variants. */
    static final int SPELLINGS = 4;

    private ScorerV1() {}

    /**
     * One entity's score ({@code layout}: {@link NameSearch.Layout#of} its names), with the query prepared once and its memo of token similarities (one per query), or null
     * when no name shares anything with the query and no identifier agrees. The explanation is written only when {@link Scored#match()} asks for it: a query scores dozens of
     * candidates and reports a few. {@code countryMayAgree}: false when the query's country is surely not among the entity's
     * ({@link CountryBits}), so that the entity's countries are not read; true when it may be.
     */
    static Scored score(ScreeningQuery q, PreparedQuery pq, Entity e, boolean countryMayAgree, List<IndexedName> names, NameSearch.Layout layout,
                        QueryMemo memo) {
        if (names.isEmpty()) return null;
        List<NormalizedName> queryForms = pq.forms();
        // An entity whose names cannot reach the threshold is not reported (an agreeing country adds COUNTRY_MATCH, and
        // nothing else adds to the name's score; rounding to 4 places at most half a unit), unless an identifier decides.
        // Without an agreeing country the floor is the threshold itself: most queries name no country, and a floor lower
        // than need be kept comparisons that could not reach it, each with the rows of its words.
        boolean countryAgrees = countryMayAgree && q.country() != null && e.countries().contains(q.country());
        double floor = decisive(q, e) ? -1 : q.minScore() - (countryAgrees ? COUNTRY_MATCH : 0) - 0.001;
        boolean supported = supported(q, e, countryAgrees);
        NameSearch.Best found = NameSearch.best(pq, names, layout, memo, floor, countryAgrees, supported, e.schema() == Schema.PERSON,
                e.schema() == Schema.UNKNOWN,
                e.schema() != Schema.PERSON && personQuery(q, queryForms.get(0)), e.schema() == Schema.VESSEL && vesselQuery(q));
        if (found == NameSearch.BELOW) return null;
        IndexedName bestName = found == null ? null : found.name();
        double bestScore = found == null ? -1 : found.score();
        PreparedQuery.QuerySpelling bestQ = found == null ? null : found.query();
        IndexedName.ListedSpelling bestC = found == null ? null : found.listed();
        boolean bestTranslated = found != null && found.translated();
        boolean bestOneWord = found != null && found.unsupportedOneWord();
        boolean bestNameless = found != null && found.nameless();
        boolean bestWithin = found != null && found.within();
        double bestEvidence = found == null ? 0 : found.evidence(), bestAlignment = found == null ? 0 : found.alignment();
        NormalizedName query = queryForms.get(0);
        Explained name;
        boolean anyPair;
        if (bestName == null) {
            // No name shares anything with the query; an identifier may still be decisive, so the primary
            // name stands in with a name score of 0.
            bestName = names.get(0);
            bestScore = 0;
            TokenAlignment none = TokenAlignment.align(query.tokens(), bestName.normalized().tokens(), memo::weight, memo, true);
            name = new Explained(none, null);
            anyPair = !none.pairs().isEmpty();
        } else {
            name = new Explained(null, new Winner(bestQ, bestC, bestTranslated, bestEvidence, bestOneWord, e.schema() == Schema.PERSON,
                    found.otherHonoree(), found.renamed(), bestNameless, found.painted(), bestWithin, found.kin(), found.compoundPart(), found.coined()));
            // The winning alignment has aligned pairs exactly when it scores above 0: every word weighs more than 0.
            anyPair = bestAlignment > 0;
        }
        IndexedName winner = bestName;
        List<Pending> features = new ArrayList<>(6);
        double score = Math.max(0, bestScore);
        features.add(new Pending("name", score, () -> "name '" + winner.name().value() + "' (" + kind(winner.name().kind()) + ")" + name.describe(memo)));
        if (bestName.name().kind() == NameKind.WEAK_AKA) features.add(new Pending("weak_alias", 0, () -> "weak alias: counted at " + WEAK_ALIAS_FACTOR));

        double adjust = 0;
        boolean decisive = false;
        for (int k = 0; k < q.identifiers().size(); k++) {
            Identifier qi = q.identifiers().get(k);
            if (!qi.valid()) continue;
            for (Identifier ei : e.identifiers()) {
                if (ei.type() != qi.type() || !ei.valid()) continue;
                if (ei.value().equals(qi.value())) {
                    decisive = true;
                    features.add(new Pending("identifier_match", 0, () -> qi.type().label().toUpperCase() + " " + qi.value() + " agrees" + checked(qi.type())));
                } else if (unique(qi.type())) {
                    adjust += IDENTIFIER_CONFLICT;
                    features.add(new Pending("identifier_conflict", IDENTIFIER_CONFLICT, () -> qi.type().label().toUpperCase() + " " + qi.value()
                            + " differs from the listed " + ei.value()));
                }
            }
        }
        if (q.schema() != Schema.UNKNOWN && e.schema() != Schema.UNKNOWN && q.schema() != e.schema()) {
            adjust += SCHEMA_MISMATCH;
            features.add(new Pending("schema_mismatch", SCHEMA_MISMATCH, () -> "type " + q.schema().label() + " vs listed " + e.schema().label()));
        } else if (q.schema() == Schema.UNKNOWN && e.schema() != Schema.ORGANIZATION && e.schema() != Schema.UNKNOWN && companyForm(query.legalForms())) {
            // A query that carries a company's legal form names a company, though no type was given: "기아 주식회사"
            // (Kia Corporation) is not the person "SADEGHI, Kia". Nor is "Prostor Inc" the tanker PROSTAR: a ship or an
            // aircraft has no legal form, and the company that owns one is listed, if at all, as an organisation of its own.
            List<String> forms = query.legalForms();
            adjust += SCHEMA_MISMATCH;
            features.add(new Pending("schema_mismatch", SCHEMA_MISMATCH, () -> "legal form " + String.join("/", forms) + " names a company, listed " + e.schema().label()));
        }
        if (q.country() != null && !e.countries().isEmpty()) {
            if (e.countries().contains(q.country())) {
                adjust += COUNTRY_MATCH;
                features.add(new Pending("country_match", COUNTRY_MATCH, () -> "country " + q.country() + " agrees"));
            } else if (!chinaAndItsRegion(q.country(), e.countries())) {
                double penalty = countryMismatch(e.schema(), score);
                if (penalty != 0) {
                    adjust += penalty;
                    features.add(new Pending("country_mismatch", penalty, () -> "country " + q.country() + " not among listed " + String.join(",", e.countries())));
                }
            }
        }
        // An agreement through an acronym had the short-name factor counted in the search (NameSearch).
        boolean viaAcronym = bestC != null && (bestC.acronym() || bestQ.acronym());
        // The letters the agreement rests on: a query of three letters ("ООО ГКР") agrees with a listed name that adds a word
        // to them ("GKR UK OOO", "CDM Engineering") on no more than those letters, so the longer name is no better evidence
        // than the listed name of those letters alone, which it outranked (0.97 against 0.85). Only when the listed name has
        // a word more: one word against one word is one name spelled otherwise ("AHK" / the listed acronym "AKHK", АХК).
        List<String> listedTokens = bestName.normalized().tokens();
        int listedLetters = letters(listedTokens);
        int queryLetters = bestQ == null || bestQ.tokens().size() >= listedTokens.size() ? listedLetters : letters(bestQ.tokens());
        int matchedLetters = anyPair && !viaAcronym ? Math.min(listedLetters, queryLetters) : 0;
        if (matchedLetters > 0 && matchedLetters <= SHORT_NAME_LETTERS) {
            // As an acronym alone: a few letters stand for many organisations, so without support they count less again
            // ("기아", Kia, read "gi a", against the alias "GIA" of an armed group).
            // The query being those letters itself, as written in an alphabet, is support enough ("PSB" for "PSB").
            boolean shortSupported = supported || (query.alphabetic() && query.tokens().equals(bestName.normalized().tokens()));
            double factor = shortSupported ? SHORT_NAME_FACTOR : SHORT_NAME_FACTOR * UNSUPPORTED_ACRONYM_FACTOR;
            double cut = -score * (1 - factor);
            adjust += cut;
            int letters = matchedLetters;
            boolean queryShort = queryLetters < listedLetters;
            features.add(new Pending("short_name", cut, () -> (queryShort ? "the query's name agrees on " + letters + " letters only"
                    : "listed name '" + winner.name().value() + "' has " + letters + " letters") + ": too short to identify alone"
                    + (shortSupported ? "" : ", and no country, identifier or type agrees")));
        }
        // A person is not identified by one part of the name: a listed name of one part met by a query of more, or the other
        // way, a query of one word, a surname alone ("Ivanov"), which meets every listed person of that surname.
        String onePart = e.schema() != Schema.PERSON ? null
                : listedTokens.size() == 1 && query.tokens().size() > 1 ? "a person matched on one name part only"
                : onePartOf(query.tokens(), listedTokens) ? "the query names one part of the person's name only" : null;
        if (onePart != null) {
            double cut = -score * (1 - SINGLE_NAME_PART_FACTOR);
            adjust += cut;
            features.add(new Pending("single_name_part", cut, () -> onePart));
        }
        String surname = e.schema() == Schema.PERSON && anyPair ? initialAndSurname(query.tokens(), listedTokens) : null;
        double w = surname == null ? 1 : memo.weight(surname);
        if (w < RARE_SURNAME_WEIGHT) {
            // One initial beside a surname that many listed names carry ("A. Popov") fits thousands of people: the initial
            // agrees with the given name of one in 26, and the surname, common on the lists, is common off them too.
            double cut = -score * (1 - COMMON_SURNAME_FACTOR);
            adjust += cut;
            features.add(new Pending("common_surname", cut, () -> String.format(java.util.Locale.ROOT,
                    "one initial and the surname '%s', common on the lists (weight %.2f < %.2f): counted at %s", surname, w,
                    RARE_SURNAME_WEIGHT, COMMON_SURNAME_FACTOR)));
        }
        List<String> qForms = query.legalForms(), cForms = bestName.normalized().legalForms();
        if (differentForms(qForms, cForms)) {
            boolean siblings = gulfSiblings(qForms, cForms);
            double cut = siblings ? LEGAL_FORM_SIBLING : LEGAL_FORM_MISMATCH;
            adjust += cut;
            features.add(new Pending("legal_form", cut, () -> "legal form " + String.join("/", qForms) + " vs " + String.join("/", cForms)
                    + (siblings ? ": sibling forms of one Gulf trader" : "")));
        }
        double total = score + adjust;
        if (decisive) {
            double lifted = Math.max(IDENTIFIER_MATCH, total);
            for (int i = 0; i < features.size(); i++) {
                Pending f = features.get(i);
                if (f.name().equals("identifier_match")) {
                    features.set(i, new Pending(f.name(), lifted - total, f.detail()));
                    break;
                }
            }
            total = lifted;
        }
        total = Math.max(0, Math.min(1, total));
        if (total <= 0 && !decisive) return null;
        // Summed as Match.evidenceTotal() sums the features, so that ranking before and after writing them agrees.
        double evidence = features.stream().mapToDouble(Pending::contribution).sum();
        return new Scored(e, bestName.name(), round(total), evidence, List.copyOf(features));
    }

    /**
     * One entity's score, with its explanation still to write.
     *
     * @param evidenceTotal the sum of the features' contributions, as {@link Match#evidenceTotal()}
     */
    record Scored(Entity entity, EntityName matchedName, double score, double evidenceTotal, List<Pending> features) {
        /** The match with every feature's text written. */
        Match match() {
            List<Feature> out = new ArrayList<>(features.size());
            for (Pending p : features) out.add(new Feature(p.name(), p.contribution(), p.detail().get()));
            return new Match(entity, matchedName, score, List.copyOf(out), NAME);
        }
    }

    /** A feature whose text is written only when the match is reported. */
    record Pending(String name, double contribution, Supplier<String> detail) {}

    /** The spellings whose alignment won, to explain it. */
    private record Winner(PreparedQuery.QuerySpelling query, IndexedName.ListedSpelling listed, boolean translated, double evidence, boolean oneWord,
                          boolean person, boolean otherHonoree, boolean renamed, boolean nameless, boolean painted, boolean within,
                          boolean kin, boolean compoundPart, boolean coined) {}

    /**
     * Whether a query's words of {@link #SHORT_NAME_LETTERS} letters or fewer meet a listed name of more words than they
     * are: the agreement rests on those letters alone. The search counts it for an acronym ({@link NameSearch}), and the
     * explanation says so.
     */
    static boolean shortAgainstLonger(List<String> queryTokens, int listedWords) {
        return listedWords > queryTokens.size() && letters(queryTokens) <= SHORT_NAME_LETTERS;
    }

    /** {@code note}, then {@code more} after a semicolon; {@code more} alone when there is no note yet. */
    private static String and(String note, String more) {
        return note == null ? more : note + "; " + more;
    }

    /** The name feature's text after the name: the aligned words, and why the score was reduced. */
    private record Explained(TokenAlignment none, Winner winner) {
        String describe(QueryMemo memo) {
            TokenAlignment best;
            String note = null;
            if (winner == null) {
                best = none;
            } else {
                // The pairs of the winning alignment, for the explanation (the search skipped them).
                // As the search aligned it: a listed person's two forms of one surname as kin (NameSearch.kin), or an untyped one's.
                List<String> qt = winner.query().tokens(), lt = winner.listed().tokens();
                TokenAlignment.Pairwise sim = winner.kin()
                        ? (x, y) -> { double v = memo.of(x, y); return v > SurnameForms.KIN && v < 1.0 && SurnameForms.kin(x, y) ? SurnameForms.KIN : v; }
                        : memo;
                if (winner.painted()) {
                    // As the search aligned it: between vessels, a word with letters painted over (PaintedName).
                    TokenAlignment.Pairwise plain = sim;
                    double[] wq = winner.query().weights(), wl = winner.listed().weights();
                    sim = (x, y) -> {
                        double v = plain.of(x, y);
                        if (v >= PaintedName.SIMILARITY) return v;
                        int i = qt.indexOf(x), j = lt.indexOf(y);
                        return i >= 0 && j >= 0 && PaintedName.painted(x, y, wq[i], wl[j]) ? PaintedName.SIMILARITY : v;
                    };
                }
                // As the search aligned it: with the seat cities of both sides marked (TokenAlignment.ADDED_SEAT).
                boolean seated = !winner.query().described();
                best = TokenAlignment.align(qt, lt, winner.query().weights(), winner.listed().weights(), sims(qt, lt, sim), true,
                        seated ? winner.query().seats() : null, seated ? NameSearch.seats(lt) : null);
                double floor = winner.translated() ? MIN_EVIDENCE_TRANSLATED : MIN_EVIDENCE;
                if (winner.renamed()) floor = Math.max(floor, MIN_EVIDENCE_RENAMED);
                if (winner.translated()) note = "agreement in translation: counted at " + TRANSLATION_FACTOR;
                if (winner.query().acronym() || winner.listed().acronym()) {
                    List<String> letters = winner.query().acronym() ? winner.query().tokens() : winner.listed().tokens();
                    note = "agreement through the Russian acronym '" + String.join(" ", letters) + "': counted at " + ACRONYM_FACTOR
                            + (letters.size() == 1 ? " (" + UNSUPPORTED_ACRONYM_FACTOR + " more without an agreeing country)" : "")
                            + (letters(winner.listed().tokens()) <= SHORT_NAME_LETTERS ? ", " + SHORT_NAME_FACTOR + " more for a name of "
                            + SHORT_NAME_LETTERS + " letters or fewer"
                            : winner.query().acronym() && shortAgainstLonger(qt, lt.size())
                            ? ", " + SHORT_NAME_FACTOR + " more: the listed name adds words to " + letters(qt) + " letters" : "");
                }
                if (!best.seats().isEmpty()) {
                    note = and(note, "seat city '" + String.join(" ", best.seats())
                            + "' named on one side only: weighs as a generic word");
                }
                if (winner.oneWord()) {
                    note = and(note, "one word of the listed name decides while query words stay unmatched, and no country, identifier or type agrees: counted at "
                            + ONE_WORD_FACTOR);
                }
                if (best.replaced() && !winner.person() && !winner.translated() && !winner.nameless() && !winner.renamed()) {
                    note = and(note, "each name leaves a word of its own unmatched, one in the other's place: counted at "
                            + REPLACED_FACTOR);
                }
                if (winner.within()) {
                    note = and(note, "the query's one naming word is found in a listed name that has another it lacks: counted at "
                            + WITHIN_FACTOR);
                }
                if (winner.coined()) {
                    note = and(note, "a word of the query is two listed words written as one, and words are left unmatched: counted at "
                            + COINED_FACTOR);
                }
                if (winner.compoundPart()) {
                    note = and(note, "a compound one name writes with a hyphen is only in part the other's: counted at "
                            + COMPOUND_PART_FACTOR);
                }
                if (winner.nameless()) {
                    note = and(note, "only words that say what kind of organisation agree, and a distinctive word has no like word: counted at "
                            + NAMELESS_FACTOR);
                }
                if (winner.painted()) {
                    note = and(note, "between vessels a name with letters painted over or added counts "
                            + PaintedName.SIMILARITY);
                }
                if (winner.renamed()) {
                    note = and(note, "the ship's own name under another operator's prefix ('" + winner.query().renamedWord()
                            + "' read as a prefix, against '" + winner.listed().tokens().getFirst() + "'): counted at " + RENAMED_FACTOR);
                }
                if (winner.query().described()) {
                    note = and(note, "the query without its honorific describes the organisation without naming it: counted at "
                            + DESCRIBED_FACTOR);
                }
                if (winner.otherHonoree()) {
                    note = and(note, "the names honour different people: counted at " + OTHER_HONOREE_FACTOR);
                }
                if (winner.evidence() < floor && best.score() < 1.0) {
                    note = and(note, String.format("little distinctive text in common (evidence %.2f of %.2f)", winner.evidence(), floor));
                }
            }
            return (best.pairs().isEmpty() ? " shares no word" : " aligns " + String.join(", ", best.pairs())) + (note == null ? "" : "; " + note);
        }
    }

    /** {@code sims[i * b.size() + j]}: the similarity of {@code a.get(i)} and {@code b.get(j)}. */
    private static double[] sims(List<String> a, List<String> b, TokenAlignment.Pairwise sim) {
        int n = a.size(), m = b.size();
        double[] out = new double[n * m];
        for (int i = 0; i < n; i++) for (int j = 0; j < m; j++) out[i * m + j] = sim.of(a.get(i), b.get(j));
        return out;
    }

    /**
     * Whether a query's country and one of a listed entity's are China and Hong Kong or Macao ({@link
     * org.chokepoint.country.Countries#sameTerritory}): the lists write a Hong Kong firm's country either way, so the
     * difference is no evidence against the match, nor is it agreement.
     */
    static boolean chinaAndItsRegion(String country, List<String> listed) {
        for (String c : listed) if (org.chokepoint.country.Countries.sameTerritory(country, c)) return true;
        return false;
    }

    /**
     * Whether something besides the name points to the entity: an agreeing country or identifier, or the type of a vessel
     * or aircraft (few listed entities are vessels, and a vessel's flag changes). An organisation's type is no support:
     * nearly every party screened and most listed ones are organisations.
     */
    private static boolean supported(ScreeningQuery q, Entity e, boolean countryAgrees) {
        if (countryAgrees || decisive(q, e)) return true;
        if (e.schema() == Schema.VESSEL && VesselPrefix.startsWithShipType(q.name())) return true; // "MV SUNNY": a ship named so
        return q.schema() == e.schema() && (e.schema() == Schema.VESSEL || e.schema() == Schema.AIRCRAFT);
    }

    /**
     * The surname of a name written as one initial and a surname ("A. Popov", "Popov A.", "А. Попов"): two words, one a
     * letter alone, the other longer; null for any other shape.
     */
    static String initialAndSurname(List<String> tokens) {
        if (tokens.size() != 2) return null;
        String a = tokens.get(0), b = tokens.get(1);
        if (a.length() == 1 && b.length() > 1) return b;
        if (b.length() == 1 && a.length() > 1) return a;
        return null;
    }

    /** {@link #initialAndSurname} of the query's name, or else of the listed name it met. */
    private static String initialAndSurname(List<String> query, List<String> listed) {
        String s = initialAndSurname(query);
        return s != null ? s : initialAndSurname(listed);
    }

    /**
     * Whether a query of one word can name one part of a listed name of several words only: it is no longer than the listed
     * name's longest word, so not the parts written together ("Kimjongun" is the whole of KIM JONG UN).
     */
    private static boolean onePartOf(List<String> query, List<String> listed) {
        if (query.size() != 1 || listed.size() < 2) return false;
        int longest = 0;
        for (String t : listed) longest = Math.max(longest, t.length());
        return query.getFirst().length() <= longest;
    }

    /**
     * Whether one word, the whole of a listed spelling of name {@code name} among {@code names}, leaves words of the query
     * spelling {@code query} (two words or more) unmatched and so needs support: not when the query's words are that word
     * written apart ("gazprom bank") or abbreviated by it, nor when it is a long coined word of the entity's own name
     * ({@value #DISTINCTIVE_WORD_LETTERS} letters or more, and its primary name or a word of it) and the query has a word as
     * long, nor when it is the entity's own name written as listed with only words of its standing beside it, unless the query may name a
     * person ({@code personQuery}) and the word is a surname ({@link SurnameForms#surname}): "Nikolay Kuznetsov" is not
     * the engine maker ODK-KUZNETSOV, whose name thousands of people carry.
     */
    static boolean needsSupport(List<String> query, String word, List<IndexedName> names, int name, boolean personQuery) {
        int n = query.size(), length = 0;
        boolean initials = word.length() == n;
        for (int i = 0; i < n; i++) {
            String t = query.get(i);
            length += t.length();
            if (initials && (t.length() < 2 || t.charAt(0) != word.charAt(i))) initials = false;
        }
        if (initials) return false;
        if (length == word.length() && String.join("", query).equals(word)) return false;
        boolean surname = personQuery && SurnameForms.surname(word);
        // The entity's own name with only words of its standing beside it ("HYPEREL General Trading LLC" / "HYPEREL FZCO",
        // "Koster Trading House" / "Koster LLC"): a firm adds them to its name as freely as a legal form, and what is left
        // to name it is the listed word. A short alias ("NOOR") still needs support.
        // Not a name of SHORT_NAME_LETTERS letters or fewer ("GAZ JSC"), which stays too short to identify alone.
        // The query must write that name as listed: a near spelling beside words of standing is another word as often as the
        // same ("FIRUZE HOLDING", Turkish for turquoise, / the listed FIROUZEH).
        if (!surname && word.length() > SHORT_NAME_LETTERS && query.contains(word) && ownName(word, names, name) && standingWordsBeside(query)) return false;
        if (word.length() < DISTINCTIVE_WORD_LETTERS) return true;
        // A long coined word met by a long word of the query: a short one may be an everyday word that resembles it.
        if (!longWord(query)) return true;
        if (surname) return true;
        return !ownName(word, names, name);
    }

    /**
     * Whether the query has a word of {@value #DISTINCTIVE_WORD_LETTERS} letters or more that is no
     * {@link #STANDING_WORDS standing word} ("companies") nor a word of a line-of-business phrase.
     */
    private static boolean longWord(List<String> query) {
        NameNormalizer normalizer = NameNormalizer.standard();
        for (String t : query) {
            if (t.length() >= DISTINCTIVE_WORD_LETTERS && !STANDING_WORDS.contains(t) && !normalizer.businessWord(t)) return true;
        }
        return false;
    }

    /** Whether {@code word} is the entity's own name: name {@code name} is its primary one, or a primary spelling has the word. */
    private static boolean ownName(String word, List<IndexedName> names, int name) {
        if (names.get(name).name().kind() == NameKind.PRIMARY) return true;
        for (IndexedName other : names) {
            if (other.name().kind() != NameKind.PRIMARY) continue;
            for (IndexedName.ListedSpelling s : other.spellings()) if (!s.acronym() && s.tokens().contains(word)) return true;
        }
        return false;
    }

    /**
     * Words a firm adds to its name to say where it stands in a group or under which licence it trades, as freely as a
     * legal form: "Group of Companies ITEK", "ANTARES HOLDING", "Trading House Kantat" (Торговый дом), "X General Trading
     * LLC" (a trading licence in the Emirates). Not words of what the firm does ("logistics", "shipping", "engineering"):
     * "Aurora Logistics GmbH" is some firm in logistics, not the listed AURORA.
     */
    private static final java.util.Set<String> STANDING_WORDS = java.util.Set.of("group", "groups", "holding", "holdings", "companies",
            "company", "corporation", "house", "trading", "trade", "general", "of", "gruppa", "kholding", "torgovyy", "torgovy", "dom");

    /**
     * Whether at most one word of the query is not a {@link #STANDING_WORDS standing word} nor a word of a line-of-business
     * phrase ({@link org.chokepoint.text.NameNormalizer#businessWord}: "Dış Ticaret", "Sanayi ve Ticaret").
     */
    static boolean standingWordsBeside(List<String> query) {
        NameNormalizer normalizer = NameNormalizer.standard();
        int n = 0;
        for (String t : query) {
            if (STANDING_WORDS.contains(t) || normalizer.businessWord(t)) continue;
            if (++n > 1) return false;
        }
        return true;
    }

    /**
     * Whether the query may name a person: typed a person, or untyped without a legal form (a company's declaration
     * carries one). Only the one-word rule reads it ({@link #needsSupport}).
     */
    static boolean personQuery(ScreeningQuery q, NormalizedName query) {
        return q.schema() == Schema.PERSON || (q.schema() == Schema.UNKNOWN && query.legalForms().isEmpty());
    }

    /** Whether the query names a vessel: typed so, or written with a ship-type abbreviation ("MV SUNNY"). */
    private static boolean vesselQuery(ScreeningQuery q) {
        return q.schema() == Schema.VESSEL || VesselPrefix.startsWithShipType(q.name());
    }

    /** Whether a valid identifier of the query agrees with one of the entity's. */
    private static boolean decisive(ScreeningQuery q, Entity e) {
        // Asked twice for every candidate, and most queries give no identifier: the quick compiler (detect's) would make an
        // iterator of the empty list each time.
        if (q.identifiers().isEmpty()) return false;
        for (Identifier qi : q.identifiers()) {
            if (!qi.valid()) continue;
            for (Identifier ei : e.identifiers()) if (ei.type() == qi.type() && ei.valid() && ei.value().equals(qi.value())) return true;
        }
        return false;
    }

    /** A token list to compare, whether it is the translation into English, and whether it is a Russian acronym of the name. */
    record Spelling(List<String> tokens, boolean translated, boolean acronym) {}

    /**
     * The primary tokens and the most useful variants, at most {@value #SPELLINGS}, the translation always among them,
     * then the name's Russian acronyms ({@link NormalizedName#acronyms()}).
     */
    static List<Spelling> spellings(NormalizedName n) {
        List<Spelling> out = new ArrayList<>(SPELLINGS + 1 + n.acronyms().size());
        for (List<String> t : n.tokenLists()) {
            boolean translated = !n.translated().isEmpty() && t.equals(n.translated());
            if (out.size() < SPELLINGS || translated) out.add(new Spelling(t, translated, false));
        }
        // A loop rather than a stream's noneMatch: every query makes its spellings two or three times (retrieval, scoring).
        for (List<String> t : n.acronyms()) if (!hasTokens(out, t)) out.add(new Spelling(t, false, true));
        return out;
    }

    private static boolean hasTokens(List<Spelling> spellings, List<String> tokens) {
        for (Spelling s : spellings) if (s.tokens().equals(tokens)) return true;
        return false;
    }

    /**
     * The forms a firm in the United Arab Emirates registers under: a free-zone establishment or company (FZE, FZCO, FZ-LLC),
     * a DMCC member and the mainland L.L.C. One trader's group holds several of them under one name, and traders, banks and
     * lists write them interchangeably ("X General Trading LLC", "X FZE", "X DMCC"): between them a form is no sign of
     * another firm ({@link #LEGAL_FORM_SIBLING}).
     */
    private static final java.util.Set<String> GULF_FORMS = java.util.Set.of("FZE", "FZCO", "FZ_LLC", "DMCC", "LLC");

    /** Whether both sides state a legal form and none of the query's is among the listed name's ({@link #LEGAL_FORM_MISMATCH}). */
    static boolean differentForms(List<String> query, List<String> listed) {
        return !query.isEmpty() && !listed.isEmpty() && query.stream().noneMatch(listed::contains);
    }

    /** Whether the two names state different legal forms that are not {@link #gulfSiblings}: a sign of another firm. */
    static boolean formsConflict(List<String> query, List<String> listed) {
        return differentForms(query, listed) && !gulfSiblings(query, listed);
    }

    /** Whether each side states a form of {@link #GULF_FORMS} and at least one side a free-zone one (not LLC against LLC). */
    static boolean gulfSiblings(List<String> a, List<String> b) {
        boolean freeZone = false, inA = false, inB = false;
        for (String f : a) if (GULF_FORMS.contains(f)) { inA = true; freeZone |= !f.equals("LLC"); }
        for (String f : b) if (GULF_FORMS.contains(f)) { inB = true; freeZone |= !f.equals("LLC"); }
        return inA && inB && freeZone;
    }

    /** Whether the legal forms say a company: any form but the sole proprietor's ("IE": ИП, individual entrepreneur). */
    static boolean companyForm(List<String> forms) {
        for (String f : forms) if (!f.equals("IE")) return true;
        return false;
    }

        private static double countryMismatch(Schema s, double nameScore) {
        return switch (s) {
            case ORGANIZATION -> nameScore >= 1.0 - 1e-9 ? COUNTRY_MISMATCH_ORGANIZATION : COUNTRY_MISMATCH_SIMILAR_ORGANIZATION;
            case PERSON, UNKNOWN -> COUNTRY_MISMATCH;
            case VESSEL, AIRCRAFT -> 0;
        };
    }

    private static boolean unique(IdentifierType t) {
        return t == IdentifierType.INN || t == IdentifierType.OGRN || t == IdentifierType.IMO || t == IdentifierType.LEI || t == IdentifierType.OKPO;
    }

    private static String checked(IdentifierType t) {
        return switch (t) {
            case INN, OGRN, OKPO, IMO, LEI -> ", check digit valid";
            default -> "";
        };
    }

    /** The letters and digits of a token list. */
    static int letters(List<String> tokens) {
        int n = 0;
        for (int i = 0, size = tokens.size(); i < size; i++) n += tokens.get(i).length();
        return n;
    }

    private static String kind(NameKind k) {
        return k.name().toLowerCase().replace('_', ' ');
    }

    private static double round(double v) {
        return Math.round(v * 10000) / 10000.0;
    }
}
