package org.losslens.app.formula;

import java.util.ArrayList;
import java.util.List;

/**
 * A formula's top-level parts, to be laid out side by side and wrapped onto lines like words
 * (presentation mode keeps the glyphs at a readable size instead of scaling a long formula down).
 * The formulas of {@code formulas.properties} separate their definitions with {@code \quad} or
 * {@code \;} after a comma ({@code L=…,\quad TP=\sum pg,\;FP=…}); a separator inside braces or an
 * environment ({@code \begin{cases}…\end{cases}}) belongs to that part and is kept.
 */
public final class FormulaPieces {

    private static final String[] SEPARATORS = {"\\qquad", "\\quad", "\\;"};

    private FormulaPieces() {
    }

    /** The parts of {@code latex} in order, each valid LaTeX on its own; the whole formula if it has one part. */
    public static List<String> split(String latex) {
        List<String> pieces = new ArrayList<>();
        int depth = 0;
        int environments = 0;
        int start = 0;
        for (int i = 0; i < latex.length(); i++) {
            char c = latex.charAt(i);
            if (c == '\\' && i + 1 < latex.length() && latex.charAt(i + 1) == '\\') {
                i++;
                continue;
            }
            if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth--;
            } else if (c == '\\') {
                if (latex.startsWith("\\begin", i)) {
                    environments++;
                } else if (latex.startsWith("\\end", i)) {
                    environments--;
                } else if (depth == 0 && environments == 0 && i > 0 && latex.charAt(i - 1) == ',') {
                    String separator = separatorAt(latex, i);
                    if (separator != null) {
                        add(pieces, latex.substring(start, i));
                        i += separator.length() - 1;
                        start = i + 1;
                    }
                }
            }
        }
        add(pieces, latex.substring(start));
        return pieces;
    }

    private static String separatorAt(String latex, int i) {
        for (String s : SEPARATORS) {
            // a whole command: "\quad" but not the start of a longer name
            int end = i + s.length();
            if (latex.startsWith(s, i) && (end == latex.length() || !Character.isLetter(latex.charAt(end))
                    || s.equals("\\;"))) {
                return s;
            }
        }
        return null;
    }

    private static void add(List<String> pieces, String piece) {
        if (!piece.isBlank()) {
            pieces.add(piece.strip());
        }
    }
}
