package org.chokepoint.server;

import org.chokepoint.lists.ListLoad;
import org.chokepoint.model.Entity;
import org.chokepoint.model.NameKind;
import org.chokepoint.server.triage.AlertStatus;
import org.chokepoint.server.triage.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A false positive stays cleared through a reload of an unchanged list, and reopens when the listed entity's record changes. */
class DecisionMemoryTest {
    @Test
    void falsePositiveHoldsUntilTheListRecordChanges(@TempDir Path dir) throws Exception {
        try (DeskFixture f = new DeskFixture(dir)) {
            Desk desk = f.desk;
            assertThat(desk.alert("p-mikron").orElseThrow().status()).isEqualTo(AlertStatus.OPEN);
            desk.decide("analyst", "p-mikron", Verdict.FALSE_POSITIVE, "different company, Zelenograd not Moscow");
            assertThat(desk.alert("p-mikron").orElseThrow().status()).isEqualTo(AlertStatus.CLEARED);

            // The same list loaded again: same records, so the decision stands.
            f.store.save(DeskFixture.load(true), "reload", 0);
            desk.lists().reload();
            assertThat(desk.alert("p-mikron").orElseThrow().status()).isEqualTo(AlertStatus.CLEARED);

            // OFAC amends the record of MIKRON COMPONENTS LLC: the alert is raised again, and says why.
            List<Entity> changed = new ArrayList<>();
            for (Entity e : DeskFixture.load(true).entities()) {
                if (!e.id().equals("ofac-sdn:1002")) {
                    changed.add(e);
                    continue;
                }
                changed.add(Entity.builder("ofac-sdn", "1002").list("OFAC SDN").schema(e.schema()).name(e.name(), NameKind.PRIMARY)
                        .name("OOO MIKRON KOMPONENTY", NameKind.AKA).name("MIKRON ZELENOGRAD", NameKind.AKA).program("RUSSIA-EO14024").country("RU").build());
            }
            ListLoad amended = new ListLoad("ofac-sdn", changed, List.of(), List.of(), List.of(), List.of(), null, changed.size());
            f.store.save(amended, "amended", 0);
            desk.lists().reload();
            var alert = desk.alert("p-mikron").orElseThrow();
            assertThat(alert.status()).isEqualTo(AlertStatus.REOPENED);
            assertThat(alert.statusReason()).contains("ofac-sdn:1002").contains("changed");

            // Other alerts are untouched by the change.
            desk.decide("analyst", "p-almaz", Verdict.FALSE_POSITIVE, "test: almaz cleared after the amendment");
            assertThat(desk.alert("p-almaz").orElseThrow().status()).isEqualTo(AlertStatus.CLEARED);
        }
    }
}
