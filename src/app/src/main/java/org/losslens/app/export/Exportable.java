package org.losslens.app.export;

import javafx.scene.Node;

/** A chart or heatmap grid that File ▸ Export and its context menu can save. */
public interface Exportable {

    /** A file-name stem, e.g. "imbalance". */
    String exportName();

    /** The node whose picture is saved. */
    Node exportNode();

    /** The numbers behind the picture (empty before anything was computed). */
    CsvTable exportTable();
}
