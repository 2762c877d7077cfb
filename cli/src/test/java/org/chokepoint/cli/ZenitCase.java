package org.chokepoint.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A small case several CLI tests run: a custom list of one entity (ZENIT INSTRUMENT PLANT, RU) and twelve declarations
 * that route chips (HS 854231) from Germany through a Turkish trader to it.
 */
final class ZenitCase {
    static final String HEADER = "record_id,date,exporter_name,exporter_country,importer_name,importer_country,destination_country,hs_code,value_usd,transport_mode\n";

    private ZenitCase() {
    }

    /** Loads the one-entity list into the data directory {@code data} (the list file written into {@code dir}). */
    static void loadList(Path data, Path dir) throws IOException {
        Path list = Files.writeString(dir.resolve("denied.csv"), "id,name,country\nd1,ZENIT INSTRUMENT PLANT,RU\n");
        CliRun load = CliRun.of("--data", data.toString(), "lists", "update", "--custom", "denied=" + list);
        assertThat(load.exit()).as(load.toString()).isZero();
    }

    /** {@code dir/decl.csv}: the twelve declarations, then {@code extraRows} (e.g. a row to be rejected). */
    static Path declarations(Path dir, String... extraRows) throws IOException {
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            rows.add("r" + i + ",2023-0" + (i + 3) + "-11,Halbleiter Handel AG,DE,Bosphorus Elektronik Ltd,TR,TR,854231,25000,air");
            rows.add("s" + i + ",2023-0" + (i + 3) + "-20,Bosphorus Elektronik Ltd,TR,Zenit Instrument Plant JSC,RU,RU,854231,27000,road");
        }
        rows.addAll(List.of(extraRows));
        return Files.writeString(dir.resolve("decl.csv"), HEADER + String.join("\n", rows) + "\n");
    }
}
