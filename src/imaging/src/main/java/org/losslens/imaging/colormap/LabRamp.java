package org.losslens.imaging.colormap;

/** A colour table interpolated between anchor colours in CIELAB, so equal steps look roughly equal. */
final class LabRamp {

    private LabRamp() {
    }

    /** {@code size} ARGB colours from the first anchor (0xRRGGBB) to the last. */
    static int[] sample(int[] anchors, int size) {
        double[][] lab = new double[anchors.length][];
        for (int i = 0; i < anchors.length; i++) {
            lab[i] = Cielab.fromRgb(anchors[i]);
        }
        int[] table = new int[size];
        for (int k = 0; k < size; k++) {
            double t = (double) k / (size - 1) * (anchors.length - 1);
            int i = Math.min(anchors.length - 2, (int) Math.floor(t));
            double f = t - i;
            double[] mix = new double[3];
            for (int c = 0; c < 3; c++) {
                mix[c] = lab[i][c] + f * (lab[i + 1][c] - lab[i][c]);
            }
            table[k] = 0xff000000 | Cielab.toRgb(mix);
        }
        return table;
    }
}
