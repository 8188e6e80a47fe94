package org.gan4j.core.app.job;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import java.io.IOException;
import java.nio.file.Path;
import org.gan4j.core.data.DataSource;
import org.gan4j.core.data.RealBatch;
import org.gan4j.core.model.ConditionSpec;
import org.gan4j.core.spi.SampleWriter;
import org.gan4j.core.train.EngineSeeds;
import org.gan4j.core.train.GanTrainer;
import org.gan4j.core.train.StepReport;

/**
 * Writes {@code samples/step-NNNNNNNN.*} from fixed noise when due: the same noise and conditions
 * at every step, so files of different steps compare, and a file rewritten after a kill equals the
 * one the uninterrupted run wrote. Class labels cycle through the classes (one row per class);
 * embedding conditions come from the first real training samples.
 */
final class SampleListener implements RunListener {

    private static final long FIXED_NOISE = -2;

    private final RunSchedule schedule;
    private final GanTrainer trainer;
    private final DataSource data;
    private final SampleWriter writer;
    private final Path directory;
    private final NDManager manager;

    SampleListener(RunSchedule schedule, GanTrainer trainer, DataSource data, SampleWriter writer, Path directory,
            NDManager manager) {
        this.schedule = schedule;
        this.trainer = trainer;
        this.data = data;
        this.writer = writer;
        this.directory = directory;
        this.manager = manager;
    }

    @Override
    public void onStep(StepReport report, RunControl control) throws IOException {
        if (schedule.samplesDue(report.step())) {
            write(report.step());
        }
    }

    @Override
    public void onResume(long step) throws IOException {
        if (schedule.samplesDue(step)) {
            write(step);
        }
    }

    private void write(long step) throws IOException {
        try (EngineSeeds.Hold random = EngineSeeds.hold(); NDManager scope = manager.newSubManager()) {
            EngineSeeds.seed(schedule.config().train().seed(), FIXED_NOISE, 0);
            int count = schedule.config().samples().count();
            NDArray conditions = conditions(scope, count);
            NDArray samples = trainer.sampler().generate(scope, count, conditions);
            writer.write(samples, conditions, directory, String.format("step-%08d", step));
        }
    }

    private NDArray conditions(NDManager scope, int count) {
        ConditionSpec c = trainer.model().condition();
        return switch (c.kind()) {
            case NONE -> null;
            case CLASS_LABEL -> scope.arange(count).toType(DataType.INT64, false).mod(c.size());
            case EMBEDDING -> {
                RealBatch batch = data.batch(scope, 0, count);
                yield batch.conditions();
            }
        };
    }
}
