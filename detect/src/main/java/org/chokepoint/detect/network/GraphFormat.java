package org.chokepoint.detect.network;

import java.util.Locale;

/** The graph export formats and the file each is written to. */
public enum GraphFormat {
    /** GraphML, for yEd, NetworkX, igraph. */
    GRAPHML("network.graphml"),
    /** GEXF 1.3, for Gephi. */
    GEXF("network.gexf"),
    /** Cytoscape.js elements JSON. */
    CYTOSCAPE("network.cyjs.json");

    private final String fileName;

    GraphFormat(String fileName) {
        this.fileName = fileName;
    }

    public String fileName() {
        return fileName;
    }

    /** The format named {@code graphml}, {@code gexf} or {@code cytoscape} (any case). */
    public static GraphFormat of(String name) {
        try {
            return valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("graph format must be graphml, gexf or cytoscape, not " + name, e);
        }
    }
}
