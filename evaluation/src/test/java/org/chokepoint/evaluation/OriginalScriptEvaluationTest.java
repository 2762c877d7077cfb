package org.chokepoint.evaluation;

import org.chokepoint.model.Entity;
import org.chokepoint.model.EntityName;
import org.chokepoint.model.NameKind;
import org.chokepoint.model.Schema;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The held-out evaluation on invented entities: Arabic-script names are taken out of the index and queried. */
class OriginalScriptEvaluationTest {

    private static Entity entity(String id, Schema schema, String... names) {
        List<EntityName> ns = new ArrayList<>();
        for (int i = 0; i < names.length; i++) ns.add(new EntityName(names[i], i == 0 ? NameKind.PRIMARY : NameKind.AKA, null));
        return new Entity("un-sc:" + id, "un-sc", "UN", schema, ns, null, List.of("IR"), null, null, null, null, null, null);
    }

    @Test
    void heldOutArabicScriptNamesAreScreenedAgainstTheLatinNamesLeft() {
        List<Entity> list = List.of(
                entity("1", Schema.PERSON, "TOLBARANI, Qasem", "قاسم تولبرانی"),
                entity("2", Schema.ORGANIZATION, "BANK VARDELAT", "بانک وردلت"),
                // no Latin name: nothing would be left to find it by, so it is neither indexed nor queried
                entity("3", Schema.PERSON, "کاوتری زرین"),
                entity("4", Schema.PERSON, "KURDANEI, Hashem"));
        List<OriginalScriptEvaluation.Result> results = OriginalScriptEvaluation.run(Map.of("un-sc", list), 0.8, s -> {});
        assertThat(results).hasSize(1);
        OriginalScriptEvaluation.Result r = results.getFirst();
        assertThat(r.entities()).isEqualTo(4);
        assertThat(r.held()).isEqualTo(2);
        assertThat(r.outcomes()).extracting(OriginalScriptEvaluation.Outcome::name).containsExactly("قاسم تولبرانی", "بانک وردلت");
        assertThat(r.outcomes()).allMatch(OriginalScriptEvaluation.Outcome::right);
        assertThat(r.negatives()).isEqualTo(Negatives.load().size());
        assertThat(r.arabicNegatives()).isPositive();
        String md = OriginalScriptEvaluation.markdown(results, 0.8, 10);
        assertThat(md).contains("| un-sc | 4 | 2 | 2 | 100.0% (2) | 0 | 0 |");
    }

    @Test
    void aListWithoutArabicScriptNamesIsSkipped() {
        assertThat(OriginalScriptEvaluation.run(Map.of("un-sc", List.of(entity("1", Schema.PERSON, "TOLBARANI, Qasem"))), 0.8, s -> {})).isEmpty();
    }
}
