package org.losslens.cli.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import org.losslens.core.activation.Elementwise;
import org.losslens.core.loss.LossSpec;
import org.losslens.core.tensor.Shape;

/** The figures of one bench run, as a table or as JSON. */
record BenchReport(List<Section> sections, Geometry geometry, String reference, int cores, String clock) {

    /** One entry: cold (null if skipped) and warm timings, and the reference row if there is one. */
    record Entry(LossSpec spec, Stopwatch.Timing cold, Stopwatch.Timing warm, ReferenceTimings.Row reference) {
    }

    /** The entries timed on one workload, with the catalogue-after-a-prediction-edit figures. */
    record Section(String title, Shape shape, List<Entry> entries, Stopwatch.Timing activations,
                   Stopwatch.Timing catalogueSequential, Stopwatch.Timing catalogueParallel) {

        double coldSum() {
            return entries.stream().mapToDouble(e -> e.cold() == null ? Double.NaN : e.cold().medianMillis()).sum();
        }

        double warmSum() {
            return entries.stream().mapToDouble(e -> e.warm().medianMillis()).sum();
        }

        /** Sums over the entries that have a reference row only, so the ratio compares like with like. */
        double referenceSum() {
            return entries.stream().filter(e -> e.reference() != null).mapToDouble(e -> e.reference().medianMillis()).sum();
        }

        double coldSumWithReference() {
            return entries.stream().filter(e -> e.reference() != null)
                    .mapToDouble(e -> e.cold() == null ? Double.NaN : e.cold().medianMillis()).sum();
        }

        double warmSumWithReference() {
            return entries.stream().filter(e -> e.reference() != null).mapToDouble(e -> e.warm().medianMillis()).sum();
        }

        long withReference() {
            return entries.stream().filter(e -> e.reference() != null).count();
        }

        long slowerThanReferenceCold() {
            return entries.stream().filter(e -> e.reference() != null && e.cold() != null
                    && e.cold().medianMillis() > e.reference().medianMillis()).count();
        }

        int elements() {
            return shape.size();
        }
    }

    /** The exact EDT of a disc mask at one size. */
    record Geometry(int size, Stopwatch.Timing inside, Stopwatch.Timing acrossBoundary) {
    }

    void print(PrintWriter out) {
        if (reference != null) {
            out.println("reference: " + reference + "; ratio = reference median / LossLens median (> 1: LossLens faster)");
        }
        out.println("cores: " + cores + "; clock: " + clock + "; exp/log: "
                + (Elementwise.vectorised() ? "SIMD (jdk.incubator.vector)" : "scalar") + "; times in ms; alloc = bytes allocated per warm call / (8·C·H·W)");
        for (Section s : sections) {
            out.printf(Locale.ROOT, "%n%s%n%-34s %9s %9s %9s %9s %6s", s.title(), "entry", "cold med", "cold p95",
                    "warm med", "warm p95", "alloc");
            if (reference != null) {
                out.printf(Locale.ROOT, " %9s %8s %8s", "ref med", "x cold", "x warm");
            }
            out.println();
            for (Entry e : s.entries()) {
                out.printf(Locale.ROOT, "%-34s %9s %9s %9.3f %9.3f %6.1f", e.spec().label(),
                        number(e.cold() == null ? Double.NaN : e.cold().medianMillis()),
                        number(e.cold() == null ? Double.NaN : e.cold().p95Millis()),
                        e.warm().medianMillis(), e.warm().p95Millis(),
                        e.warm().allocatedBytesPerRun() / (8.0 * s.elements()));
                if (e.reference() != null) {
                    double ref = e.reference().medianMillis();
                    out.printf(Locale.ROOT, " %9.3f %8s %8.1f", ref,
                            e.cold() == null ? "-" : number(ref / e.cold().medianMillis()), ref / e.warm().medianMillis());
                }
                out.println();
            }
            out.printf(Locale.ROOT, "%-34s %9s %9s %9.3f %9s %6s", "sum of medians (" + s.entries().size() + ")",
                    number(s.coldSum()), "", s.warmSum(), "", "");
            if (reference != null && s.withReference() > 0) {
                out.printf(Locale.ROOT, " %9.3f %8s %8.1f", s.referenceSum(),
                        number(s.referenceSum() / s.coldSumWithReference()), s.referenceSum() / s.warmSumWithReference());
            }
            out.println();
            if (reference != null && s.withReference() > 0) {
                out.printf(Locale.ROOT, "  %d of %d entries with a reference row; %d slower than the reference cold%n",
                        s.withReference(), s.entries().size(), s.slowerThanReferenceCold());
            }
            timing(out, "activations (once per prediction)", s.activations());
            timing(out, "catalogue after a prediction edit, 1 thread", s.catalogueSequential());
            timing(out, "catalogue after a prediction edit, " + cores + " cores (wall)", s.catalogueParallel());
        }
        out.printf(Locale.ROOT, "%ngeometry %dx%d%n", geometry.size(), geometry.size());
        timing(out, geometry.inside().name(), geometry.inside());
        timing(out, geometry.acrossBoundary().name(), geometry.acrossBoundary());
    }

