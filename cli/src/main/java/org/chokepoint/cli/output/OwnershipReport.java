package org.chokepoint.cli.output;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.chokepoint.detect.watchlist.OwnershipBlocks;
import org.chokepoint.network.ownership.Basis;
import org.chokepoint.network.ownership.OwnershipFinding;
import org.chokepoint.network.ownership.Stake;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Entities blocked by ownership, for a person (a table and each path) or a program (JSON Lines). */
public final class OwnershipReport {
    private static final ObjectMapper JSON = new ObjectMapper();

    private OwnershipReport() {}

    public static void text(PrintWriter out, List<OwnershipFinding> findings, OwnershipBlocks blocks, String rule, String entity) {
        String ruleName = rule.equals("ofac") ? "OFAC's 50% rule" : "the EU ownership and control rule";
        if (findings.isEmpty()) {
            out.println(entity == null ? "No entity is blocked by ownership under " + ruleName + "."
                    : "No entity is blocked by ownership under " + ruleName + " as or through " + entity + ".");
            out.flush();
            return;
        }
        out.printf("%,d entities blocked by ownership under %s%n%n", findings.size(), ruleName);
        Table t = new Table("entity", "name", "owned", "basis", "depth", "path");
        for (OwnershipFinding f : findings) {
            t.row(f.entityId(), blocks.name(f.entityId()), percent(f.aggregatePercent()),
                    f.bases().stream().map(b -> b.name().toLowerCase(Locale.ROOT)).sorted().collect(Collectors.joining("+")),
                    f.path().size() - 1, f.path().stream().map(blocks::name).collect(Collectors.joining(" → ")));
        }
        t.print(out);
        out.println();
        for (OwnershipFinding f : findings) out.println(f.entityId() + ": " + blocks.explain(f.entityId()));
        out.flush();
    }

    public static void json(PrintWriter out, List<OwnershipFinding> findings, OwnershipBlocks blocks) {
        for (OwnershipFinding f : findings) {
            ObjectNode o = JSON.createObjectNode();
            o.put("entity_id", f.entityId()).put("name", blocks.name(f.entityId())).put("screenable", blocks.entity(f.entityId()) != null)
                    .put("rule", f.rule()).put("aggregate_percent", f.aggregatePercent());
            ArrayNode bases = o.putArray("bases");
            f.bases().stream().map(Basis::name).sorted().forEach(b -> bases.add(b.toLowerCase(Locale.ROOT)));
            ArrayNode path = o.putArray("path");
            f.path().forEach(path::add);
            ArrayNode stakes = o.putArray("stakes");
            for (Stake s : f.stakes()) {
                ObjectNode so = stakes.addObject().put("owner_id", s.ownerId()).put("owner_name", blocks.name(s.ownerId()))
                        .put("percent", s.percent()).put("control", s.control()).put("owner_listed", s.ownerListed());
                ArrayNode rel = so.putArray("relation_ids");
                s.relationIds().forEach(rel::add);
            }
            o.put("explanation", blocks.explain(f.entityId()));
            out.println(o.toString());
        }
        out.flush();
    }

    private static String percent(double p) {
        return java.math.BigDecimal.valueOf(Math.min(p, 100)).setScale(2, java.math.RoundingMode.HALF_UP).stripTrailingZeros().toPlainString() + "%";
    }
}
