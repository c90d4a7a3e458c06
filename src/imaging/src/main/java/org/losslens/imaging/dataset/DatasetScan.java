package org.losslens.imaging.dataset;

import java.nio.file.Path;
import java.util.List;

/** What {@link PairRule#scan} found: the pairs, and the files of the folder that matched one side only. */
public record DatasetScan(Path folder, PairRule rule, List<DatasetItem> items, List<String> unmatched) {
}
