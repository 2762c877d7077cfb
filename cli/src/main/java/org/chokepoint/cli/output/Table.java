package org.chokepoint.cli.output;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** A plain-text table with aligned columns; numeric-looking cells are right-aligned. */
public final class Table {
    private final List<String> headers;
    private final List<List<String>> rows = new ArrayList<>();

    public Table(String... headers) {
        this.headers = List.of(headers);
    }

    public Table row(Object... cells) {
        List<String> r = new ArrayList<>();
        for (Object c : cells) r.add(c == null ? "" : c.toString());
        rows.add(r);
        return this;
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }

    public void print(PrintWriter out) {
        int[] w = new int[headers.size()];
        for (int i = 0; i < w.length; i++) w[i] = headers.get(i).length();
        for (List<String> r : rows) for (int i = 0; i < w.length && i < r.size(); i++) w[i] = Math.max(w[i], r.get(i).length());
        line(out, headers, w);
        StringBuilder sep = new StringBuilder();
        for (int i = 0; i < w.length; i++) sep.append(i > 0 ? "  " : "").append("-".repeat(w[i]));
        out.println(sep);
        for (List<String> r : rows) line(out, r, w);
        out.flush();
    }

    private static void line(PrintWriter out, List<String> cells, int[] w) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < w.length; i++) {
            String c = i < cells.size() ? cells.get(i) : "";
            if (i > 0) b.append("  ");
            boolean numeric = !c.isEmpty() && c.matches("[-+]?[0-9][0-9,.]*%?");
            b.append(numeric ? " ".repeat(w[i] - c.length()) + c : c + (i < w.length - 1 ? " ".repeat(w[i] - c.length()) : ""));
        }
        out.println(b.toString().stripTrailing());
    }
}
