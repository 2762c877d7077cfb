package org.chokepoint.cli.output;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.chokepoint.evaluation.detection.ClusteringMetrics;
import org.chokepoint.evaluation.detection.DetectionReport;
import org.chokepoint.evaluation.detection.Finding;
import org.chokepoint.evaluation.detection.TruthParty;

import java.io.PrintWriter;
import java.util.Locale;

/** Renders a detection evaluation for people (text) or machines (one JSON object). */
public final class DetectionOutput {
    private DetectionOutput() {}

    public static void text(PrintWriter out, DetectionReport r) {
        out.printf(Locale.ROOT, "Planted parties among unlisted findings (K = %d planted, %d unlisted findings)%n", r.planted(), r.unlistedFindings());
        out.printf(Locale.ROOT, "  precision@K        %.3f  (%d hits in the first %d positions)%n", r.precisionAtK(), r.hitsAtK(), r.planted());
        out.printf(Locale.ROOT, "  recall@K           %.3f  (%d of %d planted parties found in the first %d positions)%n", r.recallAtK(), r.foundAtK(), r.planted(), r.planted());
        out.printf(Locale.ROOT, "  average precision  %.3f  (%d of %d planted parties found at any depth)%n", r.averagePrecision(), r.plantedFound(), r.planted());
        out.printf(Locale.ROOT, "  skipped            %d findings matching only an already-found planted party (neither hit nor miss; they take no position)%n", r.skipped());
        for (DetectionReport.Position p : r.firstPositions()) {
            out.printf(Locale.ROOT, "    %-8s %-2s %-45s %s  %s%n", p.party().partyId(), p.party().country(), cut(p.party().name()),
                    p.position() == 0 ? "not found" : "position " + p.position() + " (rank " + p.rank() + ")", String.join(",", p.party().patterns()));
        }
        out.printf(Locale.ROOT, "Listed end users recognised%n");
        out.printf(Locale.ROOT, "  strict   %.3f  (%d of %d: listed=true and list_matches contain the truth entity id)%n", r.listedStrictShare(), r.listedStrict(), r.listedEndUsers());
        out.printf(Locale.ROOT, "  lenient  %.3f  (%d of %d: listed=true, any match)%n", r.listedLenientShare(), r.listedLenient(), r.listedEndUsers());
        for (TruthParty t : r.missedListed()) out.printf(Locale.ROOT, "    missed %s %s %s (%s)%n", t.partyId(), t.country(), t.entityId(), cut(t.name()));
        out.printf(Locale.ROOT, "  listed precision  %.3f  (%d of %d findings with listed=true are a truth listed end user: same country, a spelling and a record in common)%n",
                r.listedPrecision(), r.listedFindings() - r.wronglyListed().size(), r.listedFindings());
        for (Finding f : r.wronglyListed()) out.printf(Locale.ROOT, "    not listed in the truth: rank %d %s %s%n", f.rank(), f.country(), cut(f.name()));
        DetectionReport.Resolution res = r.resolution();
        if (res == null) {
            out.println("Party resolution: not measured (needs truth_parties.csv and shipments.csv beside truth.json, and record_ids in the findings)");
        } else {
            out.printf(Locale.ROOT, "Party resolution over %d mentions (%d mapped to a finding by record id and spelling; the rest count as singletons)%n", res.mentions(), res.mapped());
            scores(out, "pairwise", res.pairwise());
            scores(out, "B-cubed", res.bcubed());
        }
        out.flush();
    }

    private static void scores(PrintWriter out, String name, ClusteringMetrics.Scores s) {
        out.printf(Locale.ROOT, "  %-9s precision %.3f  recall %.3f  F1 %.3f%n", name, s.precision(), s.recall(), s.f1());
    }

    private static String cut(String s) {
        return s.length() <= 45 ? s : s.substring(0, 44) + "…";
    }

    public static void json(PrintWriter out, DetectionReport r) {
        ObjectMapper m = new ObjectMapper();
        ObjectNode o = m.createObjectNode();
        ObjectNode p = o.putObject("planted");
        p.put("k", r.planted()).put("unlisted_findings", r.unlistedFindings()).put("precision_at_k", r.precisionAtK()).put("recall_at_k", r.recallAtK())
                .put("hits_at_k", r.hitsAtK()).put("found_at_k", r.foundAtK()).put("average_precision", r.averagePrecision())
                .put("found", r.plantedFound()).put("skipped", r.skipped());
        ArrayNode positions = p.putArray("first_positions");
        for (DetectionReport.Position x : r.firstPositions()) {
            positions.addObject().put("party_id", x.party().partyId()).put("position", x.position()).put("rank", x.rank());
        }
        ObjectNode l = o.putObject("listed_end_users");
        l.put("total", r.listedEndUsers()).put("recognised", r.listedStrict()).put("share", r.listedStrictShare())
                .put("recognised_lenient", r.listedLenient()).put("share_lenient", r.listedLenientShare());
        ArrayNode missed = l.putArray("missed");
        for (TruthParty t : r.missedListed()) missed.addObject().put("party_id", t.partyId()).put("entity_id", t.entityId()).put("name", t.name());
        l.put("listed_findings", r.listedFindings()).put("listed_precision", r.listedPrecision());
        ArrayNode wrong = l.putArray("wrongly_listed");
        for (Finding f : r.wronglyListed()) wrong.addObject().put("rank", f.rank()).put("country", f.country()).put("name", f.name());
        DetectionReport.Resolution res = r.resolution();
        if (res != null) {
            ObjectNode q = o.putObject("resolution");
            q.put("mentions", res.mentions()).put("mapped", res.mapped());
            scores(q.putObject("pairwise"), res.pairwise());
            scores(q.putObject("bcubed"), res.bcubed());
        }
        out.println(o.toString());
        out.flush();
    }

    private static void scores(ObjectNode n, ClusteringMetrics.Scores s) {
        n.put("precision", s.precision()).put("recall", s.recall()).put("f1", s.f1());
    }
}
