package org.parley.shift;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import org.parley.store.ActorSelection;
import org.parley.store.Dyad;
import org.parley.store.EventOrder;
import org.parley.store.EventStore;
import org.parley.store.GoldsteinCount;
import org.parley.store.StoreException;
import org.parley.store.StoredActor;
import org.parley.store.StoredMention;

/**
 * Finds the dyads whose relations changed most between two adjacent windows: each dyad with enough events in both
 * is tested with a Mann–Whitney U test on its Goldstein scores ({@link RankTest}); p-values are adjusted for the
 * number of dyads tested (Benjamini–Hochberg, since scanning every dyad is a many-comparisons search); the
 * significant ones are ranked by effect size, so that a large dyad with a trivial but "significant" drift does not
 * outrank a real turn.
 */
public final class ShiftDetector {
    /**
     * How to search.
     *
     * @param minEvents events a dyad needs in each window to be tested
     * @param alpha     the false discovery rate allowed
     * @param top       the most shifts reported
     * @param drivers   driving events listed per shift
     */
    public record Settings(int minEvents, double alpha, int top, int drivers) {
        public Settings {
            if (minEvents < 2 || alpha <= 0 || alpha >= 1 || top < 1 || drivers < 0) {
                throw new IllegalArgumentException("need minEvents >= 2, 0 < alpha < 1, top >= 1, drivers >= 0");
            }
        }
    }

    private final Settings settings;

    public ShiftDetector(Settings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /**
     * The shifts between {@code [from, split)} and {@code [split, to]}, strongest first.
     *
     * @return the significant shifts and how many dyads were tested
     */
    public Result detect(EventStore store, LocalDate from, LocalDate split, LocalDate to) throws StoreException {
        Map<String, SortedMap<Double, long[]>> histograms = new LinkedHashMap<>();
        Map<String, long[]> cooperative = new LinkedHashMap<>();
        for (GoldsteinCount c : store.goldsteinCounts(from, split, to)) {
            String key = c.a() + "\t" + c.b();
            histograms.computeIfAbsent(key, k -> new TreeMap<>())
                    .computeIfAbsent(c.goldstein(), g -> new long[2])[c.later() ? 1 : 0] += c.events();
            if (c.cooperative()) {
                cooperative.computeIfAbsent(key, k -> new long[2])[c.later() ? 1 : 0] += c.events();
            }
        }
        List<Shift> tested = new ArrayList<>();
        for (Map.Entry<String, SortedMap<Double, long[]>> e : histograms.entrySet()) {
            WindowStats before = window(e.getValue(), cooperative.get(e.getKey()), 0);
            WindowStats after = window(e.getValue(), cooperative.get(e.getKey()), 1);
            if (before.events() < settings.minEvents() || after.events() < settings.minEvents()) {
                continue;
            }
            RankTest.Result r = RankTest.test(e.getValue());
            String[] pair = e.getKey().split("\t");
            tested.add(new Shift(pair[0], pair[1], before, after, r.u(), r.z(), r.p(), r.p(), r.effect(), List.of()));
        }
        List<Shift> adjusted = adjust(tested);
        List<Shift> shifts = new ArrayList<>();
        List<StoredActor> actors = store.actors();
        for (Shift s : adjusted.stream().filter(s -> s.q() <= settings.alpha())
                .sorted(Comparator.comparingDouble((Shift s) -> -Math.abs(s.effect())).thenComparing(Shift::p))
                .limit(settings.top()).toList()) {
            shifts.add(s.withDrivers(drivers(store, actors, s, split, to)));
        }
        return new Result(shifts, tested.size());
    }

    /**
     * The shifts found.
     *
     * @param shifts significant shifts, strongest first
     * @param tested how many dyads had enough events to be tested
     */
    public record Result(List<Shift> shifts, int tested) {
        public Result {
            shifts = List.copyOf(shifts);
        }
    }

    private static WindowStats window(SortedMap<Double, long[]> histogram, long[] cooperative, int side) {
        long n = 0;
        double sum = 0;
        for (Map.Entry<Double, long[]> e : histogram.entrySet()) {
            n += e.getValue()[side];
            sum += e.getKey() * e.getValue()[side];
        }
        long coop = cooperative == null ? 0 : cooperative[side];
        return new WindowStats(n, n == 0 ? 0 : sum / n, n == 0 ? 0 : (double) coop / n);
    }

    /** Benjamini–Hochberg step-up adjustment: q(i) = min over j >= i of p(j) m / j. */
    static List<Shift> adjust(List<Shift> tested) {
        List<Shift> byP = tested.stream().sorted(Comparator.comparingDouble(Shift::p)).toList();
        int m = byP.size();
        double[] q = new double[m];
        double running = 1;
        for (int i = m - 1; i >= 0; i--) {
            running = Math.min(running, byP.get(i).p() * m / (i + 1));
            q[i] = running;
        }
        List<Shift> out = new ArrayList<>(m);
        for (int i = 0; i < m; i++) {
            Shift s = byP.get(i);
            out.add(new Shift(s.a(), s.b(), s.before(), s.after(), s.u(), s.z(), s.p(), q[i], s.effect(), List.of()));
        }
        return out;
    }

    /** The later window's reports that pushed hardest in the shift's direction, one per event. */
    private List<StoredMention> drivers(EventStore store, List<StoredActor> actors, Shift s, LocalDate split,
                                        LocalDate to) throws StoreException {
        if (settings.drivers() == 0) {
            return List.of();
        }
        Dyad dyad = new Dyad(ActorSelection.of(s.a(), actors), ActorSelection.of(s.b(), actors));
        Map<Long, StoredMention> oneEach = new LinkedHashMap<>();
        store.dyadMentions(dyad, split, to, false, s.effect() >= 0 ? EventOrder.WARMEST : EventOrder.COLDEST,
                settings.drivers()).forEach(m -> oneEach.putIfAbsent(m.eventId(), m));
        return oneEach.values().stream().limit(settings.drivers()).toList();
    }
}
