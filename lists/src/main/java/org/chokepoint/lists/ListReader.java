package org.chokepoint.lists;

import java.nio.file.Path;

/**
 * Reads one official list format into the shared entity model. Implementations are stateless and
 * thread-safe; each lives in its own package with its mapper and a test against the real file.
 */
public interface ListReader {

    /** The source id that prefixes entity ids: "ofac-sdn", "us-csl", "un-sc", ... */
    String source();

    /** A one-line description for `lists status` and the docs. */
    String description();

    /**
     * Whether this reader recognises the file or folder. Looks at names and the first bytes only,
     * so that `lists update --from DIR` can walk a folder cheaply.
     */
    boolean recognises(Path path);

    /**
     * Reads the list. Bad rows become {@link Rejection}s in the result; a file that cannot be used at
     * all (empty, binary, not UTF-8, truncated, not this format) raises {@link ListFormatException}.
     */
    ListLoad read(Path path) throws ListFormatException;
}
