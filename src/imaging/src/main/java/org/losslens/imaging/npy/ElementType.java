package org.losslens.imaging.npy;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * A dtype string of a .npy header ({@code <f8}, {@code >i2}, {@code |b1}, …): byte order, kind and size,
 * and how one element becomes a double. 64-bit integers beyond 2⁵³ lose their low bits, which no label
 * map or probability ever needs.
 */
record ElementType(ByteOrder order, char kind, int size) {

    static ElementType of(String descr) throws IOException {
        if (descr.length() < 3) {
            throw unsupported(descr);
        }
        char byteOrder = descr.charAt(0);
        char kind = descr.charAt(1);
        int size;
        try {
            size = Integer.parseInt(descr.substring(2));
        } catch (NumberFormatException e) {
            throw unsupported(descr);
        }
        ByteOrder order = switch (byteOrder) {
            case '<', '=', '|' -> ByteOrder.LITTLE_ENDIAN;
            case '>' -> ByteOrder.BIG_ENDIAN;
            default -> throw unsupported(descr);
        };
        boolean known = switch (kind) {
            case 'f' -> size == 2 || size == 4 || size == 8;
            case 'i', 'u' -> size == 1 || size == 2 || size == 4 || size == 8;
            case 'b' -> size == 1;
            default -> false;
        };
        if (!known) {
            throw unsupported(descr);
        }
        return new ElementType(order, kind, size);
    }

    double get(ByteBuffer data, int offset) {
        return switch (kind) {
            case 'f' -> switch (size) {
                case 2 -> Float.float16ToFloat(data.getShort(offset));
                case 4 -> data.getFloat(offset);
                default -> data.getDouble(offset);
            };
            case 'i' -> switch (size) {
                case 1 -> data.get(offset);
                case 2 -> data.getShort(offset);
                case 4 -> data.getInt(offset);
                default -> data.getLong(offset);
            };
            case 'u' -> switch (size) {
                case 1 -> data.get(offset) & 0xff;
                case 2 -> data.getShort(offset) & 0xffff;
                case 4 -> data.getInt(offset) & 0xffffffffL;
                default -> unsignedLong(data.getLong(offset));
            };
            default -> data.get(offset) != 0 ? 1 : 0;
        };
    }

    private static double unsignedLong(long bits) {
        double value = (double) (bits >>> 1) * 2;
        return value + (bits & 1);
    }

    private static IOException unsupported(String descr) {
        String what = switch (descr.length() > 1 ? descr.charAt(1) : '?') {
            case 'O' -> "an object array (pickled Python objects)";
            case 'c' -> "complex numbers";
            case 'U', 'S', 'a' -> "strings";
            case 'M', 'm' -> "dates or time spans";
            case 'V' -> "raw bytes (void)";
            default -> "the dtype '" + descr + "'";
        };
        return new IOException("the array holds " + what + "; LossLens reads float16/32/64, integer and bool arrays");
    }
}
