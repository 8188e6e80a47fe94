package org.gan4j.examples.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The operator events of a libtorch profiler trace (the chrome-trace JSON that
 * {@code JniUtils.stopProfile} writes) and the time they account for. Operators nest — {@code
 * aten::conv2d} calls {@code aten::convolution} calls the kernel — so each event's <em>self</em>
 * time is its duration less that of the events directly inside it on the same thread, and the
 * native time of a thread is the sum of its outermost events.
 */
final class OperatorTrace {

    /**
     * One complete event ({@code "ph": "X"}).
     *
     * @param name the operator, e.g. {@code aten::addmm}
     * @param thread the pid and tid it ran on
     * @param start its start, µs from the start of profiling
     * @param duration its duration, µs
     */
    record Event(String name, String thread, double start, double duration) {

        double end() {
            return start + duration;
        }
    }

    private final double outermostMicros;
    private final int outermostCount;
    private final Map<String, Double> selfMicros;

    /** @param events the trace's complete events, in any order */
    OperatorTrace(List<Event> events) {
        List<Event> sorted = new ArrayList<>(events);
        sorted.sort(Comparator.comparing(Event::thread).thenComparingDouble(Event::start)
                .thenComparing(Comparator.comparingDouble(Event::duration).reversed()));
        Map<String, Double> self = new LinkedHashMap<>();
        Deque<double[]> open = new ArrayDeque<>(); // {end, child time} of the enclosing events
        Deque<Event> openEvents = new ArrayDeque<>();
        String thread = null;
        double outermost = 0;
        int count = 0;
        for (Event e : sorted) {
            if (!e.thread().equals(thread)) {
                closeAll(open, openEvents, self);
                thread = e.thread();
            }
            while (!open.isEmpty() && e.start() >= open.peek()[0]) {
                close(open, openEvents, self);
            }
            if (open.isEmpty()) {
                outermost += e.duration();
                count++;
            } else {
                open.peek()[1] += e.duration();
            }
            open.push(new double[] {e.end(), 0});
            openEvents.push(e);
        }
        closeAll(open, openEvents, self);
        this.outermostMicros = outermost;
        this.outermostCount = count;
        this.selfMicros = self;
    }

    private static void close(Deque<double[]> open, Deque<Event> openEvents, Map<String, Double> self) {
        double children = open.pop()[1];
        Event e = openEvents.pop();
        self.merge(e.name(), Math.max(0, e.duration() - children), Double::sum);
    }

    private static void closeAll(Deque<double[]> open, Deque<Event> openEvents, Map<String, Double> self) {
        while (!open.isEmpty()) {
            close(open, openEvents, self);
        }
    }

    /**
     * Reads a chrome-trace file: either a JSON array of events or an object with {@code
     * traceEvents}; events other than complete ones are ignored.
     *
     * @param file the trace
     * @return its operator times
     * @throws IOException if the file cannot be read or is not a trace
     */
    static OperatorTrace read(Path file) throws IOException {
        JsonNode root = new ObjectMapper().readTree(file.toFile());
        JsonNode events = root != null && root.isObject() ? root.get("traceEvents") : root;
        if (events == null || !events.isArray()) {
            throw new IOException(file + " is not a chrome trace: expected a JSON array of events or an object with"
                    + " traceEvents");
        }
        List<Event> parsed = new ArrayList<>();
        for (JsonNode e : events) {
            if ("X".equals(e.path("ph").asText()) && e.has("dur")) {
                parsed.add(new Event(e.path("name").asText(), e.path("pid").asText() + "/" + e.path("tid").asText(),
                        e.path("ts").asDouble(), e.path("dur").asDouble()));
            }
        }
        return new OperatorTrace(parsed);
    }

    /** @return the summed duration of the outermost events of every thread, µs */
    double outermostMicros() {
        return outermostMicros;
    }

    /** @return how many outermost events there are (native calls that reached libtorch's dispatcher) */
    int outermostCount() {
        return outermostCount;
    }

    /** @return each operator's total self time, µs, largest first */
    Map<String, Double> selfMicros() {
        Map<String, Double> sorted = new LinkedHashMap<>();
        selfMicros.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return sorted;
    }
}
