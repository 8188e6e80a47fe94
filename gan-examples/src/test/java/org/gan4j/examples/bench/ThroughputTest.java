package org.gan4j.examples.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The round-by-round ratio statistics the benchmarks report. */
class ThroughputTest {

    @Test
    void givenAlternatingRoundsWhenComparingThenRatiosArePairedByRoundNotByMedians() {
        // Rounds: 4/2 = 2.0, 3/2 = 1.5, 1/1 = 1.0; the ratio of the medians would be 3/2 = 1.5 too,
        // but min and max only come out right when the rounds are paired.
        Throughput.Ratio ratio = Throughput.Ratio.of(List.of(4.0, 3.0, 1.0), List.of(2.0, 2.0, 1.0));
        assertEquals(1.5, ratio.median(), 1e-12);
        assertEquals(1.0, ratio.min(), 1e-12);
        assertEquals(2.0, ratio.max(), 1e-12);
    }

    @Test
    void givenLoopWhenTimedThenEveryStepRunsAndRateIsPositive() {
        int[] steps = {0};
        StepLoop loop = new StepLoop() {
            @Override
            public void step() {
                steps[0]++;
            }

            @Override
            public void close() {}
        };
        double rate = Throughput.stepsPerSecond(loop, 50);
        assertEquals(50, steps[0]);
        assertEquals(true, rate > 0 && Double.isFinite(rate), "rate " + rate);
        assertEquals(2.0, Throughput.median(List.of(3.0, 1.0, 2.0)), 0.0);
    }
}
