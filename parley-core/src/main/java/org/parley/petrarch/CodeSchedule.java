package org.parley.petrarch;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Turns an actor entry's codes into non-overlapping date ranges, so that exactly one code applies on any day:
 * <ul>
 *   <li>a dated code applies in its range, except where a code listed earlier already applies (PETRARCH tries the
 *       codes in order and takes the first that fits);</li>
 *   <li>the first undated code is the default: it applies on every day no dated code covers, wherever it is listed
 *       ({@code SAM_GAMGEE [HOB]} followed by dated codes is {@code HOB} only outside their ranges);</li>
 *   <li>further undated codes can never apply and are left out.</li>
 * </ul>
 * Days are epoch days; open ends are {@link Long#MIN_VALUE} and {@link Long#MAX_VALUE}.
 */
final class CodeSchedule {
    private CodeSchedule() {
    }

    /** The codes as disjoint ranges, in the order they were claimed. */
    static List<DatedCode> disjoint(List<DatedCode> codes) {
        List<long[]> claimed = new ArrayList<>();
        List<DatedCode> out = new ArrayList<>();
        for (DatedCode code : codes) {
            if (code.dated()) {
                claim(code, lo(code.from()), hi(code.until()), claimed, out);
            }
        }
        for (DatedCode code : codes) {
            if (!code.dated()) {
                claim(code, Long.MIN_VALUE, Long.MAX_VALUE, claimed, out);
                break;
            }
        }
        return out;
    }

    /** Adds the parts of {@code [lo, hi]} not yet claimed, then claims the whole range. */
    private static void claim(DatedCode code, long lo, long hi, List<long[]> claimed, List<DatedCode> out) {
        claimed.sort(Comparator.comparingLong(range -> range[0]));
        long cursor = lo;
        boolean done = false;
        for (long[] range : claimed) {
            if (range[1] < cursor) {
                continue;
            }
            if (range[0] > hi) {
                break;
            }
            if (range[0] > cursor) {
                out.add(segment(code, cursor, range[0] - 1));
            }
            if (range[1] >= hi) {
                done = true;
                break;
            }
            cursor = range[1] + 1;
        }
        if (!done && cursor <= hi) {
            out.add(segment(code, cursor, hi));
        }
        claimed.add(new long[] {lo, hi});
    }

    private static DatedCode segment(DatedCode code, long lo, long hi) {
        LocalDate from = lo == Long.MIN_VALUE ? null : LocalDate.ofEpochDay(lo);
        LocalDate until = hi == Long.MAX_VALUE ? null : LocalDate.ofEpochDay(hi);
        return new DatedCode(code.code(), from, until, code.dated());
    }

    private static long lo(LocalDate day) {
        return day == null ? Long.MIN_VALUE : day.toEpochDay();
    }

    private static long hi(LocalDate day) {
        return day == null ? Long.MAX_VALUE : day.toEpochDay();
    }
}
