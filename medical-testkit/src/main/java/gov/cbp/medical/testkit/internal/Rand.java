package gov.cbp.medical.testkit.internal;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Random draws built only on {@link SplittableRandom#nextLong()}, {@link SplittableRandom#nextDouble()} and
 * {@link SplittableRandom#nextInt(int)}, whose algorithms the JDK specifies, so that a seed gives the same data
 * on every JDK (the JDK's {@code nextGaussian} is not specified and is avoided).
 */
public final class Rand {
    private Rand() {}

    /** A well-mixed seed from a base seed and two coordinates (MurmurHash3's finaliser). */
    public static long mix(long seed, long a, long b) {
        long h = seed ^ 0x9E3779B97F4A7C15L;
        h = fmix(h + a * 0xC2B2AE3D27D4EB4FL);
        h = fmix(h + b * 0x165667B19E3779F9L);
        return h;
    }

    private static long fmix(long k) {
        k ^= k >>> 33;
        k *= 0xFF51AFD7ED558CCDL;
        k ^= k >>> 33;
        k *= 0xC4CEB9FE1A85EC53L;
        k ^= k >>> 33;
        return k;
    }

    /** True with probability {@code p}. */
    public static boolean chance(SplittableRandom r, double p) {
        return p > 0 && r.nextDouble() < p;
    }

    /** A uniform integer from {@code min} to {@code max}, both inclusive. */
    public static int between(SplittableRandom r, int min, int max) {
        return min + r.nextInt(max - min + 1);
    }

    /** A uniform double from {@code min} (inclusive) to {@code max} (exclusive). */
    public static double uniform(SplittableRandom r, double min, double max) {
        return min + (max - min) * r.nextDouble();
    }

    /** A standard normal deviate (Box-Muller). */
    public static double gaussian(SplittableRandom r) {
        double u1 = 1.0 - r.nextDouble(); // (0, 1]
        double u2 = r.nextDouble();
        return Math.sqrt(-2.0 * Math.log(u1)) * Math.cos(2.0 * Math.PI * u2);
    }

    /** A log-normal duration with a median and a shape (sigma of the logarithm), rounded to seconds. */
    public static Duration lognormal(SplittableRandom r, Duration median, double sigma) {
        double seconds = median.getSeconds() * Math.exp(sigma * gaussian(r));
        return Duration.ofSeconds(Math.max(1L, Math.round(seconds)));
    }

    /** A uniform duration from {@code min} to {@code max}, whole seconds. */
    public static Duration duration(SplittableRandom r, Duration min, Duration max) {
        long span = max.getSeconds() - min.getSeconds();
        return span <= 0 ? min : min.plusSeconds((long) (r.nextDouble() * span));
    }

    /** A uniform duration in minutes from {@code min} to {@code max}, whole seconds. */
    public static Duration minutes(SplittableRandom r, double min, double max) {
        return Duration.ofSeconds(Math.round(uniform(r, min * 60, max * 60)));
    }

    /** A Poisson deviate (Knuth's method below a mean of 30, a rounded normal approximation above). */
    public static int poisson(SplittableRandom r, double mean) {
        if (mean <= 0) {
            return 0;
        }
        if (mean > 30) {
            return (int) Math.max(0, Math.round(mean + Math.sqrt(mean) * gaussian(r)));
        }
        double limit = Math.exp(-mean);
        double product = r.nextDouble();
        int count = 0;
        while (product > limit) {
            product *= r.nextDouble();
            count++;
        }
        return count;
    }

    /** One of the keys, chosen in proportion to its weight; iteration order of the map matters. */
    public static <K> K weighted(SplittableRandom r, Map<K, Double> weights) {
        double total = 0;
        for (double w : weights.values()) {
            total += w;
        }
        double x = r.nextDouble() * total;
        K last = null;
        for (Map.Entry<K, Double> e : weights.entrySet()) {
            if (e.getValue() <= 0) {
                continue;
            }
            last = e.getKey();
            x -= e.getValue();
            if (x < 0) {
                return last;
            }
        }
        return last;
    }

    /** One of the values, chosen by parallel weights. */
    public static <T> T weighted(SplittableRandom r, T[] values, double[] weights) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double x = r.nextDouble() * total;
        for (int i = 0; i < values.length; i++) {
            x -= weights[i];
            if (x < 0) {
                return values[i];
            }
        }
        return values[values.length - 1];
    }

    /** One element, uniformly. */
    public static <T> T pick(SplittableRandom r, List<T> values) {
        return values.get(r.nextInt(values.size()));
    }

    /** One element, uniformly. */
    @SafeVarargs
    public static <T> T pick(SplittableRandom r, T... values) {
        return values[r.nextInt(values.length)];
    }
}
