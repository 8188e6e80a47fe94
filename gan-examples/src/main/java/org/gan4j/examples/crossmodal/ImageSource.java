package org.gan4j.examples.crossmodal;

import java.util.stream.IntStream;
import org.gan4j.image.data.ImageData;

/**
 * MNIST digits as a source: the training images condition training targets, the test images
 * held-out ones, paired by class. The image encoder is pretrained on the training images' class.
 */
final class ImageSource {

    /** The source's modality name. */
    static final String MODALITY = "image";

    private ImageSource() {}

    /**
     * @param train the training images (the encoder is pretrained on them)
     * @param heldOut the held-out images
     * @return both splits as source data, paired by class
     */
    static MultimodalDigits.SourceData of(ImageData train, ImageData heldOut) {
        int[] labels = IntStream.range(0, train.size()).map(train::label).toArray();
        return new MultimodalDigits.SourceData(new ImageTable(train), new ImageTable(heldOut), new int[][] {labels},
                new int[] {train.classes().size()}, false, row -> name("training", train, row),
                row -> name("held-out", heldOut, row), train.size() + " training and " + heldOut.size()
                        + " held-out MNIST images as the source, paired by class");
    }

    private static String name(String split, ImageData images, int row) {
        return split + " image " + row + " (class " + images.classes().get(images.label(row)) + ")";
    }
}
