package org.chokepoint.network.resolve;

import org.chokepoint.country.Cities;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PartyResolverTest {
    private static final PartyResolver RESOLVER = new PartyResolver();
    /** Checksum-valid INNs: few, so that random firms share and conflict often. */
    private static final List<String> INNS = List.of("7702070139", "5001007329", "7810001164", "6671010110", "5406123450");

    @Test
    void canonicalNameIsTheMostUsedSpelling() {
        Resolution r = RESOLVER.resolve(List.of(
                new PartyMention("AL NOOR GEN. TRADING L.L.C.", "AE", null, null, 3),
                new PartyMention("Al Noor General Trading LLC", "AE", "TRN 100234567800003", null, 7),
                new PartyMention("Al-Noor General Trading", "AE", null, "Deira, Dubai", 1)));
        assertThat(r.parties()).singleElement().satisfies(p -> {
            assertThat(p.name()).isEqualTo("Al Noor General Trading LLC");
            assertThat(p.country()).isEqualTo("AE");
            assertThat(p.mentions()).containsExactly(0, 1, 2);
            assertThat(p.identifiers()).containsExactly("TRN 100234567800003");
            assertThat(p.addresses()).containsExactly("Deira, Dubai");
            assertThat(p.evidence()).hasSize(2).allSatisfy(e -> assertThat(e.aligned()).contains("noor~noor"));
        });
    }

    @Test
    void namesAreHandedOnAsTheNormaliserReadsThem() {
        // "LLC Al Noor" has its leading form moved for the comparison; the name handed on is the normaliser's reading.
        List<String> names = List.of("LLC Al Noor Trading", "Al Noor Trading LLC", "АО Концерн ВКО Алмаз-Антей", "");
        List<PartyMention> mentions = new ArrayList<>();
        for (String n : names) mentions.add(new PartyMention(n, "AE", null, null, 1));
        mentions.add(new PartyMention("Al Noor Trading LLC", "OM", "TRN 100234567800003", null, 2));
        Resolution r = RESOLVER.resolve(mentions);
        assertThat(r.normalizedNames()).containsOnlyKeys(names);
        org.chokepoint.text.NameNormalizer normalizer = org.chokepoint.text.NameNormalizer.standard();
        for (String n : names) assertThat(r.normalizedNames().get(n)).isEqualTo(normalizer.normalize(n));
    }

    @Test
    void conflictingIdentifiersStayApartAlsoThroughAChain() {
        // B alone looks like both A and C; A and C have different INNs: B may join one of them, never both.
        Resolution r = RESOLVER.resolve(List.of(
                new PartyMention("Mikroelektronika Plyus", "RU", "INN 7702070139", null),
                new PartyMention("Микроэлектроника Плюс", "RU", null, null),
                new PartyMention("MIKROELEKTRONIKA PLUS LLC", "RU", "INN 7810001164", null)));
        assertThat(r.partyOf()[0]).isNotEqualTo(r.partyOf()[2]);
        assertThat(r.parties()).hasSize(2);
    }

    @Test
    void cannotLinkHoldsAcrossChains() {
        // "Al Noor" alone is close to both; the two with different business words must not meet through it.
        Resolution r = RESOLVER.resolve(List.of(
                new PartyMention("Al Noor Trading LLC", "AE", null, null),
                new PartyMention("Al Noor LLC", "AE", null, null),
                new PartyMention("Al Noor Electronics LLC", "AE", null, null)));
        assertThat(r.partyOf()[0]).isNotEqualTo(r.partyOf()[2]);
    }

    @Test
    void namesakesAtDifferentAddressesStayApartThroughTheBareName() {
        // Firms of one group: each keeps a generic word of its own and its own address. The bare name resembles all
        // of them and may join one, but no two of them meet through it.
        Resolution r = RESOLVER.resolve(List.of(
                new PartyMention("Tisovac Import d.o.o. Beograd", "RS", null, "243 Knez Mihailova, Beograd"),
                new PartyMention("Tisovac d.o.o.", "RS", null, null),
                new PartyMention("Tisovac Holding d.o.o.", "RS", null, "12 Bulevar Mihajla Pupina, Novi Beograd"),
                new PartyMention("TISOVAC SERVICE DOO", "RS", null, "73 Autoput za Zagreb, Beograd"),
                new PartyMention("Tisovac Import DOO", "RS", null, "Knez Mihailova 243, Beograd")));
        assertThat(new HashSet<>(List.of(r.partyOf()[0], r.partyOf()[2], r.partyOf()[3]))).as("three firms").hasSize(3);
        assertThat(r.partyOf()[4]).as("the same firm, its address written the other way round").isEqualTo(r.partyOf()[0]);
    }

    @Test
    void twoLinesOfBusinessStayApartThroughTheBareNameWithoutAddresses() {
        // Firms of one family named for what each does, no address declared: the two trades weigh as two seat cities,
        // so the bare name joins one of them at most. A structure word ("General") is no line of business.
        Resolution r = RESOLVER.resolve(List.of(
                new PartyMention("Zlatibor d.o.o.", "RS", null, null),
                new PartyMention("Zlatibor Import d.o.o.", "RS", null, null),
                new PartyMention("Zlatibor Service d.o.o.", "RS", null, null),
                new PartyMention("Al Noor Trading LLC", "AE", null, null),
                new PartyMention("Al Noor General Trading LLC", "AE", null, null)));
        assertThat(r.partyOf()[1]).as("import and service").isNotEqualTo(r.partyOf()[2]);
        assertThat(r.partyOf()[3]).as("a dropped structure word").isEqualTo(r.partyOf()[4]);
    }

    @Test
    void sharedIdentifierUnderAnUnrelatedNameIsNotMerged() {
        Resolution r = RESOLVER.resolve(List.of(
                new PartyMention("Almaz-Antey Air and Space Defence Corporation", "RU", "7702070139", null),
                new PartyMention("Vostok Trading LLC", "RU", "7702070139", null)));
        assertThat(r.parties()).hasSize(2);
    }

    @Test
    void emptyNamesAndEmptyInput() {
        assertThat(RESOLVER.resolve(List.of()).parties()).isEmpty();
        Resolution r = RESOLVER.resolve(List.of(new PartyMention("", "RU", null, null), new PartyMention(null, "RU", null, null)));
        assertThat(r.parties()).hasSize(2);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void partitionDoesNotDependOnInputOrder(long seed) {
        List<PartyMention> mentions = randomMentions(new Random(seed), 400);
        Set<Set<PartyMention>> expected = partition(mentions, RESOLVER.resolve(mentions));
        List<PartyMention> shuffled = new ArrayList<>(mentions);
        Collections.shuffle(shuffled, new Random(seed + 100));
        assertThat(partition(shuffled, RESOLVER.resolve(shuffled))).isEqualTo(expected);
        assertThat(expected.size()).as("some merges happen").isLessThan(mentions.size());
    }

    @ParameterizedTest
    @ValueSource(longs = {4, 5})
    void resolvingTwiceIsStable(long seed) {
        List<PartyMention> mentions = randomMentions(new Random(seed), 400);
        Resolution first = RESOLVER.resolve(mentions);
        assertThat(RESOLVER.resolve(mentions).partyOf()).containsExactly(first.partyOf());
        // Each party resolved on its own stays one party: its links do not depend on the other mentions.
        for (ResolvedParty p : first.parties()) {
            List<PartyMention> own = new ArrayList<>();
            for (int m : p.mentions()) own.add(mentions.get(m));
            assertThat(RESOLVER.resolve(own).parties()).as("party %s", p.name()).hasSize(1);
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {6, 7, 8, 9})
    void conflictingIdentifiersNeverShareAParty(long seed) {
        List<PartyMention> mentions = randomMentions(new Random(seed), 500);
        Resolution r = RESOLVER.resolve(mentions);
        for (ResolvedParty p : r.parties()) {
            Map<String, String> registers = new HashMap<>();
            for (int m : p.mentions()) {
                for (DeclaredIdentifier id : DeclaredIdentifier.parse(mentions.get(m).identifier(), mentions.get(m).country())) {
                    String before = registers.putIfAbsent(id.register(), id.value());
                    assertThat(before == null || before.equals(id.value())).as("party %s: %s and %s", p.name(), before, id).isTrue();
                }
            }
            assertThat(p.evidence()).hasSize(p.mentions().length - 1);
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {10, 11, 12})
    void legalFormsOfDifferentFamiliesNeverShareAPartyWithoutAnIdentifier(long seed) {
        List<PartyMention> mentions = randomMentions(new Random(seed), 500);
        Resolution r = RESOLVER.resolve(mentions);
        var normalizer = org.chokepoint.text.NameNormalizer.standard();
        for (ResolvedParty p : r.parties()) {
            int[] ms = p.mentions();
            for (int i = 0; i < ms.length; i++) {
                for (int j = i + 1; j < ms.length; j++) {
                    PreparedMention a = PreparedMention.of(ms[i], mentions.get(ms[i]), normalizer), b = PreparedMention.of(ms[j], mentions.get(ms[j]), normalizer);
                    if (!LegalFormFamily.conflict(a.formFamilies(), b.formFamilies())) continue;
                    boolean shared = a.identifiers().stream().anyMatch(b.identifiers()::contains);
                    assertThat(shared).as("party %s holds %s and %s", p.name(), a.mention().name(), b.mention().name()).isTrue();
                }
            }
        }
        // The data must hold such siblings for the property to say anything.
        long families = mentions.stream().map(m -> PreparedMention.of(0, m, normalizer).formFamilies()).distinct().count();
        assertThat(families).isGreaterThan(2);
    }

    @ParameterizedTest
    @ValueSource(longs = {13, 14, 15})
    void twoSeatCitiesNeverShareAParty(long seed) {
        List<PartyMention> mentions = randomMentions(new Random(seed), 500);
        Resolution r = RESOLVER.resolve(mentions);
        var normalizer = org.chokepoint.text.NameNormalizer.standard();
        int named = 0;
        for (ResolvedParty p : r.parties()) {
            Set<String> cities = new HashSet<>();
            for (int m : p.mentions()) {
                PreparedMention pm = PreparedMention.of(m, mentions.get(m), normalizer);
                List<String> words = pm.spellings().getFirst();
                boolean[] seat = Cities.seatWords(words, pm.country());
                if (seat == null) continue;
                named++;
                StringBuilder city = new StringBuilder();
                for (int i = 0; i < seat.length; i++) if (seat[i]) city.append(words.get(i));
                cities.add(city.toString());
            }
            assertThat(cities).as("party %s", p.name()).hasSizeLessThanOrEqualTo(1);
        }
        // The data must name cities, and merge names with and without one, for the property to say anything.
        assertThat(named).isGreaterThan(50);
        assertThat(r.parties().stream().filter(p -> p.mentions().length > 1).count()).isGreaterThan(20);
    }

    private static Set<Set<PartyMention>> partition(List<PartyMention> mentions, Resolution r) {
        Map<Integer, Set<PartyMention>> byParty = new HashMap<>();
        for (int i = 0; i < mentions.size(); i++) byParty.computeIfAbsent(r.partyOf()[i], k -> new HashSet<>()).add(mentions.get(i));
        return Set.copyOf(byParty.values());
    }

    private static final String[] SYLLABLES = {"ka", "ro", "mi", "tel", "vos", "tok", "nor", "al", "sib", "lan", "ter", "dor", "ex", "pro", "mar"};
    private static final String[] BUSINESS = {"Trading", "Electronics", "Industries", "Components", "Logistics", "Technika", "Systems"};
    /** Legal forms of several families, and misspelt ones ("Limtied", "LLtd"), which read as no family. */
    private static final String[] FORMS = {"LLC", "L.L.C.", "Ltd", "Co., Ltd.", "", "OOO", "FZE", "AO", "GmbH", "AG", "Limtied", "LLtd"};
    private static final String[] COUNTRIES = {"AE", "RU", "TR", "CN"};
    /** Two seat cities per country ({@link org.chokepoint.country.Cities#seatWords}). */
    private static final Map<String, String[]> CITIES = Map.of("AE", new String[] {"Dubai", "Sharjah"}, "RU", new String[] {"Moskva", "Kazan"},
            "TR", new String[] {"Istanbul", "Izmir"}, "CN", new String[] {"Shenzhen", "Ningbo"});

    /** Firms with similar names, several spellings each, identifiers drawn from a small pool. */
    static List<PartyMention> randomMentions(Random random, int count) {
        List<PartyMention> out = new ArrayList<>();
        Set<PartyMention> seen = new HashSet<>();
        List<String[]> firms = new ArrayList<>();
        for (int f = 0; f < count / 4; f++) {
            String word = "";
            for (int s = 0; s < 2 + random.nextInt(2); s++) word += SYLLABLES[random.nextInt(SYLLABLES.length)];
            String name = Character.toUpperCase(word.charAt(0)) + word.substring(1) + " " + BUSINESS[random.nextInt(BUSINESS.length)];
            String id = random.nextInt(3) == 0 ? INNS.get(random.nextInt(INNS.size())) : null;
            firms.add(new String[] {name, COUNTRIES[random.nextInt(COUNTRIES.length)], id});
        }
        while (out.size() < count) {
            String[] firm = firms.get(random.nextInt(firms.size()));
            String name = firm[0];
            switch (random.nextInt(4)) {
                case 0 -> name = name.toUpperCase(Locale.ROOT);
                case 1 -> name = name.replace(" ", "  ");
                case 2 -> name = name.length() > 8 ? name.substring(0, 5) + name.substring(6) : name; // a typing error
                default -> { }
            }
            // The seat: one of two cities of the firm's country, before the name, in brackets after it, or none; and
            // now and then a region word or a Russian trading-house acronym, as records write them.
            String[] cities = CITIES.get(firm[1]);
            switch (random.nextInt(8)) {
                case 0 -> name = cities[0] + " " + name;
                case 1 -> name = name + " (" + cities[random.nextInt(2)] + ")";
                case 2 -> name = cities[1] + " " + name;
                case 3 -> name = random.nextBoolean() ? "Gulf " + name : name;
                case 4 -> name = firm[1].equals("RU") ? (random.nextBoolean() ? "TD " + name : name + " Trading House") : name;
                default -> { }
            }
            String form = FORMS[random.nextInt(FORMS.length)];
            name = (random.nextInt(4) == 0 ? form + " " + name : name + " " + form).strip();
            String id = firm[2] != null && random.nextBoolean() ? (random.nextBoolean() ? "INN " : "") + firm[2] : null;
            if (random.nextInt(10) == 0) id = INNS.get(random.nextInt(INNS.size())); // a stray or front identifier
            PartyMention m = new PartyMention(name, firm[1], id, null, 1 + random.nextInt(5));
            if (seen.add(new PartyMention(m.name(), m.country(), m.identifier(), m.address(), 1))) out.add(m);
        }
        return out;
    }
}
