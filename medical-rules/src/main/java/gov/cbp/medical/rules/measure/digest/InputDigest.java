package gov.cbp.medical.rules.measure.digest;

import gov.cbp.medical.model.custody.CustodyEpisode;
import java.util.HexFormat;
import java.util.Objects;

/**
 * An immutable, order-independent digest of a multiset of episodes: the number of episodes and the sum, modulo
 * 2<sup>256</sup>, of their SHA-256 digests ({@link ContentDigest#sha256(CustodyEpisode)}) read as unsigned
 * big-endian integers.
 *
 * <p>The sum does not depend on the order in which episodes are added or on how a run is split and merged, so a
 * pipeline that measures episodes in any order or in parallel (threads, Apache Beam's combiners) produces the
 * same digest; an episode added twice counts twice. Changing, removing or adding one episode changes the sum. It
 * is a checksum of the records against accident and casual alteration, not a signature: sums of hashes can be
 * forged with much more work than SHA-256 itself needs (see docs/decisions.md), and the count rides beside it.
 *
 * <p>Implementation Requirements: immutable, thread-safe value type; compare with {@code equals}.
 *
 * @since 0.2
 */
public final class InputDigest {
    private static final InputDigest EMPTY = new InputDigest(0, new long[4]);
    /** The sum as four 64-bit words, most significant first. */
    private final long[] words;
    private final long count;

    private InputDigest(long count, long[] words) {
        this.count = count;
        this.words = words;
    }

    /**
     * The digest of no episodes.
     *
     * @return the digest, not null
     */
    public static InputDigest empty() {
        return EMPTY;
    }

    /**
     * Parses a digest as {@link #hex()} writes it.
     *
     * @param count the number of episodes, not negative
     * @param hex 64 hexadecimal digits, not null
     * @return the digest, not null
     * @throws IllegalArgumentException if the count is negative or the text is not 64 hexadecimal digits
     */
    public static InputDigest of(long count, CharSequence hex) {
        Objects.requireNonNull(hex, "hex");
        if (count < 0 || hex.length() != 64) {
            throw new IllegalArgumentException("a digest needs a count of at least 0 and 64 hexadecimal digits");
        }
        return new InputDigest(count, words(HexFormat.of().parseHex(hex)));
    }

    /**
     * This digest with one more episode.
     *
     * @param episode the episode, not null
     * @return the new digest, not null
     */
    public InputDigest plus(CustodyEpisode episode) {
        return plus(ContentDigest.sha256(episode));
    }

    /**
     * This digest with one more episode, given by its SHA-256.
     *
     * @param sha256 the episode's 32-byte digest, not null
     * @return the new digest, not null
     * @throws IllegalArgumentException if the array is not 32 bytes long
     */
    public InputDigest plus(byte[] sha256) {
        if (sha256.length != 32) {
            throw new IllegalArgumentException("a SHA-256 digest has 32 bytes");
        }
        return new InputDigest(count + 1, add(words, words(sha256)));
    }

    /**
     * The digest of this digest's episodes and another's together.
     *
     * @param other the other digest, not null
     * @return the combined digest, not null
     */
    public InputDigest combine(InputDigest other) {
        return new InputDigest(count + other.count, add(words, other.words));
    }

    /**
     * The number of episodes.
     *
     * @return the count
     */
    public long count() {
        return count;
    }

    /**
     * The sum as 64 lower-case hexadecimal digits.
     *
     * @return the text, not null
     */
    public String hex() {
        StringBuilder out = new StringBuilder(64);
        for (long word : words) {
            out.append(HexFormat.of().toHexDigits(word));
        }
        return out.toString();
    }

    private static long[] words(byte[] bytes) {
        long[] result = new long[4];
        for (int i = 0; i < 32; i++) {
            result[i / 8] = (result[i / 8] << 8) | (bytes[i] & 0xFF);
        }
        return result;
    }

    private static long[] add(long[] a, long[] b) {
        long[] sum = new long[4];
        long carry = 0;
        for (int i = 3; i >= 0; i--) {
            long s = a[i] + b[i];
            long c1 = Long.compareUnsigned(s, a[i]) < 0 ? 1 : 0;
            long t = s + carry;
            long c2 = Long.compareUnsigned(t, s) < 0 ? 1 : 0;
            sum[i] = t;
            carry = c1 + c2;
        }
        return sum;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof InputDigest && ((InputDigest) other).count == count
                && java.util.Arrays.equals(((InputDigest) other).words, words);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(count) * 31 + java.util.Arrays.hashCode(words);
    }

    @Override
    public String toString() {
        return "InputDigest{count=" + count + ", sum=" + hex() + "}";
    }
}
