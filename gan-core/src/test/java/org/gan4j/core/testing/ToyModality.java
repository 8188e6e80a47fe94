package org.gan4j.core.testing;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.gan4j.core.checkpoint.AtomicFiles;
import org.gan4j.core.metrics.MetricValue;
import org.gan4j.core.model.GanModel;
import org.gan4j.core.nn.Mlp;
import org.gan4j.core.spi.Architecture;
import org.gan4j.core.spi.DataSourceProvider;
import org.gan4j.core.spi.EvaluatorFactory;
import org.gan4j.core.spi.Modality;
import org.gan4j.core.spi.ModelRequest;
import org.gan4j.core.spi.Preset;
import org.gan4j.core.spi.SampleWriter;

/**
 * Test fixture: a one-dimensional modality over {@link TwoGaussians}. Data option {@code
 * poisonBatch} makes that batch NaN once. Its metric {@code near-modes} is the share of samples
 * within 0.5 of ±2.
 */
public final class ToyModality implements Modality {

    @Override
    public String name() {
        return "toy";
    }

    @Override
    public String description() {
        return "1-D mixture of two Gaussians (test fixture)";
    }

    @Override
    public String sampleType() {
        return "scalar";
    }

    @Override
    public List<DataSourceProvider> dataSources() {
        return List.of(new DataSourceProvider() {
            @Override
            public String name() {
                return "two-gaussians";
            }

            @Override
            public String description() {
                return "N(-2, 0.1²) and N(2, 0.1²)";
            }

            @Override
            public org.gan4j.core.data.DataSource open(org.gan4j.core.spi.DataRequest request) {
                request.options().requireOnly(List.of("poisonBatch"));
                int poison = request.options().getInt("poisonBatch", -1, -1, Integer.MAX_VALUE);
                Set<Long> poisoned = new HashSet<>();
                if (poison >= 0) {
                    poisoned.add((long) poison);
                }
                return new TwoGaussians(request.seed() + request.split().ordinal(), poisoned);
            }
        });
    }

    @Override
    public List<Architecture> architectures() {
        return List.of(new Architecture() {
            @Override
            public String name() {
                return "mlp";
            }

            @Override
            public String description() {
                return "two-layer MLPs";
            }

            @Override
            public GanModel build(ModelRequest r) {
                int width = r.options().getInt("width", 16, 1, 1024);
                return new GanModel("toy-mlp", () -> Mlp.of(width, 2, 1), Mlp.of(width, 2, 1), r.prior(), r.condition(),
                        r.sampleShape());
            }
        });
    }

    @Override
    public SampleWriter sampleWriter() {
        return (samples, conditions, directory, stem) -> {
            StringBuilder sb = new StringBuilder();
            for (float v : samples.toFloatArray()) {
                sb.append(v).append('\n');
            }
            Path file = directory.resolve(stem + ".txt");
            AtomicFiles.write(file, sb.toString().getBytes(StandardCharsets.UTF_8));
            return List.of(file);
        };
    }

    @Override
    public EvaluatorFactory evaluatorFactory() {
        return (heldOut, request) -> (sampler, count) -> {
            try (NDManager scope = NDManager.newBaseManager()) {
                NDArray x = sampler.generate(scope, count, null);
                int near = 0;
                for (float v : x.toFloatArray()) {
                    if (Math.abs(Math.abs(v) - 2) < 0.5) {
                        near++;
                    }
                }
                return List.of(new MetricValue("near-modes", near / (double) count, Double.NaN, count, true, ""));
            }
        };
    }

    @Override
    public List<Preset> presets() {
        return List.of(new Preset("toy", "toy preset", """
                modality: toy
                data: {name: two-gaussians, options: {}}
                architecture: {name: mlp, options: {}}
                latent: {prior: normal, dim: 4}
                train: {steps: 60, batchSize: 32, lrGenerator: 0.001, lrDiscriminator: 0.001, logEvery: 10, emaDecay: 0.99}
                checkpoint: {every: 20, keepLast: 2, bestMetric: near-modes}
                eval: {every: 20, samples: 200}
                samples: {every: 30, count: 16}
                """));
    }
}
