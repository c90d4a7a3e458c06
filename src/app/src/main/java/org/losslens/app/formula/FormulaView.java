package org.losslens.app.formula;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.scene.image.ImageView;
import javafx.scene.layout.VBox;
import org.losslens.app.i18n.Messages;

/**
 * The formula panel: the selected loss's formula rendered as mathematics, its parameters as now set,
 * its source paper, and what it rewards and where it fails, in the current language.
 */
public final class FormulaView extends VBox {

    private static final System.Logger LOG = System.getLogger(FormulaView.class.getName());

    private final FormulaViewModel viewModel;
    private final Label problem = new Label();
    /** Formula size in points; presentation mode makes it larger. */
    private final DoubleProperty formulaPoints = new SimpleDoubleProperty(17);
    /**
     * The formula keeps its size and its parts ({@link FormulaPieces}) wrap onto lines at the panel's
     * width. Scaling the whole down to the panel made Tversky's glyphs 6–7 px at the default window
     * size (issue 19), unreadable on a desk and on a projector alike.
     */
    private final javafx.scene.layout.FlowPane pieces = new javafx.scene.layout.FlowPane(16, 8);
    private StackPane formulaBox;

    private final javafx.beans.property.BooleanProperty numbersHidden = new javafx.beans.property.SimpleBooleanProperty(false);
    private final Label substitution;

    public FormulaView(FormulaViewModel viewModel, Messages messages) {
        super(4);
        this.viewModel = viewModel;
        setId("formula-view");
        setPadding(new Insets(6));
        Label heading = bold(new Label());
        heading.textProperty().bind(messages.text("formula.title"));
        Label title = bold(new Label());
        title.setId("formula-loss");
        title.textProperty().bind(viewModel.titleProperty());
        formulaBox = new StackPane(pieces);
        pieces.setId("formula-pieces");
        pieces.setMinWidth(0);
        formulaBox.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        formulaBox.setPadding(new Insets(6));
        formulaBox.getStyleClass().add("formula-box");
        // Each part follows the panel's width (piece()); were the box's minimum a part's width, the
        // panel could never get narrower than it once it had grown, and every text beside it would be
        // cut at the scroll pane's edge instead of wrapping.
        formulaBox.setMinWidth(0);
        Label values = wrapped(new Label());
        values.setId("formula-values");
        values.textProperty().bind(messages.format("formula.values", viewModel.valuesProperty()));
        // the formula with today's numbers: what the class can redo by hand
        substitution = wrapped(new Label());
        substitution.setId("formula-substitution");
        substitution.getStyleClass().add("formula-substitution");
        substitution.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> viewModel.substitutedProperty().get() == null ? ""
                        : messages.get("formula.substituted", viewModel.substitutedProperty().get().text()),
                viewModel.substitutedProperty(), messages.localeProperty()));
        substitution.visibleProperty().bind(viewModel.substitutedProperty().isNotNull().and(numbersHidden.not()));
        substitution.managedProperty().bind(substitution.visibleProperty());
        Label reference = wrapped(new Label());
        reference.textProperty().bind(messages.format("formula.source", viewModel.referenceProperty()));
        Label rewards = wrapped(new Label());
        rewards.setId("formula-rewards");
        rewards.textProperty().bind(messages.format("formula.rewards", viewModel.rewardsProperty()));
        Label fails = wrapped(new Label());
        fails.setId("formula-fails");
        fails.textProperty().bind(messages.format("formula.fails", viewModel.failsProperty()));
        problem.getStyleClass().add("problem");
        PartsView parts = new PartsView(viewModel.partsProperty(), messages);
        // the parts are numbers of the drawing too: hidden while the class guesses
        parts.opacityProperty().bind(javafx.beans.binding.Bindings.when(numbersHidden).then(0.0).otherwise(1.0));
        getChildren().addAll(heading, title, formulaBox, problem, values, substitution, parts, reference, rewards, fails);
        viewModel.latexProperty().addListener(o -> render());
        formulaPoints.addListener(o -> render());
        render();
    }

    /** While true (a "predict first" question is open) the formula shows no numbers of the drawing. */
    public javafx.beans.property.BooleanProperty numbersHiddenProperty() {
        return numbersHidden;
    }

    public DoubleProperty formulaPointsProperty() {
        return formulaPoints;
    }

    private void render() {
        String latex = viewModel.latexProperty().get();
        problem.setText("");
        pieces.getChildren().clear();
        if (latex.isEmpty()) {
            return;
        }
        try {
            for (String piece : FormulaPieces.split(latex)) {
                pieces.getChildren().add(piece(LatexImages.render(piece, (float) formulaPoints.get(), false)));
            }
        } catch (RuntimeException e) {
            // A typo in the formula data file must not break the panel: show the source instead.
            LOG.log(System.Logger.Level.WARNING, "formula does not render: " + latex, e);
            pieces.getChildren().clear();
            problem.setText(latex);
        }
    }

    /** One part at its size; only a part wider than the panel by itself is scaled down, as a last resort. */
    private ImageView piece(javafx.scene.image.Image image) {
        ImageView view = new ImageView(image);
        view.setPreserveRatio(true);
        view.fitWidthProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(
                () -> Math.min(image.getWidth(), Math.max(50, getWidth() - 40)), widthProperty()));
        return view;
    }

    private static Label bold(Label l) {
        l.getStyleClass().add("section-title");
        return l;
    }

    private static Label wrapped(Label l) {
        l.setWrapText(true);
        // Let a wrapped label take the lines it needs instead of ending in "…".
        l.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        return l;
    }
}
