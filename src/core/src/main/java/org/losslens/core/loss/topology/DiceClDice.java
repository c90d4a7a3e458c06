package org.losslens.core.loss.topology;

import org.losslens.core.activation.Activations;
import org.losslens.core.loss.Family;
import org.losslens.core.loss.Loss;
import org.losslens.core.loss.LossInput;
import org.losslens.core.loss.LossSpec;
import org.losslens.core.loss.Mode;
import org.losslens.core.loss.Target;
import org.losslens.core.loss.param.ParamRole;
import org.losslens.core.loss.param.ParamSpec;

/**
 * Soft Dice + clDice (Shit et al., CVPR 2021, eq. 4), as MONAI's {@code SoftDiceclDiceLoss}:
 * <pre>
 *   L = (1 − α)·softDice + α·clDice,   softDice = 1 − (2·Σ T·P + smooth) / (Σ T + Σ P + smooth)
 * </pre>
 * over the same channels as clDice (binary: the foreground; multiclass: channels 1..C−1 pooled into
 * one sum, not a per-class mean). ∂softDice/∂P_i = −(2T_i − coeff)/(Σ T + Σ P + smooth).
 */
public final class DiceClDice implements Loss {

    public static final LossSpec BINARY = spec(Mode.BINARY,
            "MONAI SoftDiceclDiceLoss(iter_, alpha, smooth) on [1 − σ(x), σ(x)] vs [1 − t, t], channel 0 dropped "
                    + "(Shit et al. 2021, eq. 4)");

    public static final LossSpec MULTICLASS = spec(Mode.MULTICLASS,
            "MONAI SoftDiceclDiceLoss(iter_, alpha, smooth) on softmax(x) vs one_hot(y), channel 0 dropped, "
                    + "channels 1..C−1 pooled (Shit et al. 2021, eq. 4)");

    private final int iterations;
    private final double alpha;
    private final double smooth;

    public DiceClDice(int iterations, double alpha, double smooth) {
        this.iterations = iterations;
        this.alpha = alpha;
        this.smooth = smooth;
    }

    private static LossSpec spec(Mode mode, String reference) {
        LossSpec.Builder b = LossSpec.builder("dice_cldice", mode, Family.TOPOLOGY)
                .title("Soft Dice + clDice")
                .summary("(1 − α)·soft Dice + α·clDice over the foreground channels: Dice keeps the area right, "
                        + "clDice keeps thin structures connected.")
                .reference(reference)
                .gradientNote("The GT's soft skeleton is a constant; the clDice part's gradient flows through the "
                        + "predicted soft skeleton along the pixels its min/max pooling selected.")
                .param(SoftClDice.iterationsParam())
                .param(ParamSpec.real("alpha", 0.5, 0, 1, ParamRole.ALPHA,
                        "weight of the clDice term; soft Dice gets 1 − α (α = 0: Dice alone, α = 1: clDice alone)"))
                .param(ParamSpec.real("smooth", 1.0, 1e-5, 10.0, ParamRole.NONE,
                        "added to numerator and denominator of soft Dice, topology precision and sensitivity"))
                .factory(p -> new DiceClDice(p.whole("iter_"), p.real("alpha"), p.real("smooth")));
        if (mode == Mode.BINARY) {
            b.softTargets();
        }
        return b.build();
    }

    @Override
    public double accumulate(LossInput input, double scale, double[] gradient) {
        Activations a = input.activations();
        Target t = input.target();
        double[] targetValues = t.oneHotValues();
        int n = input.pixels();
        int first = SkeletonOverlap.firstKeptChannel(input);
        double[] dLossDProbability = new double[input.shape().size()];
        double clDice = SkeletonOverlap.clDice(input, iterations, smooth, alpha, dLossDProbability);
        double intersection = 0;
        double total = 0;
        for (int k = first * n; k < input.shape().size(); k++) {
            double tk = targetValues[k];
            intersection += tk * a.probability(k);
            total += tk + a.probability(k);
        }
        double denominator = total + smooth;
        double coefficient = (2 * intersection + smooth) / denominator;
        for (int k = first * n; k < input.shape().size(); k++) {
            dLossDProbability[k] -= (1 - alpha) * (2 * targetValues[k] - coefficient) / denominator;
        }
        a.backpropagate(dLossDProbability, scale, gradient);
        return (1 - alpha) * (1 - coefficient) + alpha * clDice;
    }
}
