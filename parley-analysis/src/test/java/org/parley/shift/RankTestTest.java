package org.parley.shift;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SortedMap;
import java.util.TreeMap;
import org.apache.commons.math3.stat.inference.MannWhitneyUTest;
import org.junit.jupiter.api.Test;

class RankTestTest {
    private static SortedMap<Double, long[]> histogram(double[] earlier, double[] later) {
        SortedMap<Double, long[]> h = new TreeMap<>();
        for (double v : earlier) {
            h.computeIfAbsent(v, k -> new long[2])[0]++;
        }
        for (double v : later) {
            h.computeIfAbsent(v, k -> new long[2])[1]++;
        }
        return h;
    }

    @Test
    void agreesWithCommonsMathWithoutTies() {
        double[] earlier = {-10, -9.5, -7, -4.4, -2.2, 1.1, 1.9, 3.5, -6.5, -5.1};
        double[] later = {-2, 2.8, 3, 3.4, 4, 5.2, 6, 7, 7.4, 8.3, 1.5};
        RankTest.Result r = RankTest.test(histogram(earlier, later));
        MannWhitneyUTest commons = new MannWhitneyUTest();
        // Commons Math reports the larger of the two U statistics and omits the continuity correction.
        assertThat(Math.max(r.u(), earlier.length * later.length - r.u()))
                .isEqualTo(commons.mannWhitneyU(earlier, later));
        assertThat(r.p()).isCloseTo(commons.mannWhitneyUTest(earlier, later), within(0.005));
        assertThat(r.effect()).isPositive();
    }

    @Test
    void tiesShrinkTheVarianceAndRaiseSignificance() {
        double[] earlier = {-2, -2, -2, -2, 1, 1, 1, -10, -10, 1, -2, 1};
        double[] later = {1, 1, 1, 1, 1.9, 1.9, 1.9, -2, 1, 1, 7, 7};
        RankTest.Result r = RankTest.test(histogram(earlier, later));
        double untied = new MannWhitneyUTest().mannWhitneyUTest(earlier, later);
        assertThat(r.p()).isLessThan(untied).isLessThan(0.01);
        assertThat(r.effect()).isBetween(0.5, 1.0);
    }

    @Test
    void identicalSamplesShowNoShift() {
        double[] same = {1, 1, 1, 1};
        RankTest.Result r = RankTest.test(histogram(same, same));
        assertThat(r.p()).isEqualTo(1.0);
        assertThat(r.effect()).isZero();
    }
}
