package org.losslens.core.catalogue;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.losslens.core.loss.LossSpec;
import org.losslens.core.loss.Mode;
import org.losslens.core.loss.boundary.ActiveContour;
import org.losslens.core.loss.boundary.Boundary;
import org.losslens.core.loss.boundary.BoundaryDifferenceOverUnion;
import org.losslens.core.loss.boundary.HausdorffDistanceTransform;
import org.losslens.core.loss.boundary.LogHausdorffDistanceTransform;
import org.losslens.core.loss.boundary.ShapeAware;
import org.losslens.core.loss.compound.AsymmetricUnifiedFocal;
import org.losslens.core.loss.compound.Combo;
import org.losslens.core.loss.compound.DiceCrossEntropy;
import org.losslens.core.loss.compound.DiceFocal;
import org.losslens.core.loss.compound.ExponentialLogarithmic;
import org.losslens.core.loss.compound.GeneralizedDiceFocal;
import org.losslens.core.loss.distribution.AsymmetricFocal;
import org.losslens.core.loss.distribution.BinaryCrossEntropy;
import org.losslens.core.loss.distribution.Conservative;
import org.losslens.core.loss.distribution.CrossEntropy;
import org.losslens.core.loss.distribution.DistancePenalisedCrossEntropy;
import org.losslens.core.loss.distribution.GeneralizedCrossEntropy;
import org.losslens.core.loss.distribution.LabelSmoothedBinaryCrossEntropy;
import org.losslens.core.loss.distribution.LabelSmoothedCrossEntropy;
import org.losslens.core.loss.distribution.MeanSquaredError;
import org.losslens.core.loss.distribution.NeighbourAwareCalibration;
import org.losslens.core.loss.distribution.PolyOne;
import org.losslens.core.loss.distribution.SigmoidFocal;
import org.losslens.core.loss.distribution.SoftmaxFocal;
import org.losslens.core.loss.distribution.TopK;
import org.losslens.core.loss.graph.NonAdjacency;
import org.losslens.core.loss.region.AsymmetricFocalTversky;
import org.losslens.core.loss.region.Dice;
import org.losslens.core.loss.region.FocalTversky;
import org.losslens.core.loss.region.GeneralizedDice;
import org.losslens.core.loss.region.GeneralizedWassersteinDice;
import org.losslens.core.loss.region.LogCoshDice;
import org.losslens.core.loss.region.LovaszHinge;
import org.losslens.core.loss.region.LovaszSoftmax;
import org.losslens.core.loss.region.MatthewsCorrelation;
import org.losslens.core.loss.region.SensitivitySpecificity;
import org.losslens.core.loss.region.Tversky;
import org.losslens.core.loss.topology.DiceClDice;
import org.losslens.core.loss.topology.SkeletonRecall;
import org.losslens.core.loss.topology.SoftClDice;

/**
 * Every loss LossLens knows, one entry per (id, mode). This is the single list: the CLI's help,
 * the app's table and sliders, and the tests read it; nothing else enumerates the losses.
 */
public final class LossCatalogue {

    private static final List<LossSpec> ENTRIES = build();

    private LossCatalogue() {
    }

    /**
     * In the order of the reference catalogue: the first batch (binary, then multiclass, families
     * interleaved as there), then the second batch of 21 entries in its own order.
     */
    private static List<LossSpec> build() {
        return List.of(
                BinaryCrossEntropy.BCE,
                BinaryCrossEntropy.WEIGHTED,
                BinaryCrossEntropy.BALANCED,
                SigmoidFocal.SPEC,
                DistancePenalisedCrossEntropy.SPEC,
                TopK.SPEC,
                MeanSquaredError.SPEC,
                Dice.BINARY,
                Dice.IOU,
                Tversky.BINARY,
                FocalTversky.SPEC,
                SensitivitySpecificity.SPEC,
                LogCoshDice.SPEC,
                LovaszHinge.SPEC,
                Boundary.SPEC,
                HausdorffDistanceTransform.SPEC,
                ShapeAware.SPEC,
                ActiveContour.SPEC,
                DiceCrossEntropy.BINARY,
                DiceFocal.SPEC,
                Combo.SPEC,
                ExponentialLogarithmic.SPEC,
                CrossEntropy.SPEC,
                SoftmaxFocal.SPEC,
                Dice.MULTICLASS,
                Tversky.MULTICLASS,
                GeneralizedDice.SPEC,
                GeneralizedWassersteinDice.SPEC,
                GeneralizedDiceFocal.SPEC,
                DiceCrossEntropy.MULTICLASS,
                LovaszSoftmax.SPEC,
                NonAdjacency.SPEC,
                Conservative.BINARY,
                Conservative.MULTICLASS,
                SoftClDice.BINARY,
                SoftClDice.MULTICLASS,
                DiceClDice.BINARY,
                DiceClDice.MULTICLASS,
                LogHausdorffDistanceTransform.BINARY,
                LogHausdorffDistanceTransform.MULTICLASS,
                AsymmetricFocal.SPEC,
                AsymmetricFocalTversky.SPEC,
                AsymmetricUnifiedFocal.SPEC,
                NeighbourAwareCalibration.SPEC,
                MatthewsCorrelation.SPEC,
                LabelSmoothedBinaryCrossEntropy.SPEC,
                LabelSmoothedCrossEntropy.SPEC,
                PolyOne.BINARY,
                PolyOne.MULTICLASS,
                GeneralizedCrossEntropy.BINARY,
                GeneralizedCrossEntropy.MULTICLASS,
                SkeletonRecall.BINARY,
                SkeletonRecall.MULTICLASS,
                BoundaryDifferenceOverUnion.BINARY,
                BoundaryDifferenceOverUnion.MULTICLASS);
    }

    /** All entries, in catalogue order. */
    public static List<LossSpec> all() {
        return ENTRIES;
    }

    /** The entries of one mode, grouped by family in family order. */
    public static List<LossSpec> forMode(Mode mode) {
        return ENTRIES.stream().filter(s -> s.mode() == mode)
                .sorted(Comparator.comparing(LossSpec::family))
                .collect(Collectors.toList());
    }

    public static Optional<LossSpec> find(String id, Mode mode) {
        return ENTRIES.stream().filter(s -> s.id().equals(id) && s.mode() == mode).findFirst();
    }

    /**
     * The entry for (id, mode).
     *
     * @throws UnknownLossException naming what exists when there is no such entry
     */
    public static LossSpec require(String id, Mode mode) {
        return find(id, mode).orElseThrow(() -> {
            List<String> modes = ENTRIES.stream().filter(s -> s.id().equals(id)).map(s -> s.mode().id()).toList();
            if (!modes.isEmpty()) {
                return new UnknownLossException("loss '" + id + "' has no " + mode.id() + " mode (it has: "
                        + String.join(", ", modes) + ")");
            }
            return new UnknownLossException("unknown loss '" + id + "'; known " + mode.id() + " losses: "
                    + ENTRIES.stream().filter(s -> s.mode() == mode).map(LossSpec::id)
                    .collect(Collectors.joining(", ")));
        });
    }
}
