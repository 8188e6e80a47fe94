package org.gan4j.core.app.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.gan4j.core.train.StepReport;
import org.junit.jupiter.api.Test;

class DivergenceWatchdogTest {

    private static final double CHANCE = 2 * Math.log(2);

    private static StepReport step(long step, float discriminatorLoss) {
        return new StepReport(step, discriminatorLoss, 0f, 0.5f, 1e-4f, 1e-4f, 0);
    }

    /** Feeds steps 1..n with the given D loss and returns the first alarm, with its step. */
    private static Optional<String> feed(DivergenceWatchdog watchdog, long from, int n, float loss) {
        for (long s = from; s < from + n; s++) {
            Optional<DivergenceWatchdog.Divergence> alarm = watchdog.check(step(s, loss));
            if (alarm.isPresent()) {
                return Optional.of(s + " (healthy until " + alarm.get().lastHealthyStep() + "): " + alarm.get().message());
            }
        }
        return Optional.empty();
    }

    @Test
    void givenLossAboveTwiceChanceOnlyThroughItsGradientPenaltyThenNoAlarm() {
        DivergenceWatchdog watchdog = new DivergenceWatchdog(1e6, CHANCE, 2, 10);
        for (long s = 1; s <= 30; s++) {
            // an R1 penalty of 5 on top of an adversarial loss of 1.2: D is winning, not losing
            assertEquals(Optional.empty(), watchdog.check(new StepReport(s, 6.2f, 5f, 0.5f, 1e-4f, 1e-4f, 0)));
        }
        assertTrue(feed(watchdog, 31, 20, 2.9f).isPresent(), "the adversarial loss alone still alarms");
    }

    @Test
    void givenDiscriminatorAboveTwiceChanceForAWholeWindowThenAlarmAtTheWindowsLastStep() {
        DivergenceWatchdog watchdog = new DivergenceWatchdog(1e6, CHANCE, 2, 10);
        assertEquals(Optional.empty(), feed(watchdog, 1, 20, 1.2f), "a healthy D (below chance) never alarms");
        String alarm = feed(watchdog, 21, 20, 2.9f).orElseThrow();
        // at step 25 the window holds five 1.2 and five 2.9: median 2.05 < 2 x 1.386 = 2.77;
        // at step 26 it holds four 1.2 and six 2.9: median 2.9
        assertTrue(alarm.startsWith("26 (healthy until 16): the discriminator is worse than chance"), alarm);
        assertTrue(alarm.contains("median loss over steps 17-26") && alarm.contains("2.900") && alarm.contains("1.386")
                && alarm.contains("watchdog.chanceFactor"), alarm);
    }

    @Test
    void givenShortSpikesAboveChanceThenTheWindowedMedianStaysBelowTheLimit() {
        DivergenceWatchdog watchdog = new DivergenceWatchdog(1e6, CHANCE, 2, 10);
        feed(watchdog, 1, 10, 1.0f);
        // four wild steps among six at 1.0 (a mean of 201.6 would have alarmed): median 1.0 < 2.77
        assertEquals(Optional.empty(), feed(watchdog, 11, 1, 800f));
        assertEquals(Optional.empty(), feed(watchdog, 12, 3, 6.0f));
        assertEquals(Optional.empty(), feed(watchdog, 15, 30, 1.0f));
    }

    @Test
    void givenResetAfterRollbackThenAFullNewWindowIsNeeded() {
        DivergenceWatchdog watchdog = new DivergenceWatchdog(1e6, CHANCE, 2, 10);
        feed(watchdog, 1, 9, 5.0f);
        watchdog.reset();
        assertEquals(Optional.empty(), feed(watchdog, 10, 9, 5.0f), "nine steps after the reset: window not full");
        assertTrue(feed(watchdog, 19, 1, 5.0f).isPresent());
    }

    @Test
    void givenZeroChanceLevelOrFactorThenTheCheckIsOffButNanStillAlarms() {
        DivergenceWatchdog wasserstein = new DivergenceWatchdog(1e6, 0, 2, 10);
        DivergenceWatchdog off = new DivergenceWatchdog(1e6, CHANCE, 0, 10);
        assertEquals(Optional.empty(), feed(wasserstein, 1, 50, 40f));
        assertEquals(Optional.empty(), feed(off, 1, 50, 40f));
        DivergenceWatchdog.Divergence nan = off.check(step(51, Float.NaN)).orElseThrow();
        assertEquals("discriminator loss became NaN at step 51", nan.message());
        assertEquals(50, nan.lastHealthyStep());
    }
}
