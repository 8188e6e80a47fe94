package org.gan4j.examples.api;

// README example: begin
import java.nio.file.Path;
import java.util.Map;
import org.gan4j.core.app.Adam;
import org.gan4j.core.app.Gan;
import org.gan4j.core.app.GanSetup;
import org.gan4j.core.app.LossSpec;
import org.gan4j.core.app.job.TrainedRun;
import org.gan4j.core.app.job.TrainingResult;
import org.gan4j.core.metrics.MetricValue;

public class UseFromJava {

    public static void main(String[] args) throws Exception {
        Path run = Path.of(args.length > 0 ? args[0] : "runs/ring-from-java");
        GanSetup setup = GanSetup.builder()
                .modality("points").data("ring8")                   // 8 Gaussians on a circle
                .architecture("mlp", Map.of("width", 128, "layers", 4))
                .latent("normal", 2)
                .loss(LossSpec.hinge())
                .optimizers(Adam.of(1e-3).betas(0, 0.9), Adam.of(1e-3).betas(0, 0.9))
                .ema(0.999)
                .steps(2000).batchSize(256).seed(7)
                .evaluation(1000, 2000).samples(1000, 1000)
                .bestCheckpoint("modes-covered", "high-quality")
                .build();                                           // validated; names the first bad field
        TrainingResult result = Gan.fit(setup, run);                // trains, evaluates, checkpoints, writes samples
        for (MetricValue m : result.metrics()) {
            System.out.printf("%s = %.3f (n=%d)%n", m.name(), m.value(), m.samples());
        }
        Gan.resume(run, 3000);                                      // 1,000 more steps, exactly as if never stopped
        try (TrainedRun best = Gan.open(run, "best")) {             // G and D, no optimizer state: sample, export
            best.exportGenerator(run.resolve("export"), "ring");
        }
    }
}
// README example: end
