package org.gan4j.examples.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Self and outermost times of nested operator events, computed by hand. */
class OperatorTraceTest {

    @TempDir
    Path temp;

    @Test
    void givenNestedEventsWhenSummedThenSelfTimesExcludeDirectChildrenAndOutermostCountsOnce() throws IOException {
        // thread 1: conv [0,100) ⊃ convolution [10,40) ⊃ kernel [15,20); add [50,70) inside conv; mm [200,210)
        // thread 2: mm [0,50), overlapping thread 1 in time but outermost on its own thread
        Path file = Files.writeString(temp.resolve("trace.json"), """
                [
                {"name": "aten::add", "ph": "X", "ts": 50.0, "dur": 20.0, "tid": 1, "pid": "CPU Functions"},
                {"name": "aten::kernel", "ph": "X", "ts": 15.0, "dur": 5.0, "tid": 1, "pid": "CPU Functions"},
                {"name": "aten::conv", "ph": "X", "ts": 0.0, "dur": 100.0, "tid": 1, "pid": "CPU Functions"},
                {"name": "aten::convolution", "ph": "X", "ts": 10.0, "dur": 30.0, "tid": 1, "pid": "CPU Functions"},
                {"name": "aten::mm", "ph": "X", "ts": 200.0, "dur": 10.0, "tid": 1, "pid": "CPU Functions"},
                {"name": "aten::mm", "ph": "X", "ts": 0.0, "dur": 50.0, "tid": 2, "pid": "CPU Functions"},
                {"name": "flow", "ph": "s", "ts": 0.0, "tid": 1, "pid": "CPU Functions"}
                ]""");
        OperatorTrace trace = OperatorTrace.read(file);
        assertEquals(100 + 10 + 50, trace.outermostMicros(), 1e-9);
        assertEquals(3, trace.outermostCount());
        Map<String, Double> self = trace.selfMicros();
        assertEquals(List.of("aten::mm", "aten::conv", "aten::convolution", "aten::add", "aten::kernel"),
                List.copyOf(self.keySet()), "largest self time first");
        assertEquals(60, self.get("aten::mm"), 1e-9);
        assertEquals(100 - 30 - 20, self.get("aten::conv"), 1e-9);
        assertEquals(30 - 5, self.get("aten::convolution"), 1e-9);
        assertEquals(20, self.get("aten::add"), 1e-9);
        assertEquals(5, self.get("aten::kernel"), 1e-9);
    }

    @Test
    void givenAnEventStartingWhereAnotherEndsWhenSummedThenTheyAreSiblings() throws IOException {
        Path file = Files.writeString(temp.resolve("siblings.json"), """
                {"traceEvents": [
                {"name": "a", "ph": "X", "ts": 0, "dur": 10, "tid": 1, "pid": 1},
                {"name": "b", "ph": "X", "ts": 10, "dur": 10, "tid": 1, "pid": 1}
                ]}""");
        OperatorTrace trace = OperatorTrace.read(file);
        assertEquals(2, trace.outermostCount());
        assertEquals(20, trace.outermostMicros(), 1e-9);
    }

    @Test
    void givenJsonThatIsNotATraceWhenReadThenErrorNamesTheFileAndTheExpectedForm() throws IOException {
        Path file = Files.writeString(temp.resolve("config.json"), "{\"train\": {}}");
        IOException e = assertThrows(IOException.class, () -> OperatorTrace.read(file));
        assertTrue(e.getMessage().contains("config.json is not a chrome trace"), e.getMessage());
    }
}
