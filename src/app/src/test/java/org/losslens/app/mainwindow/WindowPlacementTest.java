package org.losslens.app.mainwindow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.losslens.app.mainwindow.WindowPlacement.Box;
import org.losslens.app.mainwindow.WindowPlacement.Placement;

class WindowPlacementTest {

    private static final Box FULL_HD = new Box(0, 24, 1920, 1056);

    @Test
    void firstStartTakesMostOfTheVisualBoundsCentred() {
        Placement p = WindowPlacement.choose(Optional.empty(), List.of(FULL_HD), 900, 600);
        assertEquals(new Box(144, 24 + 79, 1632, 898), p.box());
        assertFalse(p.maximized());
    }

    @Test
    void neverSmallerThanTheLayoutNeedsUnlessTheScreenIsSmaller() {
        Box small = new Box(0, 0, 1024, 700);
        Placement p = WindowPlacement.choose(Optional.empty(), List.of(small), 1000, 650);
        assertEquals(1000, p.box().width());
        assertEquals(650, p.box().height());
        Placement tiny = WindowPlacement.choose(Optional.empty(), List.of(new Box(0, 0, 800, 480)), 1000, 650);
        assertEquals(new Box(0, 0, 800, 480), tiny.box());
    }

    @Test
    void aRememberedPlacementIsRestoredWhileItIsOnAScreenAndGrownToTheMinimum() {
        Placement last = new Placement(new Box(300, 200, 700, 500), true);
        Placement p = WindowPlacement.choose(Optional.of(last), List.of(FULL_HD), 900, 600);
        assertEquals(new Box(300, 200, 900, 600), p.box());
        assertTrue(p.maximized());
        Placement gone = new Placement(new Box(5000, 200, 1200, 800), false);
        assertEquals(WindowPlacement.choose(Optional.empty(), List.of(FULL_HD), 900, 600),
                WindowPlacement.choose(Optional.of(gone), List.of(FULL_HD), 900, 600), "a screen that is gone");
        Box second = new Box(1920, 0, 1280, 1024);
        assertEquals(new Box(2000, 100, 1200, 800), WindowPlacement.choose(Optional.of(
                new Placement(new Box(2000, 100, 1200, 800), false)), List.of(FULL_HD, second), 900, 600).box());
    }

    @Test
    void savedAndLoadedUnderTheHomeFolderAndADamagedFileIsIgnored(@TempDir Path home) throws Exception {
        WindowPlacement store = new WindowPlacement(home);
        assertTrue(store.load().isEmpty());
        Placement p = new Placement(new Box(10.5, 20, 1300, 850), false);
        store.save(p);
        assertEquals(Optional.of(p), store.load());
        Files.writeString(home.resolve(WindowPlacement.FILE), "width=wide\n");
        assertTrue(store.load().isEmpty());
    }
}
