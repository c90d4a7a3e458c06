package org.losslens.app.mainwindow;

import javafx.beans.value.ObservableValue;
import org.losslens.app.charts.confidence.ConfidenceViewModel;
import org.losslens.app.charts.generator.GeneratorSweepViewModel;
import org.losslens.app.charts.imbalance.ImbalanceViewModel;
import org.losslens.app.charts.parameter.ParameterSweepViewModel;
import org.losslens.app.comparison.LossSelection;
import org.losslens.app.comparison.SmallMultiplesViewModel;
import org.losslens.app.compute.Evaluation;
import org.losslens.app.editor.EditorViewModel;
import org.losslens.app.formula.FormulaViewModel;
import org.losslens.app.generator.GeneratorViewModel;
import org.losslens.app.guess.GuessViewModel;
import org.losslens.app.heatmap.HeatmapViewModel;
import org.losslens.app.i18n.Messages;
import org.losslens.app.losses.LossTableViewModel;
import org.losslens.app.multiclass.ModeViewModel;
import org.losslens.app.optimise.OptimiseViewModel;
import org.losslens.app.parameters.ParametersViewModel;
import org.losslens.app.pin.PinViewModel;
import org.losslens.app.viewstate.ViewStateViewModel;
import org.losslens.app.presentation.PresentationViewModel;
import org.losslens.app.scenarios.ScenarioViewModel;
import org.losslens.app.viewport.ViewportViewModel;

/**
 * The view models of the main window's views, as the composition root built them: the window hands
 * each view its own and nothing else (it is a list of parts, not a service to ask for more).
 *
 * @param shown    the newest evaluation on display, from its first stage on (the metrics read it)
 * @param viewport the zoom and pan the editor and every heatmap share
 */
public record WindowModels(Messages messages, EditorViewModel editor, ModeViewModel mode,
                           GeneratorViewModel generator, LossTableViewModel losses, ParametersViewModel parameters,
                           HeatmapViewModel heatmap, ObservableValue<Evaluation> shown, FormulaViewModel formula,
                           ScenarioViewModel scenarios, PresentationViewModel presentation,
                           SmallMultiplesViewModel smallMultiples, LossSelection comparison,
                           ImbalanceViewModel imbalance, LossSelection imbalanceLosses, ConfidenceViewModel confidence,
                           ParameterSweepViewModel parameterSweep, OptimiseViewModel optimise,
                           PinViewModel pin, ViewStateViewModel view,
                           GeneratorSweepViewModel generatorSweep, LossSelection generatorSweepLosses,
                           GuessViewModel guess, ViewportViewModel viewport) {
}
