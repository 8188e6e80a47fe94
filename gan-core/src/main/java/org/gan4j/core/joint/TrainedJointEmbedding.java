package org.gan4j.core.joint;

import org.gan4j.core.eval.CachedClassifier;

/**
 * A joint embedding with the card saying what it was trained on; closing frees its weights.
 *
 * @param card its provenance
 * @param embedding the embedding
 */
public record TrainedJointEmbedding(JointEmbeddingCard card, JointEmbedding embedding)
        implements CachedClassifier<JointEmbeddingCard> {

    @Override
    public void close() {
        embedding.close();
    }
}
