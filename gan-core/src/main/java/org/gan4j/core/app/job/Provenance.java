package org.gan4j.core.app.job;

import ai.djl.engine.Engine;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import org.gan4j.core.device.Devices;

/** Where a run comes from (versions of gan4j, DJL, the engine, Java, the OS), for metrics.json and the report. */
final class Provenance {

    private Provenance() {}

    /**
     * @param when what happened now, e.g. {@code started} or {@code resumed at step 500}
     * @return name → value, in order, ending with {@code when} → the current time
     */
    static Map<String, String> of(String when) {
        String version = Provenance.class.getPackage().getImplementationVersion();
        Map<String, String> p = new LinkedHashMap<>();
        p.put("gan4j", version == null ? "development build" : version);
        p.put("DJL", Engine.getDjlVersion());
        Engine engine = Engine.getInstance();
        p.put("engine", engine.getEngineName() + " " + engine.getVersion());
        p.put("device", Devices.current().toString());
        p.put("Java", System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")");
        p.put("OS", System.getProperty("os.name") + " " + System.getProperty("os.arch"));
        p.put(when, Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
        return p;
    }
}
