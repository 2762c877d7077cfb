package org.chokepoint.trade.goods;

import org.chokepoint.testkit.SharedData;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Against the real files in ../shared/data: the CHPL table and the HS 2022 nomenclature. */
class GoodsClassifierIT {

    @Test
    void theShippedListIsTheSharedChplFile() throws Exception {
        Path shared = SharedData.file("chpl/chpl_hs6.csv");
        Chpl real = Chpl.parse(shared.getFileName().toString(), Files.readString(shared));
        assertThat(real.size()).isEqualTo(50);
        assertThat(Chpl.standard().items()).isEqualTo(real.items());
    }

    @Test
    void everyChplCodeIsAnHs2022SubheadingAndDescribedFromTheNomenclature() throws Exception {
        HsNomenclature hs = HsNomenclature.read(SharedData.file("hs/harmonized-system.csv"));
        assertThat(hs.entry("01")).get().satisfies(e -> assertThat(e.description()).isEqualTo("Animals; live")); // the first code, after the BOM
        assertThat(hs.entry("854231")).get().satisfies(e -> assertThat(e.level()).isEqualTo(6));
        GoodsClassifier classifier = GoodsClassifier.standard(hs);
        for (ChplItem item : Chpl.standard().items()) {
            GoodsClass g = classifier.classify(item.hs6() + "0000");
            assertThat(g.chplTier()).isEqualTo(item.tier());
            assertThat(g.description()).as(item.hs6()).isEqualTo(item.description());
        }
        GoodsClass uav = classifier.classify("8806240000");
        assertThat(uav.category()).isEqualTo(ConcernCategory.UAV);
        assertThat(uav.description()).startsWith("Unmanned aircraft");
        GoodsClass unknown = classifier.classify("8542990000");
        assertThat(unknown.explanation().get(1)).startsWith("8542.99 is not a subheading of HS 2022; heading or chapter 8542: Electronic integrated circuits");
        assertThat(unknown.description()).startsWith("Electronic integrated circuits");
    }
}
