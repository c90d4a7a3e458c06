package org.losslens.cli.eval;

import java.util.Map;

/**
 * One line of the reference-case format (see the refcases README): which loss, its parameters, and
 * the logits (C·H·W, row-major) and target (H·W) it is scored on. Expected values, if present, are
 * not read: eval computes them.
 */
public record ReferenceCase(String id, String loss, String mode, Map<String, Object> params, int[] shape,
                            double[] logits, double[] target) {
}
