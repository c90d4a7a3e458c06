package org.losslens.app.performance;

import java.util.Properties;

/**
 * Settings of JavaFX's renderer (Prism) that the live loop depends on, applied by every entry point
 * before the toolkit starts — Prism reads them once, when it initialises.
 *
 * <p>{@code prism.disableRegionCaching=true}: by default Prism renders the background of every
 * {@code Region} (Modena's layered fills and borders of split panes, tab panes, scroll panes, tables)
 * into a cached image and draws that image stretched. With the software pipeline — what Xvfb, remote
 * desktops and most classroom machines without a working GL driver get — 75 % of the render thread's
 * samples went into that caching during a brush stroke, and the FX thread waited for the renderer
 * ("Waiting for previous rendering" 75 / 149 ms p50 / p95 per pulse). Without it the same stroke
 * painted in 52 / 127 instead of 127 / 250 ms per pulse (README, "The live loop's speed, measured").
 * Our backgrounds are flat fills, cheap to draw directly, so the hardware pipeline loses nothing that
 * matters. A value the user gives ({@code -Dprism.disableRegionCaching=false}) is kept.
 */
public final class RenderingSettings {

    static final String REGION_CACHING = "prism.disableRegionCaching";

    private RenderingSettings() {
    }

    /** Sets our defaults in the system properties, keeping any the user set on the command line. */
    public static void applyBeforeToolkitStart() {
        applyTo(System.getProperties());
    }

    static void applyTo(Properties properties) {
        if (properties.getProperty(REGION_CACHING) == null) {
            properties.setProperty(REGION_CACHING, "true");
        }
    }
}
