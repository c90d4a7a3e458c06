package org.losslens.imaging.dataset;

import java.nio.file.Path;

/** One case of a dataset folder: its name and its two files. */
public record DatasetItem(String name, Path groundTruth, Path prediction) {
}
