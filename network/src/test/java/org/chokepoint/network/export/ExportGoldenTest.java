package org.chokepoint.network.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import org.chokepoint.network.graph.SmallGraph;
import org.chokepoint.network.graph.SupplyGraph;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;

/**
 * The three exports of {@link SmallGraph}, pinned by golden files. To regenerate after a deliberate change:
 * {@code CHOKEPOINT_UPDATE_GOLDEN=1 ./mvnw verify -pl network -am}, then review the diff.
 */
class ExportGoldenTest {
    private static final Path GOLDEN = Path.of("src/test/resources/org/chokepoint/network/export");

    @FunctionalInterface
    interface Export {
        void write(SupplyGraph g, java.io.Writer out) throws IOException;
    }

    private static Export export(String file) {
        return switch (file) {
            case "small.graphml" -> GraphMlWriter::write;
            case "small.gexf" -> GexfWriter::write;
            case "small.cyjs" -> CytoscapeJsonWriter::write;
            default -> throw new IllegalArgumentException(file);
        };
    }

    @ParameterizedTest
    @ValueSource(strings = {"small.graphml", "small.gexf", "small.cyjs"})
    void matchesGoldenFileWhateverTheInputOrder(String file) throws Exception {
        String written = write(file, SmallGraph.build(0));
        assertThat(write(file, SmallGraph.build(7))).as("input order must not matter").isEqualTo(written);
        if ("1".equals(System.getenv("CHOKEPOINT_UPDATE_GOLDEN"))) {
            Files.writeString(GOLDEN.resolve(file), written, StandardCharsets.UTF_8);
        } else {
            try (InputStream in = ExportGoldenTest.class.getResourceAsStream(file)) {
                assertThat(in).as("golden file %s (CHOKEPOINT_UPDATE_GOLDEN=1 writes it)", file).isNotNull();
                assertThat(written).isEqualTo(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        if (!file.endsWith(".cyjs")) {
            Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                    .parse(new ByteArrayInputStream(written.getBytes(StandardCharsets.UTF_8)));
            assertThat(doc.getElementsByTagName("node").getLength()).isEqualTo(7);
            assertThat(doc.getElementsByTagName("edge").getLength()).isEqualTo(10);
        } else {
            assertThat(written).startsWith("{\"elements\":{\"nodes\":[").contains("\"source\":\"p0\",\"target\":\"p1\"");
        }
    }

    private static String write(String file, SupplyGraph g) throws IOException {
        StringWriter out = new StringWriter();
        export(file).write(g, out);
        return out.toString();
    }
}
