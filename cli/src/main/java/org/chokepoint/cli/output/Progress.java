package org.chokepoint.cli.output;

import java.io.PrintStream;

/**
 * Progress on stderr for long work: a one-line bar redrawn in place when stderr is a terminal, and
 * nothing otherwise (so logs and pipes stay clean). Thread-safe.
 */
public final class Progress implements AutoCloseable {
    private final PrintStream err;
    private final boolean live;
    private String label = "";
    private long lastDraw;

    public Progress(PrintStream err) {
        this(err, System.console() != null);
    }

    public Progress(PrintStream err, boolean live) {
        this.err = err;
        this.live = live;
    }

    /** A step without a known size ("reading ofac-sdn"). */
    public synchronized void step(String text) {
        label = text;
        if (live) draw(text + " ...");
    }

    /**
     * A line to keep, printed whether or not stderr is a terminal (what was done and why, such as a screening index
     * rebuilt), to the command's stderr {@code to}: the bar, if drawn, is cleared first and drawn again after.
     */
    public synchronized void note(String text, java.io.PrintWriter to) {
        if (live) {
            err.print("\r\u001b[2K");
            err.flush();
        }
        to.println(text);
        to.flush();
        if (live) draw(label + " ...");
    }

    /** Done of total items of the current step. Redraws at most every 100 ms. */
    public synchronized void update(long done, long total) {
        if (!live) return;
        long now = System.nanoTime();
        if (done < total && now - lastDraw < 100_000_000L) return;
        lastDraw = now;
        int width = 30;
        int filled = total <= 0 ? 0 : (int) Math.min(width, width * done / total);
        String pct = total <= 0 ? "" : String.format(" %3d%%", 100 * done / total);
        draw(String.format("%s [%s%s]%s %,d/%,d", label, "#".repeat(filled), " ".repeat(width - filled), pct, done, total));
    }

    private void draw(String text) {
        err.print("\r\u001b[2K" + text);
        err.flush();
    }

    @Override
    public synchronized void close() {
        if (live) {
            err.print("\r\u001b[2K");
            err.flush();
        }
    }
}
