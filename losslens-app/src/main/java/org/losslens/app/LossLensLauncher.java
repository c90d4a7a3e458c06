package org.losslens.app;

import javafx.application.Application;

/**
 * Plain entry point. It does not extend {@link Application} on purpose: launched from a class that
 * does, a classpath (non-module) JVM refuses to start with "JavaFX runtime components are missing".
 */
public final class LossLensLauncher {

    private LossLensLauncher() {
    }

    public static void main(String[] args) {
        Application.launch(LossLensApp.class, args);
    }
}
