package org.losslens.imaging.dataset;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * How the files of a dataset folder pair up: two file-name patterns with one {@code *} each, e.g.
 * {@code *_gt.png} and {@code *_pred.*}. The part the first {@code *} stands for is the case's name;
 * a ground truth and a prediction with the same name are a pair. A second {@code *} stands for an
 * extension (no dot in it), so {@code *_pred.*} matches {@code .npy} and {@code .png} alike.
 */
public record PairRule(String groundTruthPattern, String predictionPattern) {

    /** {@code case01_gt.png} + {@code case01_pred.npy} (or {@code _pred.png}). */
    public static final PairRule DEFAULT = new PairRule("*_gt.*", "*_pred.*");

    public PairRule {
        check(groundTruthPattern, "ground-truth");
        check(predictionPattern, "prediction");
        if (groundTruthPattern.equals(predictionPattern)) {
            throw new IllegalArgumentException("the ground-truth and prediction patterns are the same ("
                    + groundTruthPattern + "): no file could be told apart");
        }
    }

    private static void check(String pattern, String role) {
        if (pattern == null || pattern.isBlank() || !pattern.contains("*")) {
            throw new IllegalArgumentException("the " + role + " pattern '" + pattern
                    + "' needs a * where the case name goes, e.g. *_gt.png");
        }
        if (pattern.contains("/") || pattern.contains("\\")) {
            throw new IllegalArgumentException("the " + role + " pattern '" + pattern + "' is a file name, not a path");
        }
    }

    /** The case name {@code fileName} stands for under {@code pattern}, or null if it does not match. */
    static String caseName(String pattern, String fileName) {
        StringBuilder regex = new StringBuilder();
        int star = 0;
        for (String part : pattern.split("\\*", -1)) {
            if (star > 0) {
                regex.append(star == 1 ? "(.+?)" : "[^.]+");
            }
            regex.append(Pattern.quote(part));
            star++;
        }
        Matcher m = Pattern.compile(regex.toString()).matcher(fileName);
        return m.matches() ? m.group(1) : null;
    }

    /** Lists {@code folder} (not its subfolders) and pairs its files, in name order. */
    public DatasetScan scan(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            throw new IOException(folder.toAbsolutePath() + " is not a folder");
        }
        Map<String, Path> truths = new TreeMap<>();
        Map<String, Path> predictions = new TreeMap<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                String name = file.getFileName().toString();
                if (!SegmentationFiles.readable(name)) {
                    continue;
                }
                String truth = caseName(groundTruthPattern, name);
                String prediction = caseName(predictionPattern, name);
                if (truth != null) {
                    truths.putIfAbsent(truth, file);
                } else if (prediction != null) {
                    predictions.putIfAbsent(prediction, file);
                }
            }
        }
        List<DatasetItem> items = new ArrayList<>();
        List<String> unmatched = new ArrayList<>();
        truths.forEach((name, gt) -> {
            Path prediction = predictions.get(name);
            if (prediction == null) {
                unmatched.add(gt.getFileName().toString());
            } else {
                items.add(new DatasetItem(name, gt, prediction));
            }
        });
        predictions.forEach((name, p) -> {
            if (!truths.containsKey(name)) {
                unmatched.add(p.getFileName().toString());
            }
        });
        return new DatasetScan(folder, this, List.copyOf(items), List.copyOf(unmatched));
    }

    /** The rule in words, for the dataset view and the CLI's notice. */
    public String describe() {
        return "'" + groundTruthPattern + "' pairs with '" + predictionPattern + "' (* = the case name)";
    }
}
