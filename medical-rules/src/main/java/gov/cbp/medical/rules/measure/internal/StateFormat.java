package gov.cbp.medical.rules.measure.internal;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The primitives of an accumulator's byte state beyond {@link DataOutput}'s: strings of any length in UTF-8
 * (where {@link DataOutput#writeUTF} stops at 64 KiB) and bounded counts that a malformed state cannot turn
 * into a huge allocation.
 */
public final class StateFormat {
    /** The most elements one collection of a state may declare: far above any real state. */
    public static final int MAX_COUNT = 1 << 24;

    private StateFormat() {}

    /**
     * Writes a string as its UTF-8 length and bytes.
     *
     * @param out the output
     * @param value the string, not null
     * @throws IOException if writing fails
     */
    public static void writeString(DataOutput out, String value) throws IOException {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    /**
     * Reads a string written by {@link #writeString}.
     *
     * @param in the input
     * @return the string
     * @throws IOException if reading fails or the length is out of bounds
     */
    public static String readString(DataInput in) throws IOException {
        byte[] bytes = new byte[readCount(in)];
        in.readFully(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /**
     * Writes a long in as few bytes as its magnitude needs (zig-zag, then 7 bits a byte): most counts of a
     * partial accumulator are zero or small.
     *
     * @param out the output
     * @param value the value
     * @throws IOException if writing fails
     */
    public static void writeVarLong(DataOutput out, long value) throws IOException {
        long v = (value << 1) ^ (value >> 63);
        while ((v & ~0x7FL) != 0) {
            out.writeByte((int) ((v & 0x7F) | 0x80));
            v >>>= 7;
        }
        out.writeByte((int) v);
    }

    /**
     * Reads a long written by {@link #writeVarLong}.
     *
     * @param in the input
     * @return the value
     * @throws IOException if reading fails or the encoding is longer than a long
     */
    public static long readVarLong(DataInput in) throws IOException {
        long v = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            int b = in.readUnsignedByte();
            v |= (long) (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                return (v >>> 1) ^ -(v & 1);
            }
        }
        throw new IOException("a variable-length number longer than a long");
    }

    /**
     * Reads a count and checks it lies in [0, {@link #MAX_COUNT}].
     *
     * @param in the input
     * @return the count
     * @throws IOException if reading fails or the count is out of bounds
     */
    public static int readCount(DataInput in) throws IOException {
        int count = in.readInt();
        if (count < 0 || count > MAX_COUNT) {
            throw new IOException("a count of " + count + " is out of bounds");
        }
        return count;
    }
}
