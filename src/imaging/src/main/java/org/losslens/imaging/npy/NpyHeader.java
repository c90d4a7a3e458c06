package org.losslens.imaging.npy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The header of a {@code .npy} file: the Python dict literal that follows the magic string and the
 * header length, e.g. {@code {'descr': '<f8', 'fortran_order': False, 'shape': (3, 4), }} (NumPy
 * Enhancement Proposal 1, "A simple file format for NumPy arrays", and {@code numpy.lib.format}).
 * Only the literals that format writes are accepted: quoted strings, True/False, tuples of integers.
 * A {@code descr} that is a list (a structured dtype) is refused with its own message.
 */
record NpyHeader(String descr, boolean fortranOrder, int[] shape) {

    static NpyHeader parse(String text) throws IOException {
        Map<String, Object> dict = new LiteralParser(text).dict();
        Object descr = dict.get("descr");
        Object fortran = dict.get("fortran_order");
        Object shape = dict.get("shape");
        if (descr instanceof List<?>) {
            throw new IOException("the array has a structured dtype (fields " + descr
                    + "); LossLens reads arrays of plain numbers");
        }
        if (!(descr instanceof String d) || !(fortran instanceof Boolean f) || !(shape instanceof int[] s)) {
            throw new IOException("the .npy header lacks 'descr', 'fortran_order' or 'shape': " + text.strip());
        }
        return new NpyHeader(d, f, s);
    }

    static String shapeText(int[] shape) {
        StringBuilder text = new StringBuilder("(");
        for (int i = 0; i < shape.length; i++) {
            text.append(i == 0 ? "" : ", ").append(shape[i]);
        }
        return text.append(shape.length == 1 ? ",)" : ")").toString();
    }

    /** A recursive-descent reader of the few Python literals a .npy header holds. */
    private static final class LiteralParser {
        private final String text;
        private int at;

        LiteralParser(String text) {
            this.text = text;
        }

        Map<String, Object> dict() throws IOException {
            expect('{');
            Map<String, Object> dict = new LinkedHashMap<>();
            while (!peek('}')) {
                Object key = value();
                if (!(key instanceof String name)) {
                    throw error("a quoted key");
                }
                expect(':');
                dict.put(name, value());
                if (!peek('}')) {
                    expect(',');
                }
            }
            expect('}');
            skipSpace();
            if (at != text.length()) {
                throw error("the end of the header");
            }
            return dict;
        }

        private Object value() throws IOException {
            skipSpace();
            if (at >= text.length()) {
                throw error("a value");
            }
            char c = text.charAt(at);
            if (c == '\'' || c == '"') {
                return string(c);
            }
            if (c == '(') {
                return tuple();
            }
            if (c == '[') {
                return list();
            }
            if (text.startsWith("True", at)) {
                at += 4;
                return Boolean.TRUE;
            }
            if (text.startsWith("False", at)) {
                at += 5;
                return Boolean.FALSE;
            }
            if (Character.isDigit(c) || c == '-') {
                return integer();
            }
            throw error("a string, True, False, a number or a tuple");
        }

        private String string(char quote) throws IOException {
            int end = text.indexOf(quote, at + 1);
            if (end < 0) {
                throw error("a closing quote");
            }
            String s = text.substring(at + 1, end);
            at = end + 1;
            return s;
        }

        private int[] tuple() throws IOException {
            expect('(');
            List<Long> dims = new ArrayList<>();
            while (!peek(')')) {
                if (!(value() instanceof Long dim)) {
                    throw error("an integer dimension");
                }
                dims.add(dim);
                if (!peek(')')) {
                    expect(',');
                }
            }
            expect(')');
            int[] shape = new int[dims.size()];
            for (int i = 0; i < shape.length; i++) {
                long d = dims.get(i);
                if (d < 0 || d > Integer.MAX_VALUE) {
                    throw new IOException("the .npy header declares an impossible dimension " + d);
                }
                shape[i] = (int) d;
            }
            return shape;
        }

        private List<Object> list() throws IOException {
            expect('[');
            List<Object> items = new ArrayList<>();
            int depth = 1;
            int start = at;
            // A structured dtype's field list is only reported, never interpreted: skip to its end.
            while (at < text.length() && depth > 0) {
                char c = text.charAt(at++);
                depth += c == '[' ? 1 : c == ']' ? -1 : 0;
            }
            if (depth > 0) {
                throw error("a closing ]");
            }
            items.add(text.substring(start, at - 1));
            return items;
        }

        private Long integer() throws IOException {
            int start = at;
            if (text.charAt(at) == '-') {
                at++;
            }
            while (at < text.length() && Character.isDigit(text.charAt(at))) {
                at++;
            }
            String digits = text.substring(start, at);
            if (at < text.length() && text.charAt(at) == 'L') {
                at++; // Python 2 wrote long integers with a suffix
            }
            try {
                return Long.parseLong(digits);
            } catch (NumberFormatException e) {
                throw new IOException("the .npy header declares an impossible dimension " + digits, e);
            }
        }

        private boolean peek(char c) {
            skipSpace();
            return at < text.length() && text.charAt(at) == c;
        }

        private void expect(char c) throws IOException {
            if (!peek(c)) {
                throw error("'" + c + "'");
            }
            at++;
        }

        private void skipSpace() {
            while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
                at++;
            }
        }

        private IOException error(String expected) {
            return new IOException("the .npy header is malformed: expected " + expected + " at character " + at
                    + " of " + text.strip());
        }
    }
}
