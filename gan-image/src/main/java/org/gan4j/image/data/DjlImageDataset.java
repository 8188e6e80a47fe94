package org.gan4j.image.data;

import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.dataset.ArrayDataset;
import ai.djl.training.dataset.Batch;
import ai.djl.training.dataset.Record;
import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * {@link ImageData} as a DJL data set, for training classifiers such as the image evaluator: data
 * float32 (C, H, W) in [-1, 1], label int64 class index. A thin view: it keeps no copy of the images
 * and builds each batch directly from the Java arrays (through {@link ArrayDataset}'s bulk path),
 * never one array per record. Batches may be fetched from several threads.
 */
public final class DjlImageDataset extends ArrayDataset {

    private final ImageData data;
    private final BatchAssembler assembler;

    private DjlImageDataset(Builder builder) {
        super(builder);
        this.data = builder.data;
        this.assembler = new BatchAssembler(data);
    }

    /** @return the images behind this data set */
    public ImageData data() {
        return data;
    }

    @Override
    protected long availableSize() {
        return data.size();
    }

    @Override
    public synchronized Record get(NDManager manager, long index) {
        int[] sample = {Math.toIntExact(index)};
        return new Record(new NDList(assembler.images(manager, sample).reshape(data.sampleShape())),
                new NDList(assembler.labels(manager, sample).reshape(new Shape())));
    }

    @Override
    public synchronized Batch getByIndices(NDManager manager, long... indices) {
        return batch(manager, Arrays.stream(indices).mapToInt(Math::toIntExact).toArray());
    }

    @Override
    public synchronized Batch getByRange(NDManager manager, long fromIndex, long toIndex) {
        int from = Math.toIntExact(fromIndex);
        return batch(manager, IntStream.range(from, Math.toIntExact(toIndex)).toArray());
    }

    private Batch batch(NDManager manager, int[] samples) {
        return new Batch(manager, new NDList(assembler.images(manager, samples)),
                new NDList(assembler.labels(manager, samples)), samples.length, dataBatchifier, labelBatchifier,
                -1, -1);
    }

    /** Configures a {@link DjlImageDataset}: sampling is required, the rest as in DJL. */
    public static final class Builder extends BaseBuilder<Builder> {

        private final ImageData data;

        /** @param data the images to serve */
        public Builder(ImageData data) {
            this.data = data;
        }

        @Override
        protected Builder self() {
            return this;
        }

        /** @return the data set */
        public DjlImageDataset build() {
            return new DjlImageDataset(this);
        }
    }
}
