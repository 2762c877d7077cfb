package org.chokepoint.text;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Invariants of the chain on arbitrary input (seeded, so failures reproduce). */
class NameNormalizerPropertyTest {
    private static final NameNormalizer CHAIN = NameNormalizer.standard();
    private static final int CASES = 3000;

    @Test
    void tokensAreNonEmptyLowerCaseAsciiWords() {
        RandomNames names = new RandomNames(1);
        for (int i = 0; i < CASES; i++) {
            String raw = names.next(40);
            NormalizedName name = CHAIN.normalize(raw);
            for (List<String> tokens : name.tokenLists()) {
                assertThat(tokens).as(escaped(raw)).allMatch(t -> t.matches("[a-z0-9]+"));
                assertThat(tokens.size()).isLessThanOrEqualTo(Tokenizer.MAX_TOKENS * 2);
            }
            assertThat(name.variants()).doesNotContain(name.tokens()).hasSizeLessThanOrEqualTo(NameNormalizer.MAX_VARIANTS);
            assertThat(name.acronym()).matches("[a-z0-9]*");
            assertThat(name.acronyms()).as(escaped(raw)).hasSizeLessThanOrEqualTo(RussianAcronyms.MAX + RussianAcronyms.MAX_INNER)
                    .allSatisfy(tokens -> assertThat(tokens).isNotEmpty().allMatch(t -> t.matches("[a-z0-9]+")));
        }
    }

    @Test
    void strippedReadsTheTokensAndLegalFormsOfTheFullChain() {
        RandomNames names = new RandomNames(5);
        List<String> fixed = List.of("Sava Import d.o.o. Beograd", "ООО Гидроагрегат", "LLC Al Noor Trading", "Huawei Technologies Co., Ltd.",
                "深圳市华强电子有限公司", "IVANOV, Ivan Petrovich", "", "  ");
        for (int i = 0; i < CASES + fixed.size(); i++) {
            String raw = i < fixed.size() ? fixed.get(i) : names.next(50);
            NormalizedName full = CHAIN.normalize(raw);
            NameNormalizer.Stripped stripped = CHAIN.stripped(raw);
            assertThat(stripped.tokens()).as(escaped(raw)).isEqualTo(full.tokens());
            assertThat(stripped.legalForms()).as(escaped(raw)).isEqualTo(full.legalForms());
        }
        assertThat(CHAIN.stripped(null)).isEqualTo(CHAIN.stripped(""));
    }

    @Test
    void normalisingAllAtOnceGivesWhatEachAloneGives() {
        // Random names and the ways records rewrite a name (case, spaces, punctuation), so that many texts read alike and
        // share a normalisation; each result must be the text's own, its original included.
        RandomNames names = new RandomNames(6);
        List<String> fixed = List.of("Sava Import d.o.o. Beograd", "ООО Гидроагрегат", "LLC Al Noor Trading", "Huawei Technologies Co., Ltd.",
                "深圳市华强电子有限公司", "IVANOV, Ivan Petrovich", "Kerimov S. A.", "KRÂŽ", "ACME TRADINGllc", "", "  ");
        List<String> raws = new java.util.ArrayList<>();
        raws.add(null);
        for (int i = 0; i < CASES / 2 + fixed.size(); i++) {
            String raw = i < fixed.size() ? fixed.get(i) : names.next(40);
            raws.add(raw);
            raws.add(raw.toUpperCase(java.util.Locale.ROOT));
            raws.add(raw.toLowerCase(java.util.Locale.ROOT));
            raws.add(" " + raw.replace(" ", "  ") + ".");
            raws.add(raw.replace(",", "").replace(".", ". "));
        }
        List<NormalizedName> all = CHAIN.normalizeAll(raws);
        assertThat(all).hasSameSizeAs(raws);
        for (int i = 0; i < raws.size(); i++) assertThat(all.get(i)).as(raws.get(i) == null ? "null" : escaped(raws.get(i))).isEqualTo(CHAIN.normalize(raws.get(i)));
    }

