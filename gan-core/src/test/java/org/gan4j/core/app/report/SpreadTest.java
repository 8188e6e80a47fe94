package org.gan4j.core.app.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SpreadTest {

    private static final List<Integer> ELEVEN = IntStream.rangeClosed(0, 10).boxed().toList();

    @Test
    void givenMoreItemsThanAllowedWhenSpreadingThenFirstLastAndEvenlySpacedOnesAreKept() {
        assertEquals(List.of(0, 5, 10), Spread.evenly(ELEVEN, 3));
        assertEquals(List.of(0, 2, 4, 6, 8, 10), Spread.evenly(ELEVEN, 6));
        assertEquals(List.of(10), Spread.evenly(ELEVEN, 1), "one kept item is the newest");
    }

    @Test
    void givenFewItemsWhenSpreadingThenAllAreKept() {
        assertEquals(ELEVEN, Spread.evenly(ELEVEN, 11));
        assertEquals(List.of(), Spread.evenly(List.of(), 4));
    }

    @Test
    void givenNonPositiveLimitWhenSpreadingThenRefused() {
        assertThrows(IllegalArgumentException.class, () -> Spread.evenly(ELEVEN, 0));
    }
}
