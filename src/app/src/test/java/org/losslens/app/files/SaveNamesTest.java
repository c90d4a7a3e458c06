package org.losslens.app.files;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** A save dialog's answer carries its extension once (issue 19: Save as wrote name.losslens.json.json). */
class SaveNamesTest {

    private static final Path DIR = Path.of("/tmp/lessons");

    private static String saved(String chosen, String extension) {
        return SaveNames.withExtension(DIR.resolve(chosen), extension).toString();
    }

    @Test
    void aDoubledExtensionIsDroppedOnce() {
        assertEquals("/tmp/lessons/name.losslens.json", saved("name.losslens.json.json", ".losslens.json"));
        assertEquals("/tmp/lessons/name.losslens.json", saved("name.losslens.json.losslens.json", ".losslens.json"));
        assertEquals("/tmp/lessons/gt.png", saved("gt.png.png", ".png"));
        assertEquals("/tmp/lessons/focal.json", saved("focal.json.json", ".json"));
    }

    @Test
    void aMissingExtensionIsAddedAndAPresentOneKept() {
        assertEquals("/tmp/lessons/name.losslens.json", saved("name", ".losslens.json"));
        assertEquals("/tmp/lessons/name.losslens.json", saved("name.losslens.json", ".losslens.json"));
        assertEquals("/tmp/lessons/name.json", saved("name.json", ".losslens.json"), "a plain .json session opens too");
        assertEquals("/tmp/lessons/GT.PNG", saved("GT.PNG", ".png"));
        assertEquals("/tmp/lessons/v1.2.png", saved("v1.2", ".png"));
    }
}
