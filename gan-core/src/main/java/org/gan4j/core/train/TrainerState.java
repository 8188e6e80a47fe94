package org.gan4j.core.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.util.Pair;
import java.io.DataInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gan4j.core.checkpoint.Checkpoint;
import org.gan4j.core.checkpoint.CheckpointException;
import org.gan4j.core.checkpoint.CheckpointStore;
import org.gan4j.core.checkpoint.ParameterFile;
import org.gan4j.core.model.GanModel;

/**
 * Saves a {@link GanTrainer}'s full state to a checkpoint and restores it: generator,
 * discriminator and averaged-generator weights, both optimizers' moments, the step and a
 * signature of the architecture that a foreign checkpoint fails against. A state with a
 * non-finite weight is never written.
 */
public final class TrainerState {

    /** Metadata key of the architecture signature. */
    public static final String SIGNATURE = "signature";
    /** Metadata key of the completed step count. */
    public static final String STEP = "step";

    private static final String GENERATOR = "generator.params";
    private static final String DISCRIMINATOR = "discriminator.params";
    private static final String AVERAGE = "generator-average.params";
    private static final String ADAM_G = "adam-generator.bin";
    private static final String ADAM_D = "adam-discriminator.bin";

    private TrainerState() {}

    /**
     * Writes a checkpoint of the trainer.
     *
     * @param trainer the trainer
     * @param store where to write
     * @param metadata extra metadata (e.g. the configuration) stored in the manifest
     * @return the checkpoint written
     * @throws IllegalStateException if a weight is NaN or infinite (nothing is written)
     * @throws IOException if writing fails
     */
    public static Checkpoint save(GanTrainer trainer, CheckpointStore store, Map<String, String> metadata)
            throws IOException {
        requireFinite("generator", trainer.generator());
        requireFinite("discriminator", trainer.discriminator());
        Map<String, CheckpointStore.Content> files = new LinkedHashMap<>();
        files.put(GENERATOR, out -> ParameterFile.write(trainer.generator().getParameters(), out));
        files.put(DISCRIMINATOR, out -> ParameterFile.write(trainer.discriminator().getParameters(), out));
        if (trainer.averageGenerator() != null) {
            files.put(AVERAGE, out -> ParameterFile.write(trainer.averageGenerator().getParameters(), out));
        }
        files.put(ADAM_G, trainer.generatorOptimizer()::save);
        files.put(ADAM_D, trainer.discriminatorOptimizer()::save);
        Map<String, String> meta = new LinkedHashMap<>(metadata);
        meta.put(STEP, Long.toString(trainer.stepCount()));
        meta.put(SIGNATURE, signature(trainer));
        return store.save(trainer.stepCount(), files, meta);
    }

    /**
     * Restores a trainer from a checkpoint written by {@link #save} for the same architecture.
     *
     * @param trainer a freshly built trainer of the same configuration
     * @param checkpoint the verified checkpoint
     * @throws CheckpointException if the checkpoint belongs to a different architecture
     * @throws IOException if a file is unreadable
     */
    public static void restore(GanTrainer trainer, Checkpoint checkpoint) throws IOException {
        String expected = signature(trainer);
        String found = checkpoint.require(SIGNATURE);
        if (!expected.equals(found)) {
            throw new CheckpointException("checkpoint " + checkpoint.directory() + " was written by a different model: "
                    + firstDifference(found, expected));
        }
        NDManager scratch = trainer.manager();
        read(checkpoint, GENERATOR, trainer.generator(), scratch);
        read(checkpoint, DISCRIMINATOR, trainer.discriminator(), scratch);
        if (trainer.averageGenerator() != null) {
            if (java.nio.file.Files.exists(checkpoint.directory().resolve(AVERAGE))) {
                read(checkpoint, AVERAGE, trainer.averageGenerator(), scratch);
            } else {
                trainer.resetAverage();
            }
        }
        try (DataInputStream in = checkpoint.open(ADAM_G)) {
            trainer.generatorOptimizer().load(in, checkpoint.directory().resolve(ADAM_G).toString());
        }
        try (DataInputStream in = checkpoint.open(ADAM_D)) {
            trainer.discriminatorOptimizer().load(in, checkpoint.directory().resolve(ADAM_D).toString());
        }
        trainer.restoreStep(Long.parseLong(checkpoint.require(STEP)));
    }