    private static void timing(PrintWriter out, String label, Stopwatch.Timing t) {
        out.printf(Locale.ROOT, "  %-52s median %8.3f  p95 %8.3f%n", label, t.medianMillis(), t.p95Millis());
    }

    private static String number(double v) {
        return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%.3f", v);
    }

    ObjectNode toJson(ObjectMapper mapper) {
        ObjectNode root = mapper.createObjectNode();
        root.put("cores", cores);
        root.put("simd", Elementwise.vectorised());
        root.put("clock", clock);
        if (reference != null) {
            root.put("reference", reference);
        }
        var list = root.putArray("sections");
        for (Section s : sections) {
            ObjectNode node = list.addObject();
            node.put("section", s.title());
            var shape = node.putArray("shape");
            shape.add(s.shape().channels()).add(s.shape().height()).add(s.shape().width());
            var entries = node.putArray("entries");
            for (Entry e : s.entries()) {
                ObjectNode entry = entries.addObject();
                entry.put("loss", e.spec().id());
                entry.put("mode", e.spec().mode().id());
                if (e.cold() != null) {
                    put(entry.putObject("cold"), e.cold());
                }
                ObjectNode warm = entry.putObject("warm");
                put(warm, e.warm());
                warm.put("allocated_arrays_per_call", e.warm().allocatedBytesPerRun() / (8.0 * s.elements()));
                if (e.reference() != null) {
                    ObjectNode ref = entry.putObject("reference");
                    ref.put("median_ms", e.reference().medianMillis());
                    ref.put("p95_ms", e.reference().p95Millis());
                    if (e.cold() != null) {
                        ref.put("ratio_cold", e.reference().medianMillis() / e.cold().medianMillis());
                    }
                    ref.put("ratio_warm", e.reference().medianMillis() / e.warm().medianMillis());
                }
            }
            ObjectNode totals = node.putObject("totals");
            if (!Double.isNaN(s.coldSum())) {
                totals.put("cold_sum_of_medians_ms", s.coldSum());
            }
            totals.put("warm_sum_of_medians_ms", s.warmSum());
            put(totals.putObject("activations"), s.activations());
            put(totals.putObject("catalogue_after_edit_1_thread"), s.catalogueSequential());
            put(totals.putObject("catalogue_after_edit_all_cores"), s.catalogueParallel());
            if (reference != null && s.withReference() > 0) {
                ObjectNode ref = totals.putObject("reference");
                ref.put("entries", s.withReference());
                ref.put("sum_of_medians_ms", s.referenceSum());
                if (!Double.isNaN(s.coldSumWithReference())) {
                    ref.put("ratio_cold", s.referenceSum() / s.coldSumWithReference());
                    ref.put("entries_slower_cold", s.slowerThanReferenceCold());
                }
                ref.put("ratio_warm", s.referenceSum() / s.warmSumWithReference());
            }
        }
        ObjectNode g = root.putObject("geometry");
        g.put("size", geometry.size());
        put(g.putObject("edt_inside"), geometry.inside());
        put(g.putObject("edt_across_boundary"), geometry.acrossBoundary());
        return root;
    }

    private static void put(ObjectNode node, Stopwatch.Timing t) {
        node.put("median_ms", t.medianMillis());
        node.put("p95_ms", t.p95Millis());
        node.put("runs", t.runs());
    }
}
