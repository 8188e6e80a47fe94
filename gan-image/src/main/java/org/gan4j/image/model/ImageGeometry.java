package org.gan4j.image.model;

import ai.djl.ndarray.types.Shape;
import java.util.List;

/**
 * The image shape a DCGAN is laid out for: {@code channels} of {@code size × size} pixels. The
 * generator starts from a {@link #baseSize()} square and doubles it {@link #doublings()} times: 7 →
 * 14 → 28 for 28 pixels, 4 → 8 → … for 32 and 64; the discriminator halves it back.
 *
 * @param channels 1 (grey) or 3 (RGB)
 * @param size the height and width, one of {@link #SIZES}
 */
public record ImageGeometry(int channels, int size) {

    /** The supported heights and widths. */
    public static final List<Integer> SIZES = List.of(28, 32, 64);

    /** The supported channel counts. */
    public static final List<Integer> CHANNELS = List.of(1, 3);

    /** Checks that the shape is supported. */
    public ImageGeometry {
        if (!supported(channels, size)) {
            throw new IllegalArgumentException(unsupported("(" + channels + ", " + size + ", " + size + ")"));
        }
    }

    /**
     * Reads the geometry of a sample shape.
     *
     * @param sampleShape (C, H, W)
     * @return the geometry
     * @throws IllegalArgumentException naming the shape and the supported ones if it is not
     *     supported
     */
    public static ImageGeometry of(Shape sampleShape) {
        if (sampleShape.dimension() != 3
                || sampleShape.get(1) != sampleShape.get(2)
                || !supported(sampleShape.get(0), sampleShape.get(1))) {
            throw new IllegalArgumentException(unsupported(sampleShape.toString()));
        }
        return new ImageGeometry((int) sampleShape.get(0), (int) sampleShape.get(1));
    }

    private static boolean supported(long channels, long size) {
        return CHANNELS.stream().anyMatch(c -> c == channels) && SIZES.stream().anyMatch(s -> s == size);
    }

    private static String unsupported(String shape) {
        return "images of shape " + shape + " are not supported: expected (C, H, W) with C in " + CHANNELS
                + " and H = W in " + SIZES;
    }

    /** @return the side of the generator's first feature map: 7 for 28 pixels, 4 otherwise */
    public int baseSize() {
        return size == 28 ? 7 : 4;
    }

    /** @return how many stride-2 layers lead from {@link #baseSize()} to {@link #size()} */
    public int doublings() {
        return Integer.numberOfTrailingZeros(size / baseSize());
    }

    /**
     * The channels of the smallest feature map, which double with every halving of the side.
     *
     * @param width the channels of the largest hidden feature map
     * @return {@code width · 2^(doublings - 1)}
     */
    public int deepestChannels(int width) {
        return width << (doublings() - 1);
    }

    /**
     * The number of features of the smallest feature map, flattened.
     *
     * @param width the channels of the largest hidden feature map
     * @return {@code deepestChannels(width) · baseSize²}
     */
    public long deepestFeatures(int width) {
        return (long) deepestChannels(width) * baseSize() * baseSize();
    }

    /** @return the sample shape (C, H, W) */
    public Shape shape() {
        return new Shape(channels, size, size);
    }
}
