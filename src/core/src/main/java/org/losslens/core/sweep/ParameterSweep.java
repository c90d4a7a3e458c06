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

    /** Series names of {@link Result#gradient()}. */
    public static final String ALL_PIXELS = "mean |∂L/∂logit|";
    public static final String FOREGROUND = "mean |∂L/∂logit| on GT foreground";
    public static final String BACKGROUND = "mean |∂L/∂logit| on GT background";

    /**
     * @param loss     one series named by the loss id
     * @param gradient {@link #ALL_PIXELS}, {@link #FOREGROUND} and {@link #BACKGROUND}: where the loss
     *                 pushes — e.g. Tversky's β moves the push from background (false positives) to
     *                 foreground (false negatives)
     */
    public record Result(Curves loss, Curves gradient) {
    }

    /** Where a parameter's range is open above (smoothing terms, weights), sweeps stop this far above its minimum. */
    public static final double OPEN_RANGE = 10;

    private ParameterSweep() {
    }

    /**
     * {@code points} evenly spaced values across the parameter's catalogue range, the one place the
     * CLI's and the app's parameter sweeps take their grid from. An upper end the catalogue leaves
     * open is closed at min + {@link #OPEN_RANGE}; a minimum the range excludes (top-k's k = 0) is
     * not sampled: the grid then starts one step above it, min + (max − min)/points, and ends at max.
     */
    public static double[] grid(ParamSpec param, int points) {
        if (param.kind() != ParamKind.REAL) {
            throw new IllegalArgumentException("only real parameters can be swept; '" + param.name() + "' is "
                    + param.kind().name().toLowerCase(java.util.Locale.ROOT));
        }
        double max = param.isBounded() ? param.max() : Math.max(OPEN_RANGE, param.min() + OPEN_RANGE);
        double from = param.aboveMin() ? param.min() + (max - param.min()) / points : param.min();
        return Grid.linear(from, max, points);
    }

    /** The loss value and the mean |∂L/∂logit| over all pixels, as one pair of series. */
    public static Curves run(LossSpec spec, Params base, String parameter, double[] values, LossInput input,
                             SweepProgress progress) {
        Result r = sweep(spec, base, parameter, values, input, progress);
        return new Curves(parameter, r.loss().x(), List.of(r.loss().series().get(0), r.gradient().series(ALL_PIXELS)));
    }

    /**
     * The loss value, and its mean gradient magnitude over all, foreground and background pixels. A
     * whole-number parameter is evaluated at the distinct whole numbers nearest the values (the
     * result's x values say which).
     */
    public static Result sweep(LossSpec spec, Params base, String parameter, double[] values, LossInput input,
                               SweepProgress progress) {
        ParamSpec param = spec.param(parameter).orElseThrow(() ->
                new IllegalArgumentException(spec.label() + " has no parameter '" + parameter + "'"));
        if (param.kind() != ParamKind.REAL) {
            throw new IllegalArgumentException("only real parameters can be swept; '" + parameter + "' is "
                    + param.kind().name().toLowerCase(java.util.Locale.ROOT));
        }
        spec.checkApplicable(input);
        if (param.whole()) {
            // a count (iterations, kernel size) is swept over the whole numbers among the values
            values = java.util.Arrays.stream(values).map(Math::rint).distinct().toArray();
        }
        double[] loss = new double[values.length];
        double[] all = new double[values.length];
        double[] foreground = new double[values.length];
        double[] background = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            SweepProgress.check(progress);
            Params p = base.with(spec.label(), spec.params(), parameter, values[i]);
            LossResult r = spec.create(p).evaluate(input);
            loss[i] = r.value();
            all[i] = GradientSplit.all(r.gradient());
            foreground[i] = GradientSplit.foreground(r.gradient(), input.target());
            background[i] = GradientSplit.background(r.gradient(), input.target());
            progress.completed(i + 1, values.length);
        }
        double[] x = values.clone();
        return new Result(new Curves(parameter, x, List.of(new Curves.Series(spec.id(), loss))),
                new Curves(parameter, x, List.of(new Curves.Series(ALL_PIXELS, all),
                        new Curves.Series(FOREGROUND, foreground), new Curves.Series(BACKGROUND, background))));
    }
}
