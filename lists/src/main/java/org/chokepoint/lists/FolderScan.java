package org.chokepoint.lists;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Finds the list files under a folder laid out like {@code ../shared/data}: each recognised file or
 * folder, at most one per source. A folder a reader takes whole (OFAC's, the UK tables) is not searched
 * further; a second candidate for a source already found is skipped and reported, since one update loads
 * one version of each list (older dated files are for {@code lists diff}).
 *
 * @param found   source id → the path to load
 * @param skipped lines explaining what was passed over and why
 */
public record FolderScan(Map<String, Path> found, List<String> skipped) {

    public static FolderScan of(Path root) throws IOException {
        Map<String, Path> found = new LinkedHashMap<>();
        List<String> skipped = new ArrayList<>();
        walk(root, root, found, skipped);
        return new FolderScan(found, skipped);
    }

    private static void walk(Path root, Path dir, Map<String, Path> found, List<String> skipped) throws IOException {
        List<Path> children;
        try (Stream<Path> s = Files.list(dir)) {
            children = s.sorted().toList();
        }
        List<Path> subdirs = new ArrayList<>();
        for (Path p : children) {
            if (Files.isDirectory(p)) {
                if (!claim(root, p, found, skipped)) subdirs.add(p);
            } else if (Files.isRegularFile(p)) {
                claim(root, p, found, skipped);
            }
        }
        for (Path d : subdirs) walk(root, d, found, skipped);
    }

    /** True when a reader took the path. */
    private static boolean claim(Path root, Path p, Map<String, Path> found, List<String> skipped) {
        var reader = ListSources.recognise(p);
        if (reader.isEmpty()) return false;
        String source = reader.get().source();
        if (found.containsKey(source)) {
            skipped.add(root.relativize(p) + ": another " + source + " list (already loading " + root.relativize(found.get(source))
                    + "); use `lists diff` to compare versions");
            return Files.isDirectory(p);
        }
        found.put(source, p);
        return true;
    }
}
