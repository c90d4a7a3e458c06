package org.losslens.app.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The clipping probe on small scenes built to be cut, and the same scenes with room: it reports the first and not the second. */
@ExtendWith(ApplicationExtension.class)
class ClippingProbeFxTest {

    private static final String LONG = "Balanced cross-entropy (balance weighted)";

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.show();
    }

    private List<ClippingProbe.Clip> probe(FxRobot robot, Parent root, double w, double h) {
        AtomicReference<List<ClippingProbe.Clip>> clips = new AtomicReference<>();
        robot.interact(() -> {
            stage.setScene(new Scene(root, w, h));
            stage.sizeToScene();
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> clips.set(ClippingProbe.of(stage)));
        return clips.get();
    }

    private static Label fixedWidth(String text, double width) {
        Label l = new Label(text);
        l.setId("probe-label");
        l.setMinWidth(width);
        l.setPrefWidth(width);
        l.setMaxWidth(width);
        return l;
    }

    @Test
    void anEllipsisedLabelIsReportedWithItsTextAndAFittingOneIsNot(FxRobot robot) {
        List<ClippingProbe.Clip> cut = probe(robot, new HBox(fixedWidth(LONG, 60)), 300, 100);
        assertEquals(1, cut.size(), cut.toString());
        assertEquals("ellipsised", cut.get(0).kind());
        assertTrue(cut.get(0).path().contains("Label#probe-label \"" + LONG + "\""), cut.get(0).path());

        assertEquals(List.of(), probe(robot, new HBox(new Label(LONG)), 400, 100));
    }

    @Test
    void aWrappedLabelWithTooLittleHeightIsReported(FxRobot robot) {
        Label l = fixedWidth(LONG + " " + LONG + " " + LONG, 80);
        l.setWrapText(true);
        l.setMaxHeight(20);
        List<ClippingProbe.Clip> cut = probe(robot, new VBox(l), 300, 300);
        assertTrue(cut.stream().anyMatch(c -> c.kind().equals("ellipsised")), cut.toString());

        Label roomy = fixedWidth(LONG + " " + LONG, 80);
        roomy.setWrapText(true);
        assertEquals(List.of(), probe(robot, new VBox(roomy), 300, 400));
    }

    @Test
    void aMnemonicUnderscoreIsNotAnEllipsis(FxRobot robot) {
        assertEquals(List.of(), probe(robot, new HBox(new Button("_Open")), 300, 100));
    }

    @Test
    void aLabelOutsideTheWindowIsReported(FxRobot robot) {
        Label l = new Label("far right");
        l.relocate(280, 10);
        List<ClippingProbe.Clip> cut = probe(robot, new Pane(l), 300, 100);
        assertEquals(1, cut.size(), cut.toString());
        assertEquals("cut by its viewport", cut.get(0).kind());

        Label inside = new Label("inside");
        inside.relocate(10, 10);
        assertEquals(List.of(), probe(robot, new Pane(inside), 300, 100));
    }

    @Test
    void aLabelOutsideAClippingParentIsReported(FxRobot robot) {
        Label l = new Label("below the clip");
        l.relocate(10, 60);
        Pane clipped = new Pane(l);
        clipped.setClip(new Rectangle(0, 0, 200, 50));
        List<ClippingProbe.Clip> cut = probe(robot, new VBox(clipped), 300, 200);
        assertEquals(1, cut.size(), cut.toString());
        assertEquals("hidden outside its viewport", cut.get(0).kind());
    }

    @Test
    void contentBelowAScrollingViewportIsReachableButNotWhenItsBarIsOff(FxRobot robot) {
        assertEquals(List.of(), probe(robot, tallScroll(ScrollPane.ScrollBarPolicy.AS_NEEDED), 300, 200));

        List<ClippingProbe.Clip> cut = probe(robot, tallScroll(ScrollPane.ScrollBarPolicy.NEVER), 300, 200);
        assertTrue(cut.stream().anyMatch(c -> c.path().contains("\"last\"")), cut.toString());
    }

    private static ScrollPane tallScroll(ScrollPane.ScrollBarPolicy vbar) {
        VBox content = new VBox();
        for (int i = 0; i < 30; i++) {
            content.getChildren().add(new Label("line " + i));
        }
        content.getChildren().add(new Label("last"));
        ScrollPane s = new ScrollPane(content);
        s.setVbarPolicy(vbar);
        s.setFitToWidth(true);
        return s;
    }

    @Test
    void overflowingTabHeadersAreReported(FxRobot robot) {
        List<ClippingProbe.Clip> cut = probe(robot, tabs(12), 250, 150);
        assertTrue(cut.stream().anyMatch(c -> c.kind().equals("tab headers overflow")), cut.toString());

        assertEquals(List.of(), probe(robot, tabs(2), 400, 150));
    }

    private static TabPane tabs(int n) {
        TabPane pane = new TabPane();
        for (int i = 0; i < n; i++) {
            Tab t = new Tab("Tab " + i, new Label("content " + i));
            t.setClosable(false);
            pane.getTabs().add(t);
        }
        return pane;
    }

    @Test
    void aControlSqueezedBelowItsMinimumIsReported(FxRobot robot) {
        Button b = new Button("squeezed");
        b.setMinWidth(120);
        Pane p = new Pane(b) {
            @Override
            protected void layoutChildren() {
                for (Node child : getChildren()) {
                    child.resizeRelocate(0, 0, 40, 30);
                }
            }
        };
        List<ClippingProbe.Clip> cut = probe(robot, p, 300, 100);
        assertTrue(cut.stream().anyMatch(c -> c.kind().equals("squeezed")), cut.toString());
    }
}
