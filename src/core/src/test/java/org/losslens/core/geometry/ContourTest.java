package org.losslens.core.geometry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ContourTest {

    private static Mask parse(String... rows) {
        int w = rows[0].length();
        return Mask.of(rows.length, w, i -> rows[i / w].charAt(i % w) == '#');
    }

    @Test
    void squareHasItsRingAsContour() {
        Mask m = parse(
                ".....",
                ".###.",
                ".###.",
                ".###.",
                ".....");
        assertEquals(parse(
                ".....",
                ".###.",
                ".#.#.",
                ".###.",
                "....."), Contour.of(m));
    }

    @Test
    void diagonalNeighboursDoNotMakeAContour() {
        // The centre of the plus has only diagonal neighbours outside: not on the 4-neighbour contour.
        Mask m = parse(
                ".#.",
                "###",
                ".#.");
        assertEquals(parse(
                ".#.",
                "#.#",
                ".#."), Contour.of(m));
    }

    @Test
    void imageBorderIsNotABoundary() {
        Mask m = parse(
                "##..",
                "##..",
                "##..");
        assertEquals(parse(
                ".#..",
                ".#..",
                ".#.."), Contour.of(m));
        Mask bottomRight = parse(
                "...",
                ".##",
                ".##");
        assertEquals(parse(
                "...",
                ".##",
                ".#."), Contour.of(bottomRight));
    }

    @Test
    void degenerateMasks() {
        assertTrue(Contour.of(parse("....", "....")).isEmpty());
        assertTrue(Contour.of(parse("####", "####")).isEmpty());
        assertTrue(Contour.of(parse("#")).isEmpty());
        assertEquals(parse("...", ".#.", "..."), Contour.of(parse("...", ".#.", "...")));
        assertEquals(parse("#.#."), Contour.of(parse("#.##")));
        assertEquals(parse("#", ".", "."), Contour.of(parse("#", ".", ".")));
    }
}
