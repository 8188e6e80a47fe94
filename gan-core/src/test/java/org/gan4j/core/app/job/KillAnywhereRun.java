package org.gan4j.core.app.job;

import ai.djl.ndarray.NDArray;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.gan4j.core.app.config.ConfigLoader;
import org.gan4j.core.checkpoint.AtomicFiles;
import org.gan4j.core.spi.Architecture;
import org.gan4j.core.spi.DataSourceProvider;
import org.gan4j.core.spi.EvaluatorFactory;
import org.gan4j.core.spi.Modality;
import org.gan4j.core.spi.ModalityRegistry;
import org.gan4j.core.spi.Preset;
import org.gan4j.core.spi.SampleWriter;
import org.gan4j.core.testing.ToyModality;

/**
 * The child process of {@link KillAnywhereTest}: trains (or resumes) the toy run and, at the point
 * it is told, stops the JVM with {@link Runtime#halt} — no finally blocks, no shutdown hooks, as
 * SIGKILL would — inside an evaluation, half-way through a sample file, or after a step.
 *
 * <p>Arguments: {@code RUN_DIR start|resume KIND N}, KIND one of {@code none}, {@code eval} (inside
 * the N-th evaluation), {@code samples} (half-way through the N-th sample file), {@code step}
 * (after step N).
 */
public final class KillAnywhereRun {

    /** The exit status of a simulated kill. */
    static final int KILLED = 137;

    static final String CONFIG = """
            train: {steps: 60}
            checkpoint: {every: 20, keepLast: 1}
            eval: {every: 10, samples: 200}
            samples: {every: 10, count: 16}
            """;

    private KillAnywhereRun() {}

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        String kind = args[2];
        int n = Integer.parseInt(args[3]);
        ModalityRegistry registry = ModalityRegistry.of(List.of(new Crashing(new ToyModality(), kind, n)));
        Path cache = dir.resolveSibling("cache");
        TrainingJob job = args[1].equals("start")
                ? TrainingJob.start(ConfigLoader.withDefaults().mergeYaml(registry.preset("toy").yaml(), "toy")
                        .mergeYaml(CONFIG, "kill-anywhere").resolve(), dir, registry, cache, line -> {})
                : TrainingJob.resume(dir, Optional.empty(), registry, cache, line -> {});
        if (kind.equals("step")) {
            job.addListener(report -> {
                if (report.step() == n) {
                    Runtime.getRuntime().halt(KILLED);
                }
            });
        }
        job.run();
        job.close();
    }

    /** The toy modality, halting the JVM at the N-th evaluation or sample write. */
    private static final class Crashing implements Modality {
        private final Modality toy;
        private final String kind;
        private final int n;
        private int evaluations;
        private int sampleWrites;

        Crashing(Modality toy, String kind, int n) {
            this.toy = toy;
            this.kind = kind;
            this.n = n;
        }

        @Override
        public String name() {
            return toy.name();
        }

        @Override
        public String description() {
            return toy.description();
        }

        @Override
        public String sampleType() {
            return toy.sampleType();
        }

        @Override
        public List<DataSourceProvider> dataSources() {
            return toy.dataSources();
        }

        @Override
        public List<Architecture> architectures() {
            return toy.architectures();
        }

        @Override
        public List<Preset> presets() {
            return toy.presets();
        }

        @Override
        public SampleWriter sampleWriter() {
            SampleWriter writer = toy.sampleWriter();
            return (NDArray samples, NDArray conditions, Path directory, String stem) -> {
                if (kind.equals("samples") && ++sampleWrites == n) {
                    AtomicFiles.write(directory.resolve(stem + ".txt"), out -> {
                        out.write("half a file".getBytes(java.nio.charset.StandardCharsets.UTF_8));
                        out.flush();
                        Runtime.getRuntime().halt(KILLED);
                    });
                }
                return writer.write(samples, conditions, directory, stem);
            };
        }

        @Override
        public EvaluatorFactory evaluatorFactory() {
            EvaluatorFactory factory = toy.evaluatorFactory();
            return (heldOut, request) -> {
                var evaluator = factory.create(heldOut, request);
                return (sampler, count) -> {
                    var metrics = evaluator.evaluate(sampler, count);
                    if (kind.equals("eval") && ++evaluations == n) {
                        Runtime.getRuntime().halt(KILLED);
                    }
                    return metrics;
                };
            };
        }
    }
}
