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

    @Test
    void theProcessStartIsNowLessItsAgeFromProcUptimeAndTheStatStartTicks() {
        // started 12 345.67 s after boot (1 234 567 ticks of 10 ms), read at 12 400.00 s: 54.33 s ago
        String stat = "4242 (java) S 1 4242 4242 0 -1 4194560 100 0 0 0 5 1 0 0 20 0 30 0 1234567 0 0";
        assertEquals(1_000_000L - 54_330L, StartupTrace.processStart(1_000_000L, "12400.00 98765.43\n", stat));
    }

    @Test
    void aCommandNameWithSpacesAndParenthesesDoesNotShiftTheFields() {
        String stat = "7 (my (odd) app) R 1 7 7 0 -1 0 0 0 0 0 0 0 0 0 20 0 1 0 500 0 0";
        assertEquals(10_000L - (6_000L - 5_000L), StartupTrace.processStart(10_000L, "6.00 1.00", stat));
    }
}
