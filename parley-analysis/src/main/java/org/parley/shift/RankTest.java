package org.parley.shift;

import java.util.Map;
import java.util.SortedMap;
import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * The Mann–Whitney U test of two samples given as histograms (value → counts in the earlier and later sample),
 * with the tie-corrected normal approximation.
 *
 * <p>Goldstein weights are ordinal scores with a few dozen distinct values, heavily tied and far from normal (a
 * dyad's scores cluster around +1 to +3 for talk and -2 to -10 for threats and force), so a rank test is the fitting
 * comparison of two windows, not a t-test. Commons Math 3's {@code MannWhitneyUTest} omits the tie correction of
 * the variance, which with this many ties understates significance, and wants every score as an array element;
 * ranks over a histogram give the same U exactly in time proportional to the number of distinct values. The normal
 * distribution comes from Commons Math.
 */
final class RankTest {
    private static final NormalDistribution NORMAL = new NormalDistribution(0, 1);

    private RankTest() {
    }

    /**
     * The test outcome.
     *
     * @param u      U of the later sample: pairs (earlier, later) where the later score is higher, ties counting half
     * @param z      the standardised U, with continuity correction
     * @param p      two-sided p-value
     * @param effect rank-biserial correlation, -1 to 1: positive when later scores tend to be higher
     */
    record Result(double u, double z, double p, double effect) {
    }

    /** @param histogram value → {earlier count, later count}, both samples non-empty */
    static Result test(SortedMap<Double, long[]> histogram) {
        long n1 = 0;
        long n2 = 0;
        for (long[] c : histogram.values()) {
            n1 += c[0];
            n2 += c[1];
        }
        if (n1 == 0 || n2 == 0) {
            throw new IllegalArgumentException("both samples must be non-empty, got " + n1 + " and " + n2);
        }
        double n = n1 + n2;
        double below = 0;
        double rankSumLater = 0;
        double ties = 0;
        for (Map.Entry<Double, long[]> e : histogram.entrySet()) {
            double t = e.getValue()[0] + e.getValue()[1];
            double midRank = below + (t + 1) / 2;
            rankSumLater += e.getValue()[1] * midRank;
            ties += t * t * t - t;
            below += t;
        }
        double u = rankSumLater - n2 * (n2 + 1) / 2.0;
        double mean = n1 * (double) n2 / 2;
        double variance = n1 * (double) n2 / 12 * ((n + 1) - ties / (n * (n - 1)));
        double effect = 2 * u / (n1 * (double) n2) - 1;
        if (variance <= 0) {
            return new Result(u, 0, 1, effect);
        }
        double diff = u - mean;
        double z = (Math.abs(diff) - 0.5) / Math.sqrt(variance) * Math.signum(diff);
        double p = Math.min(1, 2 * NORMAL.cumulativeProbability(-Math.abs(z)));
        return new Result(u, z, p, effect);
    }
}
