package org.gan4j.audio.data;

import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.nio.FloatBuffer;
import java.util.Optional;
import org.gan4j.audio.signal.SpectrogramCodec;
import org.gan4j.core.data.DataSource;
import org.gan4j.core.data.EpochOrder;
import org.gan4j.core.data.FloatBatchBuffer;
import org.gan4j.core.data.LabelBatchBuffer;
import org.gan4j.core.data.RealBatch;
import org.gan4j.core.model.ConditionSpec;

/**
 * Clips as the trainer sees them, in a {@link ClipFormat}: waveforms (B, 1, window) or spectrograms
 * (B, 1, bins, 128), float32 in [-1, 1]; when conditional, the class indices, int64 (B). Batch
 * {@code i} holds positions {@code i·B … i·B+B-1} of an {@link EpochOrder}, so it depends only on
 * the seed, {@code i} and {@code B}. Spectrograms are computed once, when the source is opened.
 */
public final class AudioDataSource implements DataSource {

    private final AudioClips clips;
    private final ClipFormat format;
    private final float[] values;
    private final boolean conditional;
    private final EpochOrder order;
    private final AudioDataProvider provider;
    private final FloatBatchBuffer samples = new FloatBatchBuffer();
    private final LabelBatchBuffer labels = new LabelBatchBuffer();

    /**
     * @param clips the clips, at least one
     * @param representation how samples are shown
     * @param seed the shuffling seed
     * @param conditional whether batches carry class labels
     * @param provider the provider that loaded the clips, or {@code null}
     */
    public AudioDataSource(AudioClips clips, ClipFormat.Representation representation, long seed,
            boolean conditional, AudioDataProvider provider) {
        this.clips = clips;
        this.format = new ClipFormat(clips.window(), representation);
        this.conditional = conditional;
        this.order = new EpochOrder(clips.size(), seed);
        this.provider = provider;
        if (representation == ClipFormat.Representation.WAVEFORM) {
            values = clips.samples();
        } else {
            values = new float[clips.samples().length];
            SpectrogramCodec codec = format.codec();
            for (int i = 0; i < clips.size(); i++) {
                System.arraycopy(format.encode(clips.clip(i), codec), 0, values, i * clips.window(), clips.window());
            }
        }
    }

    /** @return the clips behind this source */
    public AudioClips clips() {
        return clips;
    }

    /** @return how samples are shown */
    public ClipFormat format() {
        return format;
    }

    /** @return the provider that opened this source, to load the other split; empty if none */
    public Optional<AudioDataProvider> provider() {
        return Optional.ofNullable(provider);
    }

    @Override
    public Shape sampleShape() {
        return format.sampleShape();
    }

    @Override
    public ConditionSpec condition() {
        return conditional ? ConditionSpec.classLabel(clips.classes().size()) : ConditionSpec.NONE;
    }

    @Override
    public long size() {
        return clips.size();
    }

    @Override
    public RealBatch batch(NDManager manager, long index, int batchSize) {
        if (index < 0 || batchSize <= 0) {
            throw new IllegalArgumentException("batch " + index + " of size " + batchSize + ": need index >= 0, size > 0");
        }
        long start = Math.multiplyExact(index, (long) batchSize);
        int length = format.sampleLength();
        FloatBuffer out = samples.begin(batchSize * length);
        int[] batchLabels = new int[batchSize];
        for (int i = 0; i < batchSize; i++) {
            int clip = order.sampleAt(start + i);
            out.put(values, clip * length, length);
            batchLabels[i] = clips.label(clip);
        }
        return new RealBatch(samples.finish(manager, new Shape(batchSize).addAll(format.sampleShape())),
                conditional ? labels.labels(manager, batchLabels) : null);
    }
}
