package org.gan4j.image.data;

import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.util.Optional;
import org.gan4j.core.data.DataSource;
import org.gan4j.core.data.EpochOrder;
import org.gan4j.core.data.RealBatch;
import org.gan4j.core.model.ConditionSpec;

/**
 * Images as the trainer sees them. Batch {@code i} of size {@code B} holds stream positions
 * {@code i·B … i·B+B-1} of an {@link EpochOrder}, so it depends only on the seed, {@code i} and
 * {@code B}, and every image appears once per epoch. Images are float32 (B, C, H, W) in [-1, 1];
 * when conditional, the conditions are the class indices, int64 (B).
 */
public final class ImageDataSource implements DataSource {

    private final ImageData data;
    private final boolean conditional;
    private final EpochOrder order;
    private final BatchAssembler assembler;
    private final ImageDataProvider provider;

    /**
     * @param data the images, at least one
     * @param seed the shuffling seed
     * @param conditional whether batches carry class labels
     */
    public ImageDataSource(ImageData data, long seed, boolean conditional) {
        this(data, seed, conditional, null);
    }

    /** As the public constructor, remembering the provider that opened the data ({@code null} if none). */
    ImageDataSource(ImageData data, long seed, boolean conditional, ImageDataProvider provider) {
        this.data = data;
        this.conditional = conditional;
        this.order = new EpochOrder(data.size(), seed);
        this.assembler = new BatchAssembler(data);
        this.provider = provider;
    }

    /** @return the images behind this source, e.g. to train an evaluator on them */
    public ImageData data() {
        return data;
    }

    /**
     * @return the provider that opened this source, e.g. to load the other split of the same data;
     *     empty for a source made directly from {@link ImageData}
     */
    public Optional<ImageDataProvider> provider() {
        return Optional.ofNullable(provider);
    }

    @Override
    public Shape sampleShape() {
        return data.sampleShape();
    }

    @Override
    public ConditionSpec condition() {
        return conditional ? ConditionSpec.classLabel(data.classes().size()) : ConditionSpec.NONE;
    }

    @Override
    public long size() {
        return data.size();
    }

    @Override
    public RealBatch batch(NDManager manager, long index, int batchSize) {
        if (index < 0 || batchSize <= 0) {
            throw new IllegalArgumentException("batch " + index + " of size " + batchSize + ": need index >= 0, size > 0");
        }
        long start = Math.multiplyExact(index, (long) batchSize);
        int[] samples = new int[batchSize];
        for (int i = 0; i < batchSize; i++) {
            samples[i] = order.sampleAt(start + i);
        }
        return new RealBatch(assembler.images(manager, samples),
                conditional ? assembler.labels(manager, samples) : null);
    }
}
