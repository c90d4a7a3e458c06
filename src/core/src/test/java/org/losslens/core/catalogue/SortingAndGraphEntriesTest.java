package org.losslens.core.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.losslens.core.loss.LossSpec;
import org.losslens.core.loss.Mode;
import org.losslens.core.loss.param.ParamKind;
import org.losslens.core.loss.param.ParamSpec;

/** The sorting, contour, conservative and graph losses are implemented, once each, with their parameters. */
class SortingAndGraphEntriesTest {

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "topk; binary; k",
        "lovasz_hinge; binary; ''",
        "active_contour; binary; mu,lambda",
        "conservative; binary; lam,a",
        "lovasz_softmax; multiclass; classes",
        "generalized_wasserstein_dice; multiclass; dist_matrix,weighting_mode,smooth_nr,smooth_dr",
        "non_adjacency; multiclass; forbidden,lambda",
        "conservative; multiclass; lam,a"})
    void entryIsImplementedOnceWithItsParameters(String id, String mode, String params) {
        Mode m = Mode.fromId(mode);
        List<LossSpec> matches = LossCatalogue.all().stream()
                .filter(s -> s.id().equals(id) && s.mode() == m).toList();
        assertEquals(1, matches.size(), "entries for " + id + " " + mode);
        LossSpec spec = matches.get(0);
        assertTrue(spec.implemented(), spec.label());
        assertTrue(spec.gradientNote().isPresent(), spec.label() + " has a gradient note");
        assertEquals(params, spec.params().stream().map(ParamSpec::name).collect(Collectors.joining(",")));
        spec.create(); // defaults are valid
    }

    @Test
    void defaultsAndRangesAreTheReferenceCatalogues() {
        ParamSpec k = LossCatalogue.require("topk", Mode.BINARY).param("k").orElseThrow();
        assertEquals(10.0, k.defaultValue());
        assertEquals(0.0, k.min());
        assertEquals(100.0, k.max());
        for (Mode mode : Mode.values()) {
            LossSpec conservative = LossCatalogue.require("conservative", mode);
            assertEquals(5.0, conservative.param("lam").orElseThrow().defaultValue());
            assertEquals(20.0, conservative.param("lam").orElseThrow().max());
            assertEquals(Math.E, conservative.param("a").orElseThrow().defaultValue());
            assertEquals(1.1, conservative.param("a").orElseThrow().min());
            assertEquals(10.0, conservative.param("a").orElseThrow().max());
        }
        LossSpec contour = LossCatalogue.require("active_contour", Mode.BINARY);
        assertTrue(contour.softTargets());
        assertEquals(1.0, contour.param("mu").orElseThrow().defaultValue());
        assertEquals(10.0, contour.param("lambda").orElseThrow().max());
        LossSpec gwd = LossCatalogue.require("generalized_wasserstein_dice", Mode.MULTICLASS);
        assertEquals(ParamKind.CLASS_MATRIX, gwd.param("dist_matrix").orElseThrow().kind());
        assertEquals("1 - identity", gwd.param("dist_matrix").orElseThrow().defaultDescription());
        assertEquals("default", gwd.param("weighting_mode").orElseThrow().defaultValue());
        LossSpec nonAdjacency = LossCatalogue.require("non_adjacency", Mode.MULTICLASS);
        assertEquals("1 for pairs of distinct foreground classes",
                nonAdjacency.param("forbidden").orElseThrow().defaultDescription());
        assertEquals(100.0, nonAdjacency.param("lambda").orElseThrow().max());
        assertEquals("present", LossCatalogue.require("lovasz_softmax", Mode.MULTICLASS).param("classes")
                .orElseThrow().defaultValue());
        for (String sorting : List.of("topk", "lovasz_hinge")) {
            assertTrue(LossCatalogue.require(sorting, Mode.BINARY).sorts());
        }
        assertTrue(LossCatalogue.require("lovasz_softmax", Mode.MULTICLASS).sorts());
    }
}
