package org.losslens.cli.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A reference timing file as {@code shared/refbench/bench_reference.py --json} writes it:
 * {@code {"size", "classes", "rows": [{"loss", "mode", "median_ms", "p95_ms"}], "total_ms"}}.
 */
final class ReferenceTimings {

    /** One reference row. */
    record Row(double medianMillis, double p95Millis) {
    }

    private final Map<String, Row> rows;
    private final String description;

    private ReferenceTimings(Map<String, Row> rows, String description) {
        this.rows = rows;
        this.description = description;
    }

    static ReferenceTimings read(Path file) throws IOException {
        JsonNode root = new ObjectMapper().readTree(file.toFile());
        JsonNode list = root == null ? null : root.get("rows");
        if (list == null || !list.isArray()) {
            throw new IOException(file + " has no 'rows' array (expected the --json output of bench_reference.py)");
        }
        Map<String, Row> rows = new HashMap<>();
        for (JsonNode row : list) {
            if (!row.hasNonNull("loss") || !row.hasNonNull("mode") || !row.path("median_ms").isNumber()) {
                throw new IOException(file + ": a row needs 'loss', 'mode' and a numeric 'median_ms': " + row);
            }
            rows.put(key(row.get("loss").asText(), row.get("mode").asText()),
                    new Row(row.get("median_ms").asDouble(), row.path("p95_ms").asDouble(Double.NaN)));
        }
        String description = file.getFileName() + " (" + root.path("size").asText("?") + "², C = "
                + root.path("classes").asText("?") + ", torch " + root.path("torch").asText("?") + ")";
        return new ReferenceTimings(rows, description);
    }

    Optional<Row> find(String loss, String mode) {
        return Optional.ofNullable(rows.get(key(loss, mode)));
    }

    String description() {
        return description;
    }

    private static String key(String loss, String mode) {
        return loss + "|" + mode;
    }
}
