package org.losslens.core.sweep;

import java.util.List;
import org.losslens.core.loss.LossInput;
import org.losslens.core.loss.LossResult;
import org.losslens.core.loss.LossSpec;
import org.losslens.core.loss.param.ParamKind;
import org.losslens.core.loss.param.ParamSpec;
import org.losslens.core.loss.param.Params;

/**
 * One loss on fixed masks against one of its real parameters (e.g. Tversky against β): the value and
 * the mean |∂L/∂logit| at each parameter value, all other parameters as given.
 */
public final class ParameterSweep {

    private ParameterSweep() {
    }

    public static Curves run(LossSpec spec, Params base, String parameter, double[] values, LossInput input,
                             SweepProgress progress) {
        ParamSpec param = spec.param(parameter).orElseThrow(() ->
                new IllegalArgumentException(spec.label() + " has no parameter '" + parameter + "'"));
        if (param.kind() != ParamKind.REAL) {
            throw new IllegalArgumentException("only real parameters can be swept; '" + parameter + "' is "
                    + param.kind().name().toLowerCase(java.util.Locale.ROOT));
        }
        spec.checkApplicable(input);
        double[] loss = new double[values.length];
        double[] meanAbsGradient = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            SweepProgress.check(progress);
            Params p = base.with(spec.label(), spec.params(), parameter, values[i]);
            LossResult r = spec.create(p).evaluate(input);
            loss[i] = r.value();
            double sum = 0;
            for (int k = 0; k < r.gradient().size(); k++) {
                sum += Math.abs(r.gradient().get(k));
            }
            meanAbsGradient[i] = sum / r.gradient().size();
            progress.completed(i + 1, values.length);
        }
        return new Curves(parameter, values.clone(), List.of(
                new Curves.Series(spec.id(), loss), new Curves.Series("mean |∂L/∂logit|", meanAbsGradient)));
    }
}
