package org.gan4j.examples.crossmodal;

import java.util.stream.IntStream;
import org.gan4j.image.data.ImageData;

/**
 * MNIST digits as a source: the training images condition training targets, the test images
 * held-out ones. The image encoder is pretrained on the training images' labels.
 */
final class ImageSource {

    private ImageSource() {}

    /**
     * Images paired by class (spoken digits drawn from images), the encoder pretrained on the class.
     *
     * @param train the training images (the encoder is pretrained on them)
     * @param heldOut the held-out images
     * @return both splits as source data, paired by class
     */
    static MultimodalDigits.SourceData byClass(ImageData train, ImageData heldOut) {
        int[] labels = IntStream.range(0, train.size()).map(train::label).toArray();
        return of(train, heldOut, new int[][] {labels}, new int[] {train.classes().size()}, false, "by class");
    }

    /**
     * Each image paired with its own target (its caption), the encoder pretrained on the given label
     * columns (class and measured attributes).
     *
     * @param train the training images (the encoder is pretrained on them)
     * @param heldOut the held-out images
     * @param labelColumns the training images' label columns, class first
     * @param labelClasses the number of values of each column
     * @return both splits as source data, image i paired with target i
     */
    static MultimodalDigits.SourceData byItem(ImageData train, ImageData heldOut, int[][] labelColumns,
            int[] labelClasses) {
        return of(train, heldOut, labelColumns, labelClasses, true, "each with its own target");
    }

    private static MultimodalDigits.SourceData of(ImageData train, ImageData heldOut, int[][] labelColumns,
            int[] labelClasses, boolean perImage, String pairing) {
        return new MultimodalDigits.SourceData(new ImageTable(train), new ImageTable(heldOut), labelColumns,
                labelClasses, perImage, row -> name("training", train, row), row -> name("held-out", heldOut, row),
                train.size() + " training and " + heldOut.size() + " held-out MNIST images as the source, paired "
                        + pairing);
    }

    private static String name(String split, ImageData images, int row) {
        return split + " image " + row + " (class " + images.classes().get(images.label(row)) + ")";
    }
}
