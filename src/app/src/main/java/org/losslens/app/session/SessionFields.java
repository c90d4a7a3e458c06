package org.losslens.app.session;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigInteger;

/**
 * Strict readers of a session file's fields: a value of the wrong type, a fraction where a whole
 * number belongs, a number too large for its type or outside its documented range is refused with
 * its field's path and the range (Jackson's lenient {@code asInt()} would read "abc" as 0 and
 * 4294967297 as 1). Every failure is an {@link IllegalArgumentException}, which the codec reports
 * as a damaged file.
 */
final class SessionFields {

    private SessionFields() {
    }

    static JsonNode required(JsonNode node, String path, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            throw new IllegalArgumentException("missing \"" + join(path, field) + "\"");
        }
        return value;
    }

    /** A whole number in [min, max]. */
    static int integer(JsonNode node, String path, String field, long min, long max) {
        JsonNode value = required(node, path, field);
        if (!value.isIntegralNumber()) {
            throw new IllegalArgumentException(join(path, field) + " must be a whole number, got " + value);
        }
        BigInteger v = value.bigIntegerValue();
        if (v.compareTo(BigInteger.valueOf(min)) < 0 || v.compareTo(BigInteger.valueOf(max)) > 0) {
            throw new IllegalArgumentException(join(path, field) + " is " + v + "; it must be " + min + " to " + max);
        }
        return v.intValue();
    }

    /** Any whole number that fits a long (a seed). */
    static long wholeLong(JsonNode node, String path, String field) {
        JsonNode value = required(node, path, field);
        if (!value.isIntegralNumber() || !value.canConvertToLong()) {
            throw new IllegalArgumentException(join(path, field) + " must be a whole number (64-bit), got " + value);
        }
        return value.longValue();
    }

    /** A finite number in [min, max]. */
    static double real(JsonNode node, String path, String field, double min, double max) {
        JsonNode value = required(node, path, field);
        if (!value.isNumber()) {
            throw new IllegalArgumentException(join(path, field) + " must be a number, got " + value);
        }
        double v = value.doubleValue();
        if (!(v >= min && v <= max)) {
            throw new IllegalArgumentException(join(path, field) + " is " + v + "; it must be " + min + " to " + max);
        }
        return v;
    }

    static boolean bool(JsonNode node, String path, String field) {
        JsonNode value = required(node, path, field);
        if (!value.isBoolean()) {
            throw new IllegalArgumentException(join(path, field) + " must be true or false, got " + value);
        }
        return value.booleanValue();
    }

    static String text(JsonNode node, String path, String field) {
        JsonNode value = required(node, path, field);
        if (!value.isTextual()) {
            throw new IllegalArgumentException(join(path, field) + " must be text, got " + value);
        }
        return value.textValue();
    }

    /** One of an enum's constants, written as its name in any case; otherwise the list of names. */
    static <E extends Enum<E>> E choice(JsonNode node, String path, String field, Class<E> type) {
        String written = text(node, path, field);
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equalsIgnoreCase(written)) {
                return constant;
            }
        }
        throw new IllegalArgumentException(join(path, field) + " is \"" + written + "\"; it must be one of "
                + java.util.Arrays.toString(type.getEnumConstants()).toLowerCase(java.util.Locale.ROOT));
    }

    private static String join(String path, String field) {
        return path.isEmpty() ? field : path + "." + field;
    }
}