    @Test
    void normalisingTheTokensAgainChangesNothing() {
        RandomNames names = new RandomNames(2);
        for (int i = 0; i < CASES; i++) {
            String raw = names.next(60);
            NormalizedName once = CHAIN.normalize(raw);
            NormalizedName twice = CHAIN.normalize(String.join(" ", once.tokens()));
            assertThat(twice.tokens()).as(escaped(raw)).isEqualTo(once.tokens());
        }
    }

    @Test
    void wordSaladOfLegalFormsAndAbbreviationsIsIdempotent() {
        List<String> words = List.of("ooo", "ООО", "llc", "l.l.c.", "co", "co.,", "ltd", "limited", "company", "gen", "intl", "corp",
                "a", "s", "as", "a.ş.", "sa", "gmbh", "&", "kg", "有限公司", "회사", "شركة", "foo", "bar", "trading", ",", "fz", "-", "pjsc", "ао");
        java.util.Random random = new java.util.Random(4);
        for (int i = 0; i < CASES; i++) {
            StringBuilder raw = new StringBuilder();
            for (int n = random.nextInt(7); n >= 0; n--) raw.append(words.get(random.nextInt(words.size()))).append(' ');
            NormalizedName once = CHAIN.normalize(raw.toString());
            NormalizedName twice = CHAIN.normalize(String.join(" ", once.tokens()));
            assertThat(twice.tokens()).as(raw.toString()).isEqualTo(once.tokens());
        }
    }

    @Test
    void realNamesAreIdempotentToo() {
        for (String raw : List.of("ООО Гидроагрегат", "Co", "Foo Co Bar Ltd", "Sanayi ve Ticaret Limited Şirketi", "LLC LLC",
                "深圳市华强电子有限公司", "조선광업개발무역회사", "IVANOV, Ivan", "Al Noor Gen. Trading Co. L.L.C.", "a s", "co ltd co")) {
            NormalizedName once = CHAIN.normalize(raw);
            assertThat(CHAIN.normalize(String.join(" ", once.tokens())).tokens()).as(raw).isEqualTo(once.tokens());
        }
    }

    @Test
    void longAndHostileInputNeverThrows() {
        RandomNames names = new RandomNames(3);
        StringBuilder huge = new StringBuilder();
        while (huge.length() < 100_000) huge.append(names.next(200));
        NormalizedName name = CHAIN.normalize(huge.toString());
        assertThat(name.tokens().size()).isLessThanOrEqualTo(Tokenizer.MAX_TOKENS);
        assertThat(name.tokens()).allMatch(t -> t.length() <= Tokenizer.MAX_TOKEN_LENGTH);

        assertThat(CHAIN.normalize("\uD800\uDC00\uDC00\uD800").tokens()).isNotNull();
        assertThat(CHAIN.normalize("x".repeat(100_000)).tokens()).containsExactly("x".repeat(Tokenizer.MAX_TOKEN_LENGTH));
        assertThat(CHAIN.normalize("深".repeat(5_000)).tokens()).isNotEmpty();
    }

    @Test
    void safeToShareBetweenThreads() throws InterruptedException {
        List<String> inputs = List.of("ООО Гидроагрегат", "深圳市华强电子有限公司", "محمد علي", "조선광업개발무역회사", "Харків");
        List<NormalizedName> expected = inputs.stream().map(CHAIN::normalize).toList();
        List<Throwable> failures = new java.util.concurrent.CopyOnWriteArrayList<>();
        Thread[] threads = new Thread[4];
        for (int t = 0; t < threads.length; t++) {
            threads[t] = new Thread(() -> {
                for (int i = 0; i < 500; i++) {
                    int k = i % inputs.size();
                    try {
                        assertThat(CHAIN.normalize(inputs.get(k))).isEqualTo(expected.get(k));
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

    private static String escaped(String raw) {
        StringBuilder out = new StringBuilder();
        raw.chars().forEach(c -> out.append(c < 0x80 && c >= 0x20 ? Character.toString(c) : String.format("\\u%04X", c)));
        return out.toString();
    }
}
