package org.losslens.core.loss.topology;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.losslens.core.loss.GradientProbe.randomBinaryTarget;
import static org.losslens.core.loss.GradientProbe.randomLabels;
import static org.losslens.core.loss.GradientProbe.randomLogits;

import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.losslens.core.loss.Loss;
import org.losslens.core.loss.LossInput;
import org.losslens.core.loss.LossResult;
import org.losslens.core.loss.Target;
import org.losslens.core.tensor.Tensor;

/**
 * soft_cldice and dice_cldice share clDice's value and gradient through the input's cache: a loss that
 * reads a term another loss (or the same loss with other parameters) left behind must give exactly the
 * numbers it gives on a fresh input, where it computes the term itself.
 */
class SharedClDiceTermTest {

    @ParameterizedTest
    @ValueSource(ints = {1, 3})
    void aCachedTermGivesTheNumbersOfAFreshInput(int classes) {
        Random rng = new Random(5 + classes);
        Tensor x = randomLogits(rng, classes == 1 ? 1 : classes, 9, 11, 2);
        Target t = classes == 1 ? randomBinaryTarget(rng, 9, 11, 0.4) : randomLabels(rng, classes, 9, 11);
        LossInput shared = LossInput.of(x, t);
        Loss[] sequence = {
                new SoftClDice(3, 1.0), new DiceClDice(3, 0.5, 1.0), new DiceClDice(3, 0.2, 1.0),
                new SoftClDice(2, 1.0), new DiceClDice(3, 0.7, 0.5), new SoftClDice(3, 0.5),
                new DiceClDice(3, 0.0, 1.0), new SoftClDice(3, 1.0), new DiceClDice(2, 0.9, 1.0),
                new SoftClDice(1, 2.0), new DiceClDice(3, 0.5, 1.0)};
        for (Loss loss : sequence) {
            LossResult fromShared = loss.evaluate(shared);
            LossResult fromFresh = loss.evaluate(LossInput.of(x, t));
            assertEquals(fromFresh.value(), fromShared.value(), 0.0);
            assertArrayEquals(fromFresh.gradient().toArray(), fromShared.gradient().toArray(), 0.0);
        }
    }
}
