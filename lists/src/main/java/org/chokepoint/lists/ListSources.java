package org.chokepoint.lists;

import org.chokepoint.lists.csl.CslReader;
import org.chokepoint.lists.ofac.SdnReader;
import org.chokepoint.lists.opensanctions.FtmReader;
import org.chokepoint.lists.opensanctions.TargetsSimpleReader;
import org.chokepoint.lists.uk.UkReader;
import org.chokepoint.lists.un.UnReader;

import java.util.List;
import java.util.Optional;
import java.nio.file.Path;

/** Every list format Chokepoint reads, in the order a folder scan tries them. */
public final class ListSources {
    private ListSources() {}

    private static final List<ListReader> READERS = List.of(
            new SdnReader(), new CslReader(), new UnReader(), new UkReader(), new TargetsSimpleReader(), new FtmReader());

    public static List<ListReader> readers() {
        return READERS;
    }

    /** The reader for a source id, if there is one. */
    public static Optional<ListReader> reader(String source) {
        return READERS.stream().filter(r -> r.source().equals(source)).findFirst();
    }

    /** The first reader that recognises the file or folder. */
    public static Optional<ListReader> recognise(Path path) {
        return READERS.stream().filter(r -> r.recognises(path)).findFirst();
    }
}
