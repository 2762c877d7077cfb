package org.chokepoint.trade.generate;

import org.chokepoint.trade.goods.Chpl;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * The goods the generator declares, by group, read from {@code goods.txt} beside this class. Whether a
 * subheading is CHPL comes from the project's CHPL table, not from the file, so the two cannot disagree.
 * Immutable and thread-safe.
 */
final class GoodsCatalog {
    /** The CHPL groups of the catalogue: what evasion schemes move. */
    static final List<String> CHPL_GROUPS = List.of("chip", "rf", "components", "bearings", "optics", "navigation",
            "uav_parts", "computing", "test_equipment", "cnc", "cnc_parts");

    private final Map<String, List<Goods>> byGroup;
    private final Map<String, Goods> byHs6;

    private GoodsCatalog(List<Goods> goods) {
        Map<String, List<Goods>> g = new LinkedHashMap<>();
        Map<String, Goods> h = new LinkedHashMap<>();
        for (Goods x : goods) {
            g.computeIfAbsent(x.group(), k -> new ArrayList<>()).add(x);
            h.put(x.hs6(), x);
        }
        g.replaceAll((k, v) -> List.copyOf(v));
        this.byGroup = g;
        this.byHs6 = h;
    }

    static GoodsCatalog standard() {
        try (InputStream in = GoodsCatalog.class.getResourceAsStream("goods.txt")) {
            Objects.requireNonNull(in, "goods.txt missing from the classpath");
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), Chpl.standard());
        } catch (IOException e) {
            throw new IllegalStateException("cannot read goods.txt", e);
        }
    }

    static GoodsCatalog parse(String text, Chpl chpl) {
        List<Goods> out = new ArrayList<>();
        int line = 0;
        for (String raw : text.split("\n")) {
            line++;
            if (raw.isBlank() || raw.startsWith("#")) continue;
            String[] f = raw.split(";", -1);
            if (f.length != 8) throw new IllegalArgumentException("goods.txt:" + line + ": expected 8 fields, found " + f.length);
            out.add(new Goods(f[0], f[1], f[2], Double.parseDouble(f[3]), Double.parseDouble(f[4]), Double.parseDouble(f[5]),
                    split(f[6]), split(f[7]), chpl.item(f[0]).isPresent()));
        }
        return new GoodsCatalog(out);
    }

    private static List<String> split(String s) {
        return s.isEmpty() ? List.of() : Arrays.asList(s.split("\\|"));
    }

    List<Goods> group(String group) {
        List<Goods> g = byGroup.get(group);
        if (g == null) throw new IllegalArgumentException("no goods group " + group);
        return g;
    }

    Goods hs6(String hs6) {
        Goods g = byHs6.get(hs6);
        if (g == null) throw new IllegalArgumentException("no goods " + hs6);
        return g;
    }

    /** One goods of one of the groups, the group drawn uniformly, then the goods within it. */
    Goods pick(RandomGenerator rng, List<String> groups) {
        List<Goods> g = group(groups.get(rng.nextInt(groups.size())));
        return g.get(rng.nextInt(g.size()));
    }

    List<Goods> all() {
        return List.copyOf(byHs6.values());
    }
}
