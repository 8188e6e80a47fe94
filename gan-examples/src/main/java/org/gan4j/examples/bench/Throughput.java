package org.gan4j.examples.bench;

import java.util.List;

/** Timing of step loops and the statistics the benchmarks report. */
final class Throughput {

    private Throughput() {}

    /**
     * Runs and times a number of steps.
     *
     * @param loop the loop
     * @param steps how many steps
     * @return steps per second
     */
    static double stepsPerSecond(StepLoop loop, int steps) {
        long start = System.nanoTime();
        for (int i = 0; i < steps; i++) {
            loop.step();
        }
        return steps / ((System.nanoTime() - start) / 1e9);
    }

    /**
     * @param values measurements
     * @return their median (the upper one for an even count)
     */
    static double median(List<Double> values) {
        double[] v = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return v[v.length / 2];
    }

    /**
     * The paired ratios of two series of rates measured in alternating rounds.
     *
     * @param median the median ratio
     * @param min the smallest
     * @param max the largest
     */
    record Ratio(double median, double min, double max) {

        /**
         * @param numerator rates of the measured loop, one per round
         * @param denominator rates of the baseline, same rounds
         * @return the round-by-round ratios' summary
         */
        static Ratio of(List<Double> numerator, List<Double> denominator) {
            List<Double> ratios = new java.util.ArrayList<>();
            for (int r = 0; r < numerator.size(); r++) {
                ratios.add(numerator.get(r) / denominator.get(r));
            }
            return new Ratio(Throughput.median(ratios), ratios.stream().mapToDouble(d -> d).min().orElse(Double.NaN),
                    ratios.stream().mapToDouble(d -> d).max().orElse(Double.NaN));
        }

        @Override
        public String toString() {
            return String.format("%.3f (median; min %.3f, max %.3f)", median, min, max);
        }
    }
}
