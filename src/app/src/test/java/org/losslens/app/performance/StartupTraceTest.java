package org.losslens.app.performance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

class StartupTraceTest {

    @Test
    void aLineGivesTheTimeSinceTheStartTheDurationAndThePhase() {
        assertEquals("startup   1234 ms  (+   56 ms)  Workbench", StartupTrace.line("Workbench", 1234, 56));
    }

    @Test
    void isOffUnlessAsked() {
        // the test JVM runs without -Dlosslens.startup.trace: marks print nothing and nothing quits
        assertFalse(StartupTrace.enabled());
        assertFalse(StartupTrace.exitsWhenShown());
    }
}
