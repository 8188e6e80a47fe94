package org.gan4j.examples.crossmodal;

import java.io.IOException;
import org.gan4j.core.condition.SampleTable;
import org.gan4j.core.joint.JointEmbedding;
import org.gan4j.core.joint.JointEmbeddingCache;
import org.gan4j.core.joint.TrainedJointEmbedding;
import org.gan4j.core.spi.DataRequest;
import org.gan4j.core.spi.ModalityRegistry;

/**
 * The joint image–caption embedding behind text→image's {@code r-precision}: gan-image's DCGAN
 * trunk ({@code dcgan}'s encoder) for the images and gan-text's sequence CNN ({@code relgan}'s
 * encoder) for the one-hot captions, each projected to a shared width and trained with InfoNCE on
 * the run's training pairs (image i with its own caption i), then cached with the evaluators; the
 * held-out pairs give the R-precision of real images on its card.
 */
final class CaptionImageEmbedding {

    /** The name it is cached under. */
    static final String DATASET = MultimodalDigitsProvider.NAME + "-joint";

    private CaptionImageEmbedding() {}

    /**
     * @param digits a run's pairs with captions as the source and images as the targets
     * @param request the held-out request (cache folder and progress)
     * @param settings how the embedding is trained
     * @return the cached or newly trained embedding (image = a, caption = b)
     * @throws IOException if the cache cannot be read or written
     */
    static TrainedJointEmbedding obtain(MultimodalDigits digits, DataRequest request, JointEmbedding.Settings settings)
            throws IOException {
        MultimodalDigits.SourceData captions = digits.source();
        SampleTable trainImages = new ImageTable(digits.part(DataRequest.Split.TRAIN).images());
        SampleTable heldOutImages = new ImageTable(digits.part(DataRequest.Split.HELD_OUT).images());
        ModalityRegistry registry = ModalityRegistry.load();
        JointEmbeddingCache.Encoders encoders = new JointEmbeddingCache.Encoders("image:dcgan + text:relgan",
                () -> MultimodalDigits.encoderBlock(registry, MultimodalDigits.IMAGE, "dcgan",
                        trainImages.sampleShape(), settings.encoderWidth()),
                () -> MultimodalDigits.encoderBlock(registry, MultimodalDigits.TEXT, "relgan",
                        captions.train().sampleShape(), settings.encoderWidth()));
        return new JointEmbeddingCache(request.cacheDir(), request.progress()).obtain(DATASET, encoders,
                new JointEmbedding.Pairs(trainImages, captions.train()),
                new JointEmbedding.Pairs(heldOutImages, captions.heldOut()), settings);
    }
}
