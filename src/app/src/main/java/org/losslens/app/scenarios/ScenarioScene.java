package org.losslens.app.scenarios;

import java.util.ArrayList;
import java.util.List;
import org.losslens.app.editor.MaskPainting;
import org.losslens.app.generator.GeneratorViewModel;
import org.losslens.app.masks.Masks;
import org.losslens.core.loss.Mode;
import org.losslens.core.synthesis.PredictionRecipe;

/** Builds a scenario's masks: GT shapes, then the generated prediction, then the painted stamps. */
public final class ScenarioScene {

    private ScenarioScene() {
    }

    public static Masks masks(Scenario s) {
        int n = s.size() * s.size();
        Masks m;
        if (s.mode() == Mode.BINARY) {
            m = Masks.blank(s.size());
        } else {
            double[] p = new double[s.classes() * n];
            java.util.Arrays.fill(p, 0, n, 1);
            m = Masks.labelled(s.classes(), s.size(), s.size(), new double[n], p);
        }
        for (Scenario.Shape shape : s.groundTruth()) {
            int label = s.mode() == Mode.BINARY ? 1 : shape.label();
            m = shape.kind().equals("disc")
                    ? MaskPainting.stampGroundTruth(m, shape.x0(), shape.y0(), shape.x1(), label)
                    : MaskPainting.fillRectangle(m, shape.x0(), shape.y0(), shape.x1(), shape.y1(), label);
        }
        m = s.mode() == Mode.BINARY ? GeneratorViewModel.generate(m, s.recipes().getOrDefault(1,
                PredictionRecipe.defaults())) : GeneratorViewModel.generate(m, recipes(s));
        for (Scenario.Stamp stamp : s.paint()) {
            m = s.mode() == Mode.BINARY
                    ? MaskPainting.stampProbability(m, stamp.x(), stamp.y(), stamp.radius(), stamp.p(), 0)
                    : MaskPainting.strokeClassProbability(m, stamp.x(), stamp.y(), stamp.x(), stamp.y(), stamp.radius(),
                    stamp.label(), stamp.p(), 0);
        }
        return m;
    }

    /** One recipe per label (index = label), the scenario's or the generator's default. */
    public static List<PredictionRecipe> recipes(Scenario s) {
        List<PredictionRecipe> out = new ArrayList<>();
        for (int label = 0; label < Masks.MAX_CLASSES; label++) {
            out.add(s.recipes().getOrDefault(label, PredictionRecipe.defaults()));
        }
        return out;
    }
}
