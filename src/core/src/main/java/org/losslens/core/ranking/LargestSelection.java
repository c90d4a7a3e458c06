package org.losslens.core.ranking;

/**
 * The n largest values' indices — exactly the first n entries of {@link DescendingOrder}, as a set and
 * in ascending index order — found in expected O(N) by selection instead of a full sort.
 *
 * <p>Top-k needs only which pixels are kept, not their order, so sorting all N pixels (eight radix
 * passes) is wasted work. The n-th largest value v is found by quickselect on a copy; every value
 * above v is kept, and of the values equal to v the lowest indices fill the rest — the tie rule of
 * {@link DescendingOrder}, so both give the same pixels. As there, −0.0 ties with +0.0.
 */
public final class LargestSelection {

    private LargestSelection() {
    }

    /** Indices of the {@code n} largest {@code values} (1 ≤ n ≤ length), ties broken by lower index. */
    public static int[] of(double[] values, int n) {
        if (n < 1 || n > values.length) {
            throw new IllegalArgumentException("cannot select " + n + " of " + values.length + " values");
        }
        double threshold = nthLargest(values.clone(), n);
        int above = 0;
        for (double v : values) {
            if (v > threshold) {
                above++;
            }
        }
        int ties = n - above;
        int[] selected = new int[n];
        int count = 0;
        for (int i = 0; i < values.length && count < n; i++) {
            double v = values[i];
            if (v > threshold) {
                selected[count++] = i;
            } else if (v == threshold && ties > 0) {
                selected[count++] = i;
                ties--;
            }
        }
        return selected;
    }

    /** The n-th largest value (n = 1 is the maximum); reorders {@code a}. Hoare-style quickselect. */
    static double nthLargest(double[] a, int n) {
        int target = n - 1;
        int low = 0;
        int high = a.length - 1;
        while (low < high) {
            // median of three keeps sorted and reverse-sorted inputs (common: constant regions) linear
            int mid = (low + high) >>> 1;
            double pivot = medianOfThree(a[low], a[mid], a[high]);
            int i = low;
            int j = high;
            while (i <= j) {
                while (a[i] > pivot) {
                    i++;
                }
                while (a[j] < pivot) {
                    j--;
                }
                if (i <= j) {
                    double swap = a[i];
                    a[i] = a[j];
                    a[j] = swap;
                    i++;
                    j--;
                }
            }
            if (target <= j) {
                high = j;
            } else if (target >= i) {
                low = i;
            } else {
                return a[target];
            }
        }
        return a[target];
    }

    private static double medianOfThree(double a, double b, double c) {
        return Math.max(Math.min(a, b), Math.min(Math.max(a, b), c));
    }
}
