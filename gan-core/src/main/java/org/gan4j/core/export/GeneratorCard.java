package org.gan4j.core.export;

import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.gan4j.core.checkpoint.AtomicFiles;
import org.gan4j.core.model.ConditionSpec;
import org.gan4j.core.model.LatentPrior;
import org.gan4j.core.options.Options;
import org.gan4j.core.spi.Modality;
import org.gan4j.core.spi.ModalityRegistry;
import org.gan4j.core.spi.ModelRequest;

/**
 * What an exported generator is, saved as {@code generator.json} next to its DJL parameter file:
 * enough to rebuild the block through its modality's architecture and to feed it.
 *
 * @param format the card format, {@value #FORMAT}
 * @param name the DJL model name: the parameter file is {@code name-0000.params}
 * @param modality the modality that builds and decodes it
 * @param architecture the architecture name within the modality
 * @param options the architecture's options from the run's configuration
 * @param sampleShape the shape of one sample, without the batch axis
 * @param condition {@code NONE}, {@code CLASS_LABEL} or {@code EMBEDDING}
 * @param conditionSize the number of classes or the embedding width; 0 when unconditional
 * @param prior {@code normal} or {@code uniform}
 * @param latentDim the width of z
 * @param step the training step of the checkpoint it was exported from
 */
public record GeneratorCard(int format, String name, String modality, String architecture, Map<String, Object> options,
        long[] sampleShape, String condition, int conditionSize, String prior, int latentDim, long step) {

    /** The card's file name. */
    public static final String FILE = "generator.json";
    /** The card format written by this version. */
    public static final int FORMAT = 1;

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /**
     * Reads the card of an exported generator.
     *
     * @param directory the export directory
     * @return the card
     * @throws IOException if the directory holds no readable card of a known format
     */
    public static GeneratorCard read(Path directory) throws IOException {
        Path file = directory.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            throw new IOException(directory + " is not an exported gan4j generator: it has no " + FILE
                    + " (made by 'gan export RUN --out DIR')");
        }
        GeneratorCard card;
        try {
            card = JSON.readValue(file.toFile(), GeneratorCard.class);
        } catch (IOException e) {
            throw new IOException(file + " is unreadable: " + e.getMessage(), e);
        }
        if (card.format() != FORMAT) {
            throw new IOException(file + " has format " + card.format() + "; this gan4j reads format " + FORMAT);
        }
        return card;
    }

    /**
     * Writes this card atomically.
     *
     * @param directory the export directory
     * @throws IOException if writing fails
     */
    public void write(Path directory) throws IOException {
        AtomicFiles.write(directory.resolve(FILE), JSON.writeValueAsBytes(this));
    }

    /** @return the shape of one sample */
    public Shape shape() {
        return new Shape(sampleShape);
    }

    /** @return what the generator is conditioned on */
    public ConditionSpec conditionSpec() {
        return new ConditionSpec(ConditionSpec.Kind.valueOf(condition), conditionSize);
    }

    /** @return the latent prior */
    public LatentPrior latentPrior() {
        return LatentPrior.of(prior, latentDim);
    }

    /**
     * The generator's input shapes for a batch: z (batch, latentDim), then the condition if any.
     *
     * @param batch the batch size
     * @return the shapes
     */
    public Shape[] inputShapes(int batch) {
        Shape z = new Shape(batch, latentDim);
        return switch (conditionSpec().kind()) {
            case NONE -> new Shape[] {z};
            case CLASS_LABEL -> new Shape[] {z, new Shape(batch)};
            case EMBEDDING -> new Shape[] {z, new Shape(batch, conditionSize)};
        };
    }

    /**
     * Builds a fresh, uninitialized generator block through the modality's architecture.
     *
     * @param registry the modalities, e.g. {@link ModalityRegistry#load()}
     * @return the block
     * @throws org.gan4j.core.options.UnknownNameException if the modality or architecture is not on the class path
     */
    public Block newBlock(ModalityRegistry registry) {
        Modality m = registry.modality(modality);
        return m.architecture(architecture).build(new ModelRequest(shape(), conditionSpec(), latentPrior(),
                new Options("architecture.options", options))).generatorFactory().get();
    }
}
