package org.chokepoint.cli.command;

import org.chokepoint.cli.DataDirOption;
import org.chokepoint.cli.output.OwnershipReport;
import org.chokepoint.detect.watchlist.OwnershipBlocks;
import org.chokepoint.lists.ListFormatException;
import org.chokepoint.lists.store.SnapshotStore;
import org.chokepoint.model.Entity;
import org.chokepoint.model.Ownership;
import org.chokepoint.network.ownership.OwnershipFinding;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "ownership", mixinStandardHelpOptions = true,
        description = {"List the entities blocked by ownership: owned 50%% or more in aggregate by listed owners, directly or through "
                + "companies they own (OFAC's 50%% rule), or also controlled by one (EU rule), with the path from a listed entity.",
                "Relations: the loaded lists' own (OpenSanctions/FollowTheMoney Ownership) and --ownership FILE (docs/network.md)."})
public final class OwnershipCommand implements Callable<Integer> {
    @Mixin
    private DataDirOption data;

    @Option(names = "--rule", paramLabel = "RULE", defaultValue = "ofac", description = "ofac (aggregate 50%%) or eu (50%% or control) (default: ${DEFAULT-VALUE})")
    private String rule;

    @Option(names = "--entity", paramLabel = "ID", description = "only this entity, or the entities blocked through it (an owner on their path)")
    private String entity;

    @Option(names = "--ownership", paramLabel = "FILE", description = "more relations, CSV owner_id,asset_id,percentage[,role,asset_name,asset_country] (entity ids)")
    private Path file;

    @Option(names = "--json", description = "JSON Lines, one finding a line")
    private boolean json;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (!rule.equals("ofac") && !rule.equals("eu")) throw new ParameterException(spec.commandLine(), "--rule must be ofac or eu, not " + rule);
        PrintWriter err = spec.commandLine().getErr();
        List<Entity> entities;
        List<Ownership> relations;
        try (SnapshotStore store = SnapshotStore.open(data.dir())) {
            entities = store.currentEntities();
            relations = store.currentOwnerships();
        }
        if (entities.isEmpty()) {
            err.println("error: no lists loaded in " + data.dir() + "; run: chokepoint lists update (or --from ../shared/data)");
            return 1;
        }
        OwnershipBlocks blocks;
        try {
            blocks = OwnershipInput.load(entities, relations, file, err).blocks();
        } catch (ListFormatException e) {
            err.println("error: --ownership " + e.getMessage());
            return 1;
        }
        List<OwnershipFinding> findings = rule.equals("ofac") ? blocks.ofacFindings() : blocks.euFindings();
        if (entity != null) findings = findings.stream().filter(f -> f.entityId().equals(entity) || f.path().contains(entity)).toList();
        if (json) OwnershipReport.json(spec.commandLine().getOut(), findings, blocks);
        else OwnershipReport.text(spec.commandLine().getOut(), findings, blocks, rule, entity);
        return 0;
    }
}
