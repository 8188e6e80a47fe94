/**
 * What every modality's self-trained evaluator shares: the small CNN classifier, its predictions,
 * the metrics computed from them against real references, the cached evaluator's verified files
 * and their hashes.
 */
package org.gan4j.core.eval;
