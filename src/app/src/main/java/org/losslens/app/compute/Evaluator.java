package org.losslens.app.compute;

/** Turns a request into a result on the compute thread; one instance per thread (may keep caches). */
@FunctionalInterface
public interface Evaluator {
    Evaluation evaluate(EvaluationRequest request);
}
