package org.losslens.cli.eval;

import org.losslens.core.catalogue.LossCatalogue;
import org.losslens.core.loss.LossInput;
import org.losslens.core.loss.LossResult;
import org.losslens.core.loss.LossSpec;
import org.losslens.core.loss.Mode;
import org.losslens.core.loss.Target;
import org.losslens.core.loss.param.Params;
import org.losslens.core.tensor.Shape;
import org.losslens.core.tensor.Tensor;

/** Scores one {@link ReferenceCase} with the core, turning every rejection into a {@link CaseException}. */
public final class CaseEvaluator {

    public LossResult evaluate(ReferenceCase c) throws CaseException {
        try {
            Mode mode = Mode.fromId(c.mode());
            LossSpec spec = LossCatalogue.require(c.loss(), mode);
            if (!spec.implemented()) {
                throw new CaseException(c.id(), "loss " + spec.label() + " is not implemented yet");
            }
            Params params = spec.bind(c.params(), true);
            LossInput input = LossInput.of(logits(c, mode), target(c, mode));
            LossResult result = spec.evaluate(params, input);
            if (!Double.isFinite(result.value()) || !result.gradient().isFinite()) {
                throw new CaseException(c.id(), "the loss is not finite for this input (value " + result.value() + ")");
            }
            return result;
        } catch (IllegalArgumentException | UnsupportedOperationException e) {
            throw new CaseException(c.id(), e.getMessage());
        }
    }

    private static Tensor logits(ReferenceCase c, Mode mode) throws CaseException {
        int[] s = c.shape();
        Shape shape = new Shape(s[0], s[1], s[2]);
        if (mode == Mode.BINARY && shape.channels() != 1) {
            throw new CaseException(c.id(), "binary mode needs shape [1, H, W], got " + shape);
        }
        if (mode == Mode.MULTICLASS && shape.channels() < 2) {
            throw new CaseException(c.id(), "multiclass mode needs at least 2 channels, got " + shape);
        }
        if (c.logits().length != shape.size()) {
            throw new CaseException(c.id(), "shape " + shape + " needs " + shape.size() + " logits, got "
                    + c.logits().length);
        }
        requireFinite(c, "logits", c.logits());
        return Tensor.of(shape, c.logits());
    }

    private static Target target(ReferenceCase c, Mode mode) throws CaseException {
        int channels = c.shape()[0];
        int height = c.shape()[1];
        int width = c.shape()[2];
        double[] values = c.target();
        if (values.length != height * width) {
            throw new CaseException(c.id(), "target needs H·W = " + height * width + " values, got " + values.length);
        }
        requireFinite(c, "target", values);
        if (mode == Mode.BINARY) {
            return Target.binary(height, width, values);
        }
        int[] labels = new int[values.length];
        for (int i = 0; i < values.length; i++) {
            if (values[i] != Math.rint(values[i])) {
                throw new CaseException(c.id(), "multiclass target must hold integer labels; pixel " + i + " is "
                        + values[i]);
            }
            labels[i] = (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, values[i]));
        }
        return Target.labels(channels, height, width, labels);
    }

    private static void requireFinite(ReferenceCase c, String field, double[] values) throws CaseException {
        for (int i = 0; i < values.length; i++) {
            if (!Double.isFinite(values[i])) {
                throw new CaseException(c.id(), field + " entry " + i + " is " + values[i] + " (NaN/Inf not allowed)");
            }
        }
    }
}