    private static void read(Checkpoint checkpoint, String name, Block block, NDManager scratch) throws IOException {
        try (DataInputStream in = checkpoint.open(name)) {
            ParameterFile.read(block.getParameters(), in, scratch, checkpoint.directory().resolve(name).toString());
        }
    }

    /**
     * A description of the model's parameters (path and shape of each), identical for identical
     * architectures.
     *
     * @param trainer the trainer
     * @return the signature
     */
    public static String signature(GanTrainer trainer) {
        return signature(trainer.model().name(), trainer.generator(), trainer.discriminator());
    }

    private static String signature(String model, Block generator, Block discriminator) {
        StringBuilder sb = new StringBuilder("model=").append(model);
        describe(sb, "G", generator);
        if (discriminator != null) {
            describe(sb, "D", discriminator);
        }
        return sb.toString();
    }

    /**
     * Restores the networks an {@link InferenceModel} needs: the generator that samples come from
     * (the weight average when the checkpoint holds one) and, unless {@code null}, the
     * discriminator. Optimizer states are not read.
     *
     * @param checkpoint the verified checkpoint
     * @param model the GAN the networks were built from
     * @param generator the initialized generator block to fill
     * @param discriminator the initialized discriminator block to fill, or {@code null}
     * @param scratch a manager for the read buffers
     * @throws CheckpointException if the checkpoint belongs to a different architecture
     * @throws IOException if a file is unreadable
     */
    static void restoreForInference(Checkpoint checkpoint, GanModel model, Block generator, Block discriminator,
            NDManager scratch) throws IOException {
        List<String> found = new ArrayList<>(List.of(checkpoint.require(SIGNATURE).split(";")));
        if (discriminator == null) {
            found.removeIf(entry -> entry.startsWith("D."));
        }
        String expected = signature(model.name(), generator, discriminator);
        if (!String.join(";", found).equals(expected)) {
            throw new CheckpointException("checkpoint " + checkpoint.directory() + " was written by a different model: "
                    + firstDifference(String.join(";", found), expected));
        }
        boolean averaged = java.nio.file.Files.exists(checkpoint.directory().resolve(AVERAGE));
        read(checkpoint, averaged ? AVERAGE : GENERATOR, generator, scratch);
        if (discriminator != null) {
            read(checkpoint, DISCRIMINATOR, discriminator, scratch);
        }
    }

    private static void describe(StringBuilder sb, String net, Block block) {
        for (Pair<String, Parameter> p : block.getParameters()) {
            sb.append(';').append(net).append('.').append(p.getKey()).append(p.getValue().getArray().getShape());
        }
    }

    private static String firstDifference(String found, String expected) {
        String[] a = found.split(";");
        String[] b = expected.split(";");
        for (int i = 0; i < Math.max(a.length, b.length); i++) {
            String x = i < a.length ? a[i] : "(nothing)";
            String y = i < b.length ? b[i] : "(nothing)";
            if (!x.equals(y)) {
                return "it has " + x + " where this run's model has " + y;
            }
        }
        return "signatures differ";
    }

    private static void requireFinite(String net, Block block) {
        for (Pair<String, Parameter> p : block.getParameters()) {
            NDArray array = p.getValue().getArray();
            try (NDArray nanMask = array.isNaN();
                    NDArray nan = nanMask.any();
                    NDArray infMask = array.isInfinite();
                    NDArray inf = infMask.any()) {
                if (nan.getBoolean() || inf.getBoolean()) {
                    throw new IllegalStateException("refusing to write a checkpoint: " + net + " parameter '"
                            + p.getKey() + "' holds NaN or infinite values");
                }
            }
        }
    }
}
