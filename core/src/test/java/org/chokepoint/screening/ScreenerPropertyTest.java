package org.chokepoint.screening;

import org.chokepoint.model.Entity;
import org.chokepoint.text.RandomNames;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Invariants of {@link Screener#screen} on arbitrary queries (seeded, so failures reproduce): it never
 * throws, and returns at most the limit, each entity once, scores in [0, 1] and at or above the
 * minimum, best first. The screener is built once over the filler list of the screening cases.
 */
class ScreenerPropertyTest {
    private static final List<Entity> ENTITIES = ScreeningFixtures.filler();
    private static final Screener SCREENER = Screener.build(ENTITIES);
    private static final int CASES = 300;

    @Test
    void anyQueryGivesAtMostLimitMatchesInTheUnitIntervalBestFirst() {
        RandomNames names = new RandomNames(31);
        Random random = new Random(31);
        for (int i = 0; i < CASES; i++) {
            ScreeningQuery q = randomQuery(names, random);
            check(q, SCREENER.screen(q));
        }
    }

    @Test
    void hostileNamesNeverThrow() {
        RandomNames names = new RandomNames(32);
        StringBuilder huge = new StringBuilder();
        while (huge.length() < 10_000) huge.append(names.next(200));
        StringBuilder listed = new StringBuilder();
        while (listed.length() < 10_000) listed.append(ENTITIES.get(listed.length() % ENTITIES.size()).name()).append(' ');
        List<String> hostile = List.of("", " ", "\t\n", "()", "(((", ")x(", "((a)(b))", "--", "'", ",", "...", "\u0000",
                "\uD800", "\uDC00\uD800", "\uD83D\uDE00", "x".repeat(10_000), "深".repeat(10_000), huge.toString(),
                listed.toString(), "a ".repeat(5_000), "OOO", "LLC", "Co., Ltd.", "ООО ООО ООО", "(Hong Kong)",
                "INN 7702070139", "7702070139", "Kim (Kim (Kim (Kim (Kim))))");
        for (String name : hostile) {
            for (String identifier : new String[] {null, "", "INN 7702070139", "IMO 9304667", name}) {
                ScreeningQuery q = ScreeningQuery.of(name, "RU", "organization", identifier, 10, 0.0);
                check(q, SCREENER.screen(q));
            }
        }
    }

    @Test
    void everyListedNameFindsItsEntityFirst() {
        // Every name is checked before failing, so that one run lists every entity its own name misses.
        List<String> missed = new ArrayList<>();
        for (Entity e : ENTITIES) {
            for (var name : e.names()) {
                ScreeningQuery q = ScreeningQuery.of(name.value());
                List<Match> matches = SCREENER.screen(q);
                check(q, matches);
                Match own = matches.stream().filter(m -> m.entity().id().equals(e.id())).findFirst().orElse(null);
                if (own == null) {
                    missed.add("'" + name.value() + "' does not find its entity " + e.id() + exhaustive(q, e));
                } else if (own.score() < matches.get(0).score()) {
                    missed.add("'" + name.value() + "' finds " + matches.get(0).entity().id() + " '" + matches.get(0).entity().name() + "' "
                            + matches.get(0).score() + " above its own entity " + own.score());
                }
            }
        }
        assertThat(missed).as("listed names that do not find their own entity first").isEmpty();
    }

    private static String exhaustive(ScreeningQuery q, Entity e) {
        for (Match m : SCREENER.screenExhaustive(new ScreeningQuery(q.name(), null, null, List.of(), ENTITIES.size(), 0.0))) {
            if (m.entity().id().equals(e.id())) return String.format(" (it scores %.4f: %s)", m.score(), m.explanation());
        }
        return " (it scores nothing)";
    }

    @Test
    void safeToShareBetweenThreads() throws InterruptedException {
        List<ScreeningQuery> queries = List.of(ScreeningQuery.of("Gazprom Neft"), ScreeningQuery.of("Бэнк Меллат"),
                ScreeningQuery.of("KIM Yo Jong"), ScreeningQuery.of("华强电子"), ScreeningQuery.of("Al Najah Trading"));
        List<List<Match>> expected = queries.stream().map(SCREENER::screen).toList();
        List<Throwable> failures = new CopyOnWriteArrayList<>();
        Thread[] threads = new Thread[4];
        for (int t = 0; t < threads.length; t++) {
            threads[t] = new Thread(() -> {
                for (int i = 0; i < 50; i++) {
                    int k = i % queries.size();
                    try {
                        assertThat(SCREENER.screen(queries.get(k))).isEqualTo(expected.get(k));
                    } catch (Throwable e) {
                        failures.add(e);
                    }
                }
            });
            threads[t].start();
        }
        for (Thread thread : threads) thread.join();
        assertThat(failures).isEmpty();
    }

    private static void check(ScreeningQuery q, List<Match> matches) {
        String as = describe(q);
        assertThat(matches).as(as).isNotNull().hasSizeLessThanOrEqualTo(q.limit());
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < matches.size(); i++) {
            Match m = matches.get(i);
            assertThat(m.score()).as(as).isBetween(0.0, 1.0).isGreaterThanOrEqualTo(q.minScore());
            assertThat(ids.add(m.entity().id())).as("%s: %s returned twice", as, m.entity().id()).isTrue();
            assertThat(m.explanation()).as(as).isNotBlank();
            if (i > 0) assertThat(m.score()).as("%s: sorted best first", as).isLessThanOrEqualTo(matches.get(i - 1).score());
        }
    }

    /** Names in any script, or listed names garbled; countries, types and identifiers valid, odd or absent. */
    private static ScreeningQuery randomQuery(RandomNames names, Random random) {
        String name = switch (random.nextInt(4)) {
            case 0 -> garbled(ENTITIES.get(random.nextInt(ENTITIES.size())).names().getFirst().value(), names, random);
            default -> names.next(60);
        };
        String country = pick(random, null, "", "RU", "ru", "IR", "ZZ", "Russia", names.next(3));
        String type = pick(random, null, "", "person", "organization", "vessel", "aircraft", "ship", "nonsense", names.next(8));
        String identifier = pick(random, null, "", "INN 7702070139", "INN 7702070138", "IMO 9304667", "IMO9304667; INN 7702070139",
                "passport AB 123456", Long.toString(Math.abs(random.nextLong())), names.next(20));
        int limit = 1 + random.nextInt(random.nextBoolean() ? 5 : 300);
        double minScore = switch (random.nextInt(4)) {
            case 0 -> 0.0;
            case 1 -> 1.0;
            case 2 -> ScorerV1.DEFAULT_THRESHOLD;
            default -> random.nextDouble();
        };
        return ScreeningQuery.of(name, country, type, identifier, limit, minScore);
    }

    /** A listed name with a few random edits: close enough to score, so that ranking is exercised. */
    private static String garbled(String name, RandomNames names, Random random) {
        StringBuilder out = new StringBuilder(name);
        for (int edits = random.nextInt(4); edits > 0 && !out.isEmpty(); edits--) {
            int at = random.nextInt(out.length());
            switch (random.nextInt(3)) {
                case 0 -> out.deleteCharAt(at);
                case 1 -> out.insert(at, names.next(2));
                default -> out.setCharAt(at, ' ');
            }
        }
        return out.toString();
    }

    @SafeVarargs
    private static <T> T pick(Random random, T... options) {
        return options[random.nextInt(options.length)];
    }

    private static String describe(ScreeningQuery q) {
        StringBuilder name = new StringBuilder();
        q.name().chars().limit(120).forEach(c -> name.append(c < 0x80 && c >= 0x20 ? Character.toString(c) : String.format("\\u%04X", c)));
        List<String> ids = new ArrayList<>();
        q.identifiers().forEach(id -> ids.add(id.toString()));
        return "query '" + name + (q.name().length() > 120 ? "...' (" + q.name().length() + " chars)" : "'") + " country=" + q.country()
                + " type=" + q.schema() + " ids=" + ids + " limit=" + q.limit() + " min=" + q.minScore();
    }
}
