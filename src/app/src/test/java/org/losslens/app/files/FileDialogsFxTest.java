package org.losslens.app.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Labeled;
import javafx.scene.layout.StackPane;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.losslens.app.i18n.Messages;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The "Different size" question shows its whole message, in both languages (issue 19: it was cut). */
@ExtendWith(ApplicationExtension.class)
class FileDialogsFxTest {

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new Scene(new StackPane(), 400, 300));
        stage.show();
    }

    @Test
    void theSizeQuestionShowsBothLinesOfItsMessage(FxRobot robot) {
        for (Locale language : new Locale[] {Messages.ENGLISH, Locale.SIMPLIFIED_CHINESE}) {
            Messages messages = new Messages(language);
            String message = messages.get("files.size.message", "1000×1000", "256×256");
            AtomicReference<Alert> shown = new AtomicReference<>();
            robot.interact(() -> {
                Alert a = FileActions.sizeQuestion(messages, stage, 1000, 1000, 256, 256, "");
                shown.set(a);
                a.show();
                // a window manager may give the dialog less height than it asked for (openbox did)
                a.setHeight(140);
            });
            WaitForAsyncUtils.waitForFxEvents();
            try {
                Labeled content = contentLabel(shown.get().getDialogPane(), message);
                // the label's skin draws its text in a Text node; an ellipsis there means it was cut
                Set<Node> texts = content.lookupAll(".text");
                String drawn = texts.stream().filter(Text.class::isInstance).map(n -> ((Text) n).getText())
                        .findFirst().orElse("");
                assertFalse(drawn.contains("…") || drawn.contains("..."), language + ": cut to \"" + drawn + "\"");
                assertEquals(message, drawn, language.toString());
            } finally {
                robot.interact(() -> shown.get().close());
            }
        }
    }

    private static Labeled contentLabel(Node pane, String message) {
        return pane.lookupAll(".label").stream().filter(Labeled.class::isInstance).map(Labeled.class::cast)
                .filter(l -> message.equals(l.getText())).findFirst()
                .orElseThrow(() -> new AssertionError("no label holds the message"));
    }
}
