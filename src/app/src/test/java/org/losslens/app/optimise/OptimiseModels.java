package org.losslens.app.optimise;

import javafx.beans.property.SimpleObjectProperty;
import org.losslens.app.Workbench;
import org.losslens.app.parameters.ParameterSet;
import org.losslens.core.catalogue.LossCatalogue;
import org.losslens.core.loss.Mode;

/** The Optimise view model as the tests use it: the default scene, default parameters, no toolkit. */
final class OptimiseModels {

    private OptimiseModels() {
    }

    /** Results are delivered on the worker thread (no FX thread in these tests). */
    static OptimiseViewModel onDefaultScene(int size) {
        return new OptimiseViewModel(LossCatalogue.forMode(Mode.BINARY),
                new SimpleObjectProperty<>(Workbench.defaultMasks(size)),
                new SimpleObjectProperty<>(ParameterSet.defaults(LossCatalogue.forMode(Mode.BINARY))), Runnable::run);
    }
}
