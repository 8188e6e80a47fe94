package org.gan4j.examples.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gan4j.core.app.job.TrainingJob;
import org.gan4j.core.app.job.TrainingResult;
import org.gan4j.core.metrics.MetricValue;
import org.gan4j.core.spi.ModalityRegistry;

/**
 * The small-data experiment of DiffAugment (Zhao et al. 2020): one preset trained on a few
 * training samples ({@code data.options.limit}) twice, the same steps and seed, without and with a
 * DiffAugment policy; FID, the discriminator's held-out gap and r_t, and memorization are compared.
 * Each arm is an ordinary run directory under the output folder.
 */
public final class SmallDataExperiment {

    /** The metrics the comparison prints, in order; absent ones are shown as "-". */
    static final List<String> REPORTED = List.of("fid", "inception-score", "d/heldout-gap", "d/rt", "d/rt-heldout",
            "gen/nn-ratio", "gen/memorized-share");

    /**
     * @param preset the preset
     * @param trainSize training samples kept
     * @param steps training steps per arm
     * @param evalSamples generated samples of the final evaluation
     * @param augment the DiffAugment policy of the second arm
     * @param seed the run seed of both arms
     * @param out the folder that receives the two run directories
     */
    public record Settings(String preset, int trainSize, long steps, int evalSamples, String augment, long seed,
            Path out) {}

    private final PrintWriter out;

    /** @param out where the progress and the comparison are printed */
    public SmallDataExperiment(PrintWriter out) {
        this.out = out;
    }

    /**
     * Runs both arms and prints the comparison.
     *
     * @param registry the modalities
     * @param cacheDir the data cache
     * @param settings what to run
     * @return for each arm ({@code none}, then the policy), its final metrics
     * @throws IOException if a run cannot be written
     */
    public Map<String, List<MetricValue>> run(ModalityRegistry registry, Path cacheDir, Settings settings)
            throws IOException {
        Map<String, List<MetricValue>> arms = new LinkedHashMap<>();
        for (String policy : List.of("none", settings.augment())) {
            Map<String, String> overrides = new LinkedHashMap<>();
            overrides.put("data.options.limit", Integer.toString(settings.trainSize()));
            overrides.put("train.steps", Long.toString(settings.steps()));
            overrides.put("train.seed", Long.toString(settings.seed()));
            overrides.put("eval.every", "0");
            overrides.put("eval.samples", Integer.toString(settings.evalSamples()));
            overrides.put("checkpoint.every", Long.toString(settings.steps()));
            overrides.put("checkpoint.bestMetric", "");
            overrides.put("samples.every", Long.toString(settings.steps()));
            overrides.put("stabilize.augment", policy);
            Path dir = settings.out().resolve(policy.equals("none") ? "plain" : "augmented");
            out.printf("small-data: %s on %d training samples, %d steps, augment '%s' → %s%n", settings.preset(),
                    settings.trainSize(), settings.steps(), policy, dir);
            out.flush();
            try (TrainingJob job = TrainingJob.start(RunConfigs.preset(registry, settings.preset(), overrides).resolve(),
                    dir, registry, cacheDir, line -> {
                        out.println("  " + line);
                        out.flush();
                    })) {
                TrainingResult result = job.run();
                arms.put(policy, result.metrics());
            }
        }
        print(arms);
        return arms;
    }

    private void print(Map<String, List<MetricValue>> arms) {
        out.printf("%-22s", "metric");
        arms.keySet().forEach(arm -> out.printf("%28s", arm));
        out.println();
        for (String name : REPORTED) {
            out.printf("%-22s", name);
            for (List<MetricValue> metrics : arms.values()) {
                String value = metrics.stream().filter(m -> m.name().equals(name)).findFirst()
                        .map(m -> String.format("%.4f", m.value())).orElse("-");
                out.printf("%28s", value);
            }
            out.println();
        }
        out.flush();
    }
}
