package org.gan4j.core.export;

import ai.djl.MalformedModelException;
import ai.djl.Model;
import ai.djl.ndarray.types.DataType;
import ai.djl.nn.Block;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gan4j.core.device.Devices;
import org.gan4j.core.spi.ModalityRegistry;
import org.gan4j.core.train.ScheduledBlock;

/**
 * Writes a generator as a standard DJL model directory ({@code NAME-0000.params} plus {@link
 * GeneratorCard#FILE}) and loads it back into a {@link Model} ready for {@code newPredictor}.
 */
public final class GeneratorModels {

    private GeneratorModels() {}

    /**
     * Saves an initialized generator block with {@link Model#save} and writes its card.
     *
     * @param generator the trained generator (e.g. the weight average)
     * @param card what it is
     * @param directory the export directory (created if absent)
     * @throws IOException if writing fails
     */
    public static void save(Block generator, GeneratorCard card, Path directory) throws IOException {
        Files.createDirectories(directory);
        try (Model model = Model.newInstance(card.name(), Devices.current())) {
            model.setBlock(generator);
            model.setProperty("gan4j.modality", card.modality());
            model.save(directory, card.name());
        }
        card.write(directory);
    }

    /**
     * Loads an exported generator with the modalities on the class path.
     *
     * @param directory the export directory
     * @return the model; the caller closes it
     * @throws IOException if the card or the parameter file is missing or does not fit the block
     */
    public static Model load(Path directory) throws IOException {
        return load(directory, ModalityRegistry.load());
    }

    /**
     * Loads an exported generator: reads its card, rebuilds the block through the modality's
     * architecture, initializes it on the model's manager, loads the saved parameters and, for a
     * {@link ScheduledBlock} (e.g. an annealed Gumbel-softmax temperature), sets it to the step it
     * was exported at, as the trainer had it.
     *
     * @param directory the export directory
     * @param registry the modalities
     * @return the model; the caller closes it
     * @throws IOException if the card or the parameter file is missing or does not fit the block
     */
    public static Model load(Path directory, ModalityRegistry registry) throws IOException {
        GeneratorCard card = GeneratorCard.read(directory);
        Block block = card.newBlock(registry);
        Model model = Model.newInstance(card.name(), Devices.current());
        try {
            block.initialize(model.getNDManager(), DataType.FLOAT32, card.inputShapes(1));
            model.setBlock(block);
            model.load(directory, card.name());
            if (block instanceof ScheduledBlock scheduled) {
                scheduled.beforeStep(card.step());
            }
            return model;
        } catch (MalformedModelException | RuntimeException e) {
            model.close();
            throw new IOException("cannot load the generator in " + directory + ": " + e.getMessage(), e);
        }
    }
}
