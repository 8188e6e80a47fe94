package org.gan4j.core.eval;

/** What {@link EvaluatorFiles} needs of a modality's evaluator card, saved as JSON. */
public interface ClassifierCard {

    /** @return the classifier architecture version it was trained with */
    int architectureVersion();

    /** @return the SHA-256 of the parameter file */
    String sha256();

    /** @return a one-line description naming the data and the hash */
    String describe();
}
