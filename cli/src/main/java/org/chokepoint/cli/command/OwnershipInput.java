package org.chokepoint.cli.command;

import org.chokepoint.detect.watchlist.OwnershipBlocks;
import org.chokepoint.detect.watchlist.OwnershipFile;
import org.chokepoint.lists.ListFormatException;
import org.chokepoint.model.Entity;
import org.chokepoint.model.Ownership;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The ownership relations a command uses: the loaded lists' own and, with {@code --ownership FILE}, the user's
 * ({@link OwnershipFile}); the counts and the rejected rows (the first {@value #PROBLEMS_SHOWN}) go to stderr.
 * Stateless.
 */
final class OwnershipInput {
    static final int PROBLEMS_SHOWN = 20;

    private OwnershipInput() {}

    /**
     * The entities to screen against and which of them are blocked by ownership.
     *
     * @param entities the loaded lists' entities; the assets the user's file names are added after them
     */
    record Loaded(List<Entity> entities, OwnershipBlocks blocks) {}

    /**
     * Computes the entities blocked by ownership.
     *
     * @param file the user's file, or null
     * @throws ListFormatException when the file cannot be read or lacks a required column
     */
    static Loaded load(List<Entity> listed, List<Ownership> fromLists, Path file, PrintWriter err) throws ListFormatException {
        List<Ownership> all = new ArrayList<>(fromLists);
        List<Entity> entities = new ArrayList<>(listed);
        List<String> inputs = new ArrayList<>();
        inputs.add(String.format("lists: %,d relations", fromLists.size()));
        if (file != null) {
            OwnershipFile.Read read = OwnershipFile.read(file);
            String counts = String.format("%s: %,d rows read, %,d used, %,d rejected", read.file(), read.rows(), read.used(), read.rejected().size());
            inputs.add(counts);
            err.println("ownership file " + counts);
            read.rejected().stream().limit(PROBLEMS_SHOWN).forEach(p -> err.println("  rejected " + p));
            if (read.rejected().size() > PROBLEMS_SHOWN) err.printf("  ... and %,d more rejected rows%n", read.rejected().size() - PROBLEMS_SHOWN);
            all.addAll(read.relations());
            entities.addAll(read.assets());
        }
        OwnershipBlocks blocks = OwnershipBlocks.compute(entities, all, inputs);
        long related = entities.stream().filter(e -> !OwnershipBlocks.listed(e)).count();
        // Most list sets carry no ownership at all: one short line then, not a row of zeros on every run.
        if (all.isEmpty()) err.println("ownership: no ownership relations in the loaded lists or files; owned_by_listed needs a FollowTheMoney export or --ownership FILE");
        else err.printf("ownership: %,d relations (%,d from the lists); %,d entities not themselves listed; blocked by ownership: %,d under OFAC's 50%% rule, "
                        + "%,d under the EU rule; %,d ids named by relations are in no loaded list%n",
                all.size(), fromLists.size(), related, blocks.ofacFindings().size(), blocks.euFindings().size(), blocks.idsOutsideLists().size());
        err.flush();
        return new Loaded(List.copyOf(entities), blocks);
    }
}
