/**
 * The benchmarks behind {@code gan bench}: gan4j's trainer, sampler and evaluators timed against
 * baselines run alongside them in alternating rounds (a hand-written DJL loop, plain PyTorch), over
 * model descriptions ({@link org.gan4j.examples.bench.BenchModel}); resident memory; small-data
 * experiments.
 */
package org.gan4j.examples.bench;
