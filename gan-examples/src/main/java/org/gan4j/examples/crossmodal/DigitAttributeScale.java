package org.gan4j.examples.crossmodal;

import java.util.Arrays;
import org.gan4j.text.captions.DigitAttributes;

/**
 * Turns {@link DigitMeasurements} into {@link DigitAttributes} with per-class cut points fitted
 * on the training images: tertiles of thickness (thin, regular, bold) and width (narrow, medium,
 * wide), and the median of |slant| (upright below, slanted from it on), so each class's own
 * spread decides what counts as bold or slanted.
 */
public final class DigitAttributeScale {

    private final double[][] thickness;
    private final double[][] width;
    private final double[] slant;

    private DigitAttributeScale(double[][] thickness, double[][] width, double[] slant) {
        this.thickness = thickness;
        this.width = width;
        this.slant = slant;
    }

    /**
     * @param measurements the training images' measurements
     * @param labels their classes in [0, classes)
     * @param classes the number of classes
     * @return the scale
     * @throws IllegalArgumentException if a class has no image
     */
    public static DigitAttributeScale fit(DigitMeasurements[] measurements, int[] labels, int classes) {
        double[][] thickness = new double[classes][];
        double[][] width = new double[classes][];
        double[] slant = new double[classes];
        for (int c = 0; c < classes; c++) {
            int label = c;
            DigitMeasurements[] own = java.util.stream.IntStream.range(0, labels.length).filter(i -> labels[i] == label)
                    .mapToObj(i -> measurements[i]).toArray(DigitMeasurements[]::new);
            if (own.length == 0) {
                throw new IllegalArgumentException("no training image of class " + c + " to fit the attribute scale on");
            }
            thickness[c] = tertiles(Arrays.stream(own).mapToDouble(DigitMeasurements::thickness).sorted().toArray());
            width[c] = tertiles(Arrays.stream(own).mapToDouble(DigitMeasurements::width).sorted().toArray());
            double[] slants = Arrays.stream(own).mapToDouble(m -> Math.abs(m.slant())).sorted().toArray();
            slant[c] = slants[slants.length / 2];
        }
        return new DigitAttributeScale(thickness, width, slant);
    }

    private static double[] tertiles(double[] sorted) {
        return new double[] {sorted[sorted.length / 3], sorted[2 * sorted.length / 3]};
    }

    /**
     * @param m an image's measurements
     * @param label its class
     * @return its attributes
     */
    public DigitAttributes attributes(DigitMeasurements m, int label) {
        return new DigitAttributes(
                DigitAttributes.Thickness.values()[bin(m.thickness(), thickness[label])],
                DigitAttributes.Width.values()[bin(m.width(), width[label])],
                Math.abs(m.slant()) < slant[label] ? DigitAttributes.Slant.UPRIGHT : DigitAttributes.Slant.SLANTED);
    }

    private static int bin(double value, double[] cuts) {
        return value < cuts[0] ? 0 : value < cuts[1] ? 1 : 2;
    }
}
