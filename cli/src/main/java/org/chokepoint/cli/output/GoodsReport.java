package org.chokepoint.cli.output;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.chokepoint.trade.goods.GoodsClass;
import org.chokepoint.trade.goods.HsCode;
import org.chokepoint.trade.goods.HsNomenclature;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** A goods classification, explained for a person or as JSON. */
public final class GoodsReport {
    private static final ObjectMapper JSON = new ObjectMapper();

    private GoodsReport() {}

    public static void text(PrintWriter out, List<GoodsClass> classes, HsNomenclature nomenclature, List<Path> looked) {
        for (GoodsClass g : classes) {
            out.println(g.code() + (g.description() == null ? "" : "  " + g.description()));
            out.println("  HS-6      " + HsCode.dotted(g.hs6()));
            out.println("  CHPL      " + (g.chplTier() == null ? "-" : g.chplTier().label() + " (" + g.chplTier().summary() + ")"));
            out.println("  concern   " + g.category().name().toLowerCase(Locale.ROOT) + ": " + g.category().meaning());
            out.println("  why:");
            for (String e : g.explanation()) out.println("    - " + e);
            out.println();
        }
        if (nomenclature.isEmpty()) {
            out.println("descriptions: no HS nomenclature found (looked for " + String.join(", ", looked.stream().map(Path::toString).toList())
                    + "); pass --hs FILE");
        } else {
            out.println("descriptions: " + nomenclature.file() + " (HS 2022, " + String.format("%,d", nomenclature.size()) + " codes)");
        }
        out.flush();
    }

    public static void json(PrintWriter out, List<GoodsClass> classes) {
        for (GoodsClass g : classes) {
            ObjectNode o = JSON.createObjectNode().put("code", g.code()).put("hs6", g.hs6())
                    .put("chpl_tier", g.chplTier() == null ? null : g.chplTier().code())
                    .put("category", g.category().name().toLowerCase(Locale.ROOT)).put("of_concern", g.ofConcern())
                    .put("description", g.description());
            g.explanation().forEach(o.putArray("explanation")::add);
            out.println(o.toString());
        }
        out.flush();
    }
}
