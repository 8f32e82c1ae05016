package org.parley.cli;

import java.io.PrintStream;

/** A one-line progress bar on standard error, shown only on a terminal so that logs and pipes stay clean. */
final class Progress {
    private static final int WIDTH = 30;
    private final PrintStream out;
    private final long total;
    private final boolean visible;
    private long done;

    Progress(PrintStream out, long total, boolean visible) {
        this.out = out;
        this.total = total;
        this.visible = visible;
    }

    /** A bar for {@code total} documents (0 when unknown), visible when standard error is a terminal. */
    static Progress onTerminal(long total) {
        return new Progress(System.err, total, System.console() != null);
    }

    void step() {
        done++;
        if (visible && (done % 5 == 0 || done == total)) {
            draw();
        }
    }

    void done() {
        if (visible) {
            draw();
            out.println();
        }
    }

    private void draw() {
        if (total > 0) {
            int filled = (int) Math.min(WIDTH, done * WIDTH / total);
            out.print("\r[" + "#".repeat(filled) + ".".repeat(WIDTH - filled) + "] " + done + "/" + total + " documents");
        } else {
            out.print("\r" + done + " documents coded");
        }
        out.flush();
    }
}
