package gov.cbp.medical.rules.measure.internal;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.time.Duration;

/**
 * A mergeable histogram of durations in whole units, exact up to a cap: one counter per unit value in
 * [0, cap), allocated in pages of {@value #PAGE} counters as values arrive, plus a count of values at or above
 * the cap. Count, sum, minimum and maximum are kept exactly (in whole seconds). Merging adds the counters, so
 * any split of the input gives the same histogram. Memory: at most {@code cap / PAGE} pages of 2 KiB,
 * whatever the number of values.
 *
 * <p>Percentiles are nearest-rank over the values truncated to whole units: the {@code p}-th percentile is
 * the least bucket {@code v} with at least {@code ceil(p / 100 * n)} values at or below it. A negative
 * duration (a data error) is bucketed at 0 but kept exactly in the minimum and the sum.
 */
public final class DurationHistogram {
    /** Counters per page. */
    public static final int PAGE = 256;
    private final long unitSeconds;
    private final int cap;
    private long[][] pages;
    private long count;
    private long atOrAboveCap;
    private long sumSeconds;
    private long minSeconds = Long.MAX_VALUE;
    private long maxSeconds = Long.MIN_VALUE;

    /**
     * An empty histogram.
     *
     * @param unitSeconds seconds per unit, positive
     * @param cap the cap in units, positive
     */
    public DurationHistogram(long unitSeconds, int cap) {
        this.unitSeconds = unitSeconds;
        this.cap = cap;
        this.pages = new long[(cap + PAGE - 1) / PAGE][];
    }

    /**
     * Adds a duration.
     *
     * @param duration the duration, not null
     */
    public void add(Duration duration) {
        long seconds = duration.getSeconds();
        count++;
        sumSeconds = Math.addExact(sumSeconds, seconds);
        minSeconds = Math.min(minSeconds, seconds);
        maxSeconds = Math.max(maxSeconds, seconds);
        long units = Math.max(0, seconds) / unitSeconds;
        if (units >= cap) {
            atOrAboveCap++;
            return;
        }
        int bucket = (int) units;
        long[] page = pages[bucket / PAGE];
        if (page == null) {
            page = new long[PAGE];
            pages[bucket / PAGE] = page;
        }
        page[bucket % PAGE]++;
    }

    /**
     * Adds another histogram of the same unit and cap into this one.
     *
     * @param other the other, not changed
     */
    public void merge(DurationHistogram other) {
        if (other.unitSeconds != unitSeconds || other.cap != cap) {
            throw new IllegalArgumentException("histograms differ in unit or cap");
        }
        count += other.count;
        atOrAboveCap += other.atOrAboveCap;
        sumSeconds = Math.addExact(sumSeconds, other.sumSeconds);
        minSeconds = Math.min(minSeconds, other.minSeconds);
        maxSeconds = Math.max(maxSeconds, other.maxSeconds);
        for (int p = 0; p < pages.length; p++) {
            long[] theirs = other.pages[p];
            if (theirs == null) {
                continue;
            }
            if (pages[p] == null) {
                pages[p] = theirs.clone();
            } else {
                for (int i = 0; i < PAGE; i++) {
                    pages[p][i] += theirs[i];
                }
            }
        }
    }

    /**
     * Writes the state of this histogram compactly: the exact counts, then each allocated page with its index
     * and only its non-zero counters, each as the gap from the previous one and its value.
     *
     * @param out the output
     * @throws IOException if writing fails
     */
    public void writeTo(DataOutput out) throws IOException {
        StateFormat.writeVarLong(out, count);
        StateFormat.writeVarLong(out, atOrAboveCap);
        StateFormat.writeVarLong(out, sumSeconds);
        StateFormat.writeVarLong(out, minSeconds);
        StateFormat.writeVarLong(out, maxSeconds);
        int allocated = 0;
        for (long[] page : pages) {
            allocated += page == null ? 0 : 1;
        }
        StateFormat.writeVarLong(out, allocated);
        for (int p = 0; p < pages.length; p++) {
            long[] page = pages[p];
            if (page == null) {
                continue;
            }
            StateFormat.writeVarLong(out, p);
            int nonZero = 0;
            for (long counter : page) {
                nonZero += counter == 0 ? 0 : 1;
            }
            StateFormat.writeVarLong(out, nonZero);
            int previous = -1;
            for (int i = 0; i < PAGE; i++) {
                if (page[i] != 0) {
                    StateFormat.writeVarLong(out, i - previous);
                    StateFormat.writeVarLong(out, page[i]);
                    previous = i;
                }
            }
        }
    }

    /**
     * Reads a state written by {@link #writeTo} into this empty histogram of the same unit and cap.
     *
     * @param in the input
     * @throws IOException if reading fails or a page or counter lies out of bounds
     */
    public void readFrom(DataInput in) throws IOException {
        count = StateFormat.readVarLong(in);
        atOrAboveCap = StateFormat.readVarLong(in);
        sumSeconds = StateFormat.readVarLong(in);
        minSeconds = StateFormat.readVarLong(in);
        maxSeconds = StateFormat.readVarLong(in);
        long allocated = StateFormat.readVarLong(in);
        if (allocated < 0 || allocated > pages.length) {
            throw new IOException("histogram state has " + allocated + " pages, at most " + pages.length + " expected");
        }
        for (long i = 0; i < allocated; i++) {
            long p = StateFormat.readVarLong(in);
            if (p < 0 || p >= pages.length || pages[(int) p] != null) {
                throw new IOException("histogram page " + p + " lies beyond the cap or appears twice");
            }
            long nonZero = StateFormat.readVarLong(in);
            if (nonZero < 0 || nonZero > PAGE) {
                throw new IOException("histogram page with " + nonZero + " counters");
            }
            long[] page = new long[PAGE];
            int at = -1;
            for (long j = 0; j < nonZero; j++) {
                long gap = StateFormat.readVarLong(in);
                if (gap < 1 || at + gap >= PAGE) {
                    throw new IOException("histogram counter out of its page");
                }
                at += (int) gap;
                page[at] = StateFormat.readVarLong(in);
            }
            pages[(int) p] = page;
        }
    }

    /** @return the seconds per unit */
    public long unitSeconds() {
        return unitSeconds;
    }

    /** @return the number of values */
    public long count() {
        return count;
    }

    /** @return the number of values at or above the cap */
    public long atOrAboveCap() {
        return atOrAboveCap;
    }

    /** @return the cap in units */
    public int cap() {
        return cap;
    }

    /** @return the sum in seconds */
    public long sumSeconds() {
        return sumSeconds;
    }

    /** @return the least value in seconds; undefined when empty */
    public long minSeconds() {
        return minSeconds;
    }

    /** @return the greatest value in seconds; undefined when empty */
    public long maxSeconds() {
        return maxSeconds;
    }

    /**
     * The nearest-rank percentile in whole units.
     *
     * @param percent the percentile, in (0, 100]
     * @return the bucket, or -1 if the histogram is empty, or {@link #cap()} if the rank falls at or above it
     */
    public long percentile(double percent) {
        if (count == 0) {
            return -1;
        }
        long rank = Math.max(1, (long) Math.ceil(percent / 100.0 * count));
        long seen = 0;
        for (int p = 0; p < pages.length; p++) {
            long[] page = pages[p];
            if (page == null) {
                continue;
            }
            for (int i = 0; i < PAGE; i++) {
                seen += page[i];
                if (seen >= rank) {
                    return (long) p * PAGE + i;
                }
            }
        }
        return cap;
    }
}
