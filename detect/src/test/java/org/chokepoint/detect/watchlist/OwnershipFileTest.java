package org.chokepoint.detect.watchlist;

import org.chokepoint.lists.ListFormatException;
import org.chokepoint.model.Ownership;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OwnershipFileTest {
    @TempDir
    Path dir;

    private Path write(String text) throws IOException {
        Path p = dir.resolve("owners.csv");
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    @Test
    void goodRowsAreUsedAndBadRowsRejectedWithLineFieldAndReason() throws Exception {
        OwnershipFile.Read r = OwnershipFile.read(write("""
                asset_id,Owner_ID,percentage,role
                opensanctions:a,ofac-sdn:1,60,shareholder
                opensanctions:b,opensanctions:a,55 %,
                opensanctions:c,ofac-sdn:1,,director
                opensanctions:d,,50,
                ,ofac-sdn:1,50,
                opensanctions:e,ofac-sdn:1,fifty,
                opensanctions:e,ofac-sdn:1,120,
                opensanctions:e,ofac-sdn:1,,
                ofac-sdn:1,ofac-sdn:1,50,
                opensanctions:e,ofac-sdn:1,1e2,
                """));
        assertThat(r.rows()).isEqualTo(10);
        assertThat(r.used()).isEqualTo(3);
        assertThat(r.rejected()).hasSize(7);
        assertThat(r.rows()).isEqualTo(r.used() + r.rejected().size());
        assertThat(r.relations().get(0)).isEqualTo(new Ownership("user:owners.csv:2", "ofac-sdn:1", "opensanctions:a", 60.0, "shareholder"));
        assertThat(r.relations().get(1).percentage()).isEqualTo(55.0);
        assertThat(r.relations().get(2).percentage()).as("no share, but a role: kept for the EU control test").isNull();
        assertThat(r.rejected()).extracting(OwnershipFile.Problem::line).containsExactly(5L, 6L, 7L, 8L, 9L, 10L, 11L);
        assertThat(r.rejected()).extracting(OwnershipFile.Problem::field)
                .containsExactly("owner_id", "asset_id", "percentage", "percentage", "percentage", "asset_id", "percentage");
        assertThat(r.rejected().get(2).toString()).isEqualTo("owners.csv:7: percentage: not a number: \"fifty\" (write 55 or 55.5 or 55%)");
        assertThat(r.rejected().get(3).reason()).contains("outside [0, 100]");
        assertThat(r.rejected().get(5).reason()).contains("same entity");
    }

    @Test
    void namedAssetsBecomeScreenableEntitiesThatNoListNames() throws Exception {
        OwnershipFile.Read r = OwnershipFile.read(write("""
                owner_id,asset_id,percentage,asset_name,asset_country
                ofac-sdn:17260,acme,60,Acme Trading LLC,AE
                acme,user:beta,55,Beta Components,United Arab Emirates
                acme,gamma,10,Gamma,Atlantis
                """));
        assertThat(r.relations()).extracting(Ownership::ownerId).containsExactly("ofac-sdn:17260", "user:acme");
        assertThat(r.relations()).extracting(Ownership::assetId).containsExactly("user:acme", "user:beta");
        assertThat(r.assets()).extracting(e -> e.id() + " " + e.name() + " " + e.countries())
                .containsExactly("user:acme Acme Trading LLC [AE]", "user:beta Beta Components [AE]");
        assertThat(r.assets()).noneMatch(OwnershipBlocks::listed);
        assertThat(r.rejected()).singleElement().hasToString("owners.csv:4: asset_country: not a country: Atlantis (write an ISO code such as RU)");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "owner_id,asset_id\\nx,y,50 | owners.csv:1: no column percentage in the header",
            "owner_id,asset_id,percentage,owner_id | owners.csv:1: column owner_id appears twice",
            "' ' | owners.csv: the file is empty"})
    void aFileWithoutTheColumnsOrEmptyFailsWhole(String text, String message) throws IOException {
        Path p = write(text.replace("\\n", "\n"));
        assertThatThrownBy(() -> OwnershipFile.read(p)).isInstanceOf(ListFormatException.class).hasMessageStartingWith(message);
    }

    @Test
    void aMissingFileSaysSo() {
        assertThatThrownBy(() -> OwnershipFile.read(dir.resolve("none.csv"))).isInstanceOf(ListFormatException.class)
                .hasMessageContaining("none.csv").hasMessageContaining("file not found");
    }
}
