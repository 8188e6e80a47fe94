package org.gan4j.examples.crossmodal;

import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.util.Optional;
import org.gan4j.core.condition.FineTunableSource;
import org.gan4j.core.condition.FineTunedEncoder;
import org.gan4j.core.condition.PairedEmbeddingSource;
import org.gan4j.core.data.RealBatch;
import org.gan4j.core.model.ConditionSpec;
import org.gan4j.core.spi.DataRequest;

/**
 * One split of {@link MultimodalDigits} as training data: gan-core's paired source, plus its origin
 * and the encoder to fine-tune, if the run fine-tunes one.
 */
final class CrossModalSource implements FineTunableSource {

    private final MultimodalDigits digits;
    private final MultimodalDigits.Part part;
    private final PairedEmbeddingSource pairs;

    CrossModalSource(MultimodalDigits digits, DataRequest.Split split, long seed) {
        this.digits = digits;
        this.part = digits.part(split);
        this.pairs = new PairedEmbeddingSource(part.pairs(), digits.settings().pairing(), seed);
    }

    /** @return the run's pairs, both splits */
    MultimodalDigits digits() {
        return digits;
    }

    /** @return this split's pairs */
    MultimodalDigits.Part part() {
        return part;
    }

    /** @return the draws behind each batch */
    PairedEmbeddingSource pairs() {
        return pairs;
    }

    @Override
    public Optional<FineTunedEncoder> fineTunedEncoder() {
        return digits.fineTunedEncoder();
    }

    @Override
    public Shape sampleShape() {
        return pairs.sampleShape();
    }

    @Override
    public ConditionSpec condition() {
        return pairs.condition();
    }

    @Override
    public long size() {
        return pairs.size();
    }

    @Override
    public RealBatch batch(NDManager manager, long index, int batchSize) {
        return pairs.batch(manager, index, batchSize);
    }
}
