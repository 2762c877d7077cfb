package org.chokepoint.server.page;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The version of the Cytoscape.js WebJar on the class path, read from its Maven metadata so that it is pinned in one place (the parent pom). */
final class CytoscapeVersion {
    static final String VERSION = read();

    private CytoscapeVersion() {}

    private static String read() {
        try (InputStream in = CytoscapeVersion.class.getResourceAsStream("/META-INF/maven/org.webjars.npm/cytoscape/pom.properties")) {
            if (in == null) throw new IllegalStateException("the Cytoscape.js WebJar (org.webjars.npm:cytoscape) is not on the class path");
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version");
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the Cytoscape.js WebJar's version: " + e.getMessage(), e);
        }
    }
}
