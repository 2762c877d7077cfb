package org.chokepoint.trade.generate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.chokepoint.lists.csl.CslReader;
import org.chokepoint.lists.ofac.SdnReader;
import org.chokepoint.model.Entity;
import org.chokepoint.trade.goods.HsNomenclature;
import org.chokepoint.trade.record.ParsedRow;
import org.chokepoint.trade.record.ShipmentReader;
import org.chokepoint.testkit.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** One run on the real lists (OFAC SDN and the CSL from ../shared/data), and the goods catalogue against HS 2022. */
class ScenarioGeneratorIT {
    @TempDir
    Path out;

    @Test
    void realListsGiveRealEndUsersListedCarriersAndValidRows() throws Exception {
        List<Entity> entities = new ArrayList<>(new SdnReader().read(SharedData.file("ofac")).entities());
        entities.addAll(new CslReader().read(SharedData.file("csl/csl.csv")).entities());
        Set<String> ids = new HashSet<>();
        for (Entity e : entities) ids.add(e.id());
        GenerationSummary s = ScenarioGenerator.generate(entities, new GeneratorSettings(30_000, 11, GeneratorSettings.DEFAULT_START, GeneratorSettings.DEFAULT_END), out, null);
        assertThat(s.records()).isEqualTo(30_000);
        long rows = 0, rejected = 0, listedVessel = 0;
        Set<String> listedImos = new HashSet<>();
        for (Entity e : entities) if (ListedParties.imo(e) != null) listedImos.add(ListedParties.imo(e));
        try (ShipmentReader r = ShipmentReader.open(out.resolve("shipments.csv"))) {
            for (ParsedRow row = r.next(); row != null; row = r.next()) {
                rows++;
                if (!row.ok()) rejected++;
                else if (row.shipment().vesselImo() != null && listedImos.contains(row.shipment().vesselImo())) listedVessel++;
            }
        }
        assertThat(rows).isEqualTo(30_000);
        assertThat(rejected).isZero();
        JsonNode truth = new ObjectMapper().readTree(out.resolve("truth.json").toFile());
        assertThat(truth.get("listed_end_users").size()).isGreaterThanOrEqualTo(5);
        for (JsonNode u : truth.get("listed_end_users")) assertThat(ids).contains(u.get("entity_id").asText());
        Set<String> patterns = new HashSet<>();
        for (JsonNode p : truth.get("planted_parties")) for (JsonNode x : p.get("patterns")) patterns.add(x.asText());
        assertThat(patterns).hasSize(Pattern.values().length);
        assertThat(listedVessel).as("records carried by a listed vessel").isPositive();
    }

    @Test
    void everyCatalogueCodeIsAnHs2022Subheading() throws Exception {
        HsNomenclature hs = HsNomenclature.read(SharedData.file("hs/harmonized-system.csv"));
        for (Goods g : GoodsCatalog.standard().all()) {
            assertThat(hs.entry(g.hs6())).as(g.hs6()).isPresent();
        }
    }
}
