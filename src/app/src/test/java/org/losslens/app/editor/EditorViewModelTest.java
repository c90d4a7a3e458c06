package org.losslens.app.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.losslens.app.masks.MaskDocument;
import org.losslens.app.masks.Masks;
import org.junit.jupiter.api.Test;

class EditorViewModelTest {

    private static double gtSum(Masks m) {
        double s = 0;
        for (int i = 0; i < m.pixels(); i++) {
            s += m.groundTruth(i);
        }
        return s;
    }

    @Test
    void brushStrokePaintsAlongThePathAndUndoesAsOne() {
        Masks start = Masks.blank(64);
        EditorViewModel vm = new EditorViewModel(new MaskDocument(start));
        vm.brushRadiusProperty().set(2);
        vm.press(10, 10);
        vm.drag(30, 10);
        vm.release(40, 10);
        Masks painted = vm.document().current();
        for (int x = 10; x < 40; x++) {
            assertEquals(1, painted.groundTruth(painted.index(x, 10)), "x=" + x);
        }
        vm.undo();
        assertSame(start, vm.document().current());
        vm.redo();
        assertSame(painted, vm.document().current());
    }

    @Test
    void aGroundTruthStrokeThatChangesNoPixelMakesNoNewSnapshot() {
        Masks start = MaskPainting.stampGroundTruth(Masks.blank(64), 32, 32, 12, 1);
        // inside what is painted: the same snapshot, so no new target and no evaluation
        assertSame(start, MaskPainting.strokeGroundTruth(start, 30, 32, 34, 32, 4, 1));
        Masks erased = MaskPainting.strokeGroundTruth(start, 2, 2, 6, 2, 2, 0);
        assertSame(start, erased);
        // reaching past the painted disc changes pixels: a new snapshot with them painted
        Masks grown = MaskPainting.strokeGroundTruth(start, 32, 32, 50, 32, 4, 1);
        assertEquals(1, grown.groundTruth(grown.index(50, 32)));
        assertEquals(0, start.groundTruth(start.index(50, 32)));
    }

    @Test
    void draggingOverPaintedGroundTruthKeepsTheCurrentSnapshot() {
        EditorViewModel vm = new EditorViewModel(new MaskDocument(Masks.blank(64)));
        vm.brushRadiusProperty().set(3);
        vm.press(20, 20);
        Masks painted = vm.document().current();
        vm.drag(20.2, 20);
        assertSame(painted, vm.document().current());
        vm.release(20.2, 20);
        vm.undo();
        assertEquals(0, gtSum(vm.document().current()));
    }

    @Test
    void anEditThatChangesNothingIsReported() {
        int[] unchanged = {0};
        EditorViewModel vm = new EditorViewModel(new MaskDocument(Masks.blank(64)), () -> { }, () -> unchanged[0]++);
        vm.brushRadiusProperty().set(3);
        vm.press(20, 20);
        assertEquals(0, unchanged[0]);
        vm.drag(20.2, 20);
        assertEquals(1, unchanged[0]);
        vm.drag(30, 20);
        assertEquals(1, unchanged[0]);
    }

    @Test
    void eraserRemovesGroundTruth() {
        EditorViewModel vm = new EditorViewModel(new MaskDocument(Masks.blank(32)));
        vm.invertGroundTruth();
        vm.toolProperty().set(Tool.GT_ERASER);
        vm.press(16, 16);
        vm.release(16, 16);
        assertEquals(0, vm.document().current().groundTruth(vm.document().current().index(16, 16)));
    }

    @Test
    void predictionBrushPullsTowardsStrengthWithSoftEdges() {
        EditorViewModel vm = new EditorViewModel(new MaskDocument(Masks.blank(32)));
        vm.toolProperty().set(Tool.PREDICTION_BRUSH);
        vm.brushRadiusProperty().set(6);
        vm.strengthProperty().set(0.8);
        vm.softnessProperty().set(1.0);
        vm.press(16.5, 16.5);
        vm.release(16.5, 16.5);
        Masks m = vm.document().current();
        assertEquals(0.8, m.probability(m.index(16, 16)), 1e-12);
        double edge = m.probability(m.index(21, 16));
        assertTrue(edge > 0 && edge < 0.8, "edge " + edge);
    }

    @Test
    void shapeToolsResizeWhileDraggingInsteadOfSmearing() {
        EditorViewModel vm = new EditorViewModel(new MaskDocument(Masks.blank(64)));
        vm.toolProperty().set(Tool.GT_RECTANGLE);
        vm.press(10, 10);
        vm.drag(40, 40);
        vm.release(19.5, 14.5);
        assertEquals(10 * 5, gtSum(vm.document().current()));
        vm.toolProperty().set(Tool.GT_DISC);
        vm.clearGroundTruth();
        vm.press(32, 32);
        vm.release(32, 37);
        double area = gtSum(vm.document().current());
        assertTrue(Math.abs(area - Math.PI * 25) < 12, "area " + area);
    }

    @Test
    void invertAndClearAreUndoable() {
        Masks start = Masks.blank(32);
        EditorViewModel vm = new EditorViewModel(new MaskDocument(start));
        vm.invertGroundTruth();
        assertEquals(32 * 32, gtSum(vm.document().current()));
        vm.clearGroundTruth();
        assertEquals(0, gtSum(vm.document().current()));
        vm.undo();
        assertEquals(32 * 32, gtSum(vm.document().current()));
    }

    @Test
    void readoutShowsTheClamp() {
        Masks m = Masks.blank(32);
        String text = PixelReadout.describe(m, 3, 4, null, "dice", new org.losslens.app.i18n.Messages(org.losslens.app.i18n.Messages.ENGLISH));
        assertTrue(text.startsWith("(3, 4)  GT = 0  p = 0.000 (clamped to 1.00000e-06)  logit = -13.82"), text);
    }

    @Test
    void readoutGivesTheGradientAtTheLogitAndAtTheProbability() {
        Masks m = Masks.blank(32).withProbabilities(filled(32 * 32, 0.8));
        double[] g = new double[32 * 32];
        g[4 * 32 + 3] = -0.032;
        String text = PixelReadout.describe(m, 3, 4, org.losslens.core.tensor.Tensor.of(
                new org.losslens.core.tensor.Shape(1, 32, 32), g), "bce",
                new org.losslens.app.i18n.Messages(org.losslens.app.i18n.Messages.ENGLISH));
        // ∂L/∂p = ∂L/∂z / (p(1 − p)) = −0.032 / 0.16
        assertTrue(text.contains("∂bce/∂logit = -0.03200  ∂bce/∂p = -0.2000"), text);
        // the pixel's own terms: background at p = 0.8 is a soft false positive of 0.8, −ln(1 − 0.8)
        assertTrue(text.endsWith("p·g = 0.00  p(1−g) = 0.800  (1−p)g = 0.00  −ln p_t = " + String.format(
                java.util.Locale.ROOT, "%.4g", -Math.log(0.2))), text);
    }

    private static double[] filled(int n, double v) {
        double[] a = new double[n];
        java.util.Arrays.fill(a, v);
        return a;
    }
}
