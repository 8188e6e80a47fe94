package org.gan4j.core.eval;

import org.gan4j.core.metrics.PrecisionRecall;
import org.gan4j.core.metrics.Score;

/**
 * What real held-out samples score against the real training samples, with the same evaluator and
 * the same counts as an evaluation of generated samples: the mark a perfect generator would reach
 * (the floor of FID and KID, the real Inception Score, the precision and recall of real data).
 *
 * @param samples n, the held-out samples measured
 * @param inceptionScore the Inception Score of the n samples (10 splits)
 * @param fid the FID of the n samples against the training statistics: the floor
 * @param kid the KID of the n samples against the training feature rows
 * @param precisionRecall precision and recall of the samples (at most 5,000) against the training rows
 */
public record RealReference(
        int samples, Score inceptionScore, double fid, Score kid, PrecisionRecall precisionRecall) {}
