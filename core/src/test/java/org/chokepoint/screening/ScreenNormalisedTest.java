package org.chokepoint.screening;

import org.chokepoint.model.Entity;
import org.chokepoint.text.NameNormalizer;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link Screener#screenNormalised} gives exactly the answer of {@link Screener#screen(ScreeningQuery)}: with the name's own
 * normalisation (as written, padded with spaces, with a part in brackets, with an honoree), and with the normalisation of
 * another text, which it must ignore.
 */
class ScreenNormalisedTest {
    private static final List<Entity> ENTITIES = ScreeningFixtures.filler();
    private static final Screener SCREENER = Screener.build(ENTITIES);

    private static String render(List<Match> matches) {
        StringBuilder out = new StringBuilder();
        for (Match m : matches) {
            out.append(m.entity().id()).append(' ').append(m.matchedName().value()).append(' ').append(m.score()).append(' ')
                    .append(m.evidenceTotal()).append(" | ").append(m.explanation()).append('\n');
        }
        return out.toString();
    }

    private static List<String> names() {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < ENTITIES.size(); i += 5) {
            String name = ENTITIES.get(i).name();
            out.add(name);
            out.add(name.toLowerCase(Locale.ROOT));
            out.add("  " + name + " ");
            out.add(name + " (" + ENTITIES.get((i + 1) % ENTITIES.size()).name() + ")");
        }
        out.add("Zavod im. Kirova");
        out.add("Plant named after, Kirov");
        out.add("M.A. Kartsev Research Institute");
        return out;
    }

    @Test
    void theNamesOwnNormalisationGivesTheSameAnswer() {
        for (String name : names()) {
            ScreeningQuery q = ScreeningQuery.of(name, "RU", null, null, 5, 0.0);
            assertThat(render(SCREENER.screenNormalised(q, NameNormalizer.standard().normalize(name))))
                    .as(name).isEqualTo(render(SCREENER.screen(q)));
        }
    }

    @Test
    void anotherTextsNormalisationIsIgnored() {
        List<String> names = names();
        int differing = 0;
        for (int i = 0; i < names.size(); i++) {
            ScreeningQuery q = ScreeningQuery.of(names.get(i), null, null, null, 5, 0.0);
            String other = names.get((i + 7) % names.size());
            String own = render(SCREENER.screen(q));
            if (!own.equals(render(SCREENER.screen(ScreeningQuery.of(other, null, null, null, 5, 0.0))))) differing++;
            assertThat(render(SCREENER.screenNormalised(q, NameNormalizer.standard().normalize(other)))).as(names.get(i)).isEqualTo(own);
        }
        // The check above bites only if taking the other text's words would have changed the answer.
        assertThat(differing).isGreaterThan(names.size() / 2);
    }
}
