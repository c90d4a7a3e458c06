package org.losslens.core.loss;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.losslens.core.loss.param.ParamSpec;
import org.losslens.core.loss.param.Params;

/**
 * Parameter sets at the corners of a loss's parameter space: the defaults, then each parameter
 * alone moved to each end of its range (γ = 0, α/β at 0 and 1, smooth = 0 where allowed, every
 * flag and choice), everything else at its default.
 */
final class ParameterCorners {

    /** A named parameter set. */
    record Corner(String name, Params params) {
        @Override
        public String toString() {
            return name;
        }
    }

    private ParameterCorners() {
    }

    /**
     * Evaluates, accepting one outcome besides a result: a corner the loss rejects for this input
     * with a message naming the parameter (e.g. top-k with k = 0 selects no pixel). Returns null then.
     */
    static LossResult evaluateOrRejected(LossSpec spec, Corner corner, LossInput input) {
        try {
            return spec.create(corner.params()).evaluate(input);
        } catch (IllegalArgumentException e) {
            org.junit.jupiter.api.Assertions.assertTrue(e.getMessage() != null && e.getMessage().contains("parameter '"),
                    spec.label() + " " + corner + " rejected without naming a parameter: " + e.getMessage());
            return null;
        }
    }

    static List<Corner> of(LossSpec spec, int classes) {
        List<Corner> corners = new ArrayList<>();
        corners.add(new Corner("defaults", spec.defaults()));
        for (ParamSpec p : spec.params()) {
            for (Object value : endValues(p, classes)) {
                Map<String, Object> raw = new LinkedHashMap<>();
                Params defaults = spec.defaults();
                for (String name : defaults.names()) {
                    raw.put(name, defaults.get(name));
                }
                raw.put(p.name(), value);
                corners.add(new Corner(p.name() + "=" + describe(value), spec.bind(raw, true)));
            }
        }
        return corners;
    }

    private static List<Object> endValues(ParamSpec p, int classes) {
        return switch (p.kind()) {
            // an excluded minimum (top-k's k in (0, 100]) is approached from above
            case REAL -> List.of(p.aboveMin() ? Math.nextUp(p.min()) : p.min(), Double.isFinite(p.max()) ? p.max() : 10.0);
            case FLAG -> List.of(!(Boolean) p.defaultValue());
            case CHOICE -> new ArrayList<>(p.choices().stream().filter(c -> !c.equals(p.defaultValue())).toList());
            case CLASS_WEIGHTS -> {
                List<Double> w = new ArrayList<>();
                for (int c = 0; c < classes; c++) {
                    w.add(0.5 + c);
                }
                yield List.of(w);
            }
            case CLASS_MATRIX -> {
                List<List<Double>> m = new ArrayList<>();
                for (int r = 0; r < classes; r++) {
                    List<Double> row = new ArrayList<>();
                    for (int c = 0; c < classes; c++) {
                        row.add(r == c ? 0.0 : 1.0);
                    }
                    m.add(row);
                }
                yield List.of(m);
            }
        };
    }

    private static String describe(Object value) {
        return value instanceof List<?> ? "custom" : String.valueOf(value);
    }
}
