package org.gan4j.image.eval;

/**
 * The outcome of {@link ClassifierTrainer#train}.
 *
 * @param parameters the trained weights as a {@link org.gan4j.core.checkpoint.ParameterFile}
 * @param trainImages how many images it trained on
 * @param heldOutImages how many held-out images its accuracy was measured on
 * @param heldOutAccuracy the share of held-out images classified correctly
 * @param wallSeconds the wall time of training and measuring
 */
public record ClassifierTraining(
        byte[] parameters, int trainImages, int heldOutImages, double heldOutAccuracy, double wallSeconds) {}
