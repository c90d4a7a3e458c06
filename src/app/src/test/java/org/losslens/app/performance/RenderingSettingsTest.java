package org.losslens.app.performance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Properties;
import org.junit.jupiter.api.Test;

class RenderingSettingsTest {

    @Test
    void turnsRegionCachingOffByDefault() {
        Properties properties = new Properties();
        RenderingSettings.applyTo(properties);
        assertEquals("true", properties.getProperty(RenderingSettings.REGION_CACHING));
    }

    @Test
    void keepsWhatTheUserChose() {
        Properties properties = new Properties();
        properties.setProperty(RenderingSettings.REGION_CACHING, "false");
        RenderingSettings.applyTo(properties);
        assertEquals("false", properties.getProperty(RenderingSettings.REGION_CACHING));
    }
}
