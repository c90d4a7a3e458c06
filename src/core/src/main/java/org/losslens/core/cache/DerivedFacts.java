package org.losslens.core.cache;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The facts derived from one immutable owner (a ground truth, a prediction, or the pair), each
 * computed on first use and then reused. The function is the key, so callers pass the same (static)
 * function instance each time.
 *
 * <p>A fact may be built from another fact of the same owner (a contour from the thresholded mask),
 * so it is computed outside the map — {@code ConcurrentHashMap.computeIfAbsent} forbids such nested
 * updates. Two threads asking for the same missing fact at once may both compute it; the owner is
 * immutable, so both get equal values and the first one stored is kept.
 */
public final class DerivedFacts<O> {

    private final Map<Function<O, ?>, Object> facts = new ConcurrentHashMap<>();

    @SuppressWarnings("unchecked")
    public <T> T get(O owner, Function<O, T> fact) {
        Object value = facts.get(fact);
        if (value == null) {
            value = fact.apply(owner);
            Object earlier = facts.putIfAbsent(fact, value);
            if (earlier != null) {
                value = earlier;
            }
        }
        return (T) value;
    }
}
