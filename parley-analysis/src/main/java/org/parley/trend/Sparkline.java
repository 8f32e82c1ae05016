package org.parley.trend;

/** A row of block characters drawing a series in one terminal line. */
public final class Sparkline {
    private static final char[] BARS = "▁▂▃▄▅▆▇█".toCharArray();

    private Sparkline() {
    }

    /**
     * Draws values scaled between their minimum and maximum; a flat series draws at mid height so that it does not
     * read as "nothing happened".
     */
    public static String of(double[] values) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double v : values) {
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        StringBuilder sb = new StringBuilder(values.length);
        for (double v : values) {
            int level = max == min ? BARS.length / 2 - 1 : (int) Math.round((v - min) / (max - min) * (BARS.length - 1));
            sb.append(BARS[level]);
        }
        return sb.toString();
    }
}
