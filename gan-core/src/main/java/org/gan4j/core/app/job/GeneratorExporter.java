package org.gan4j.core.app.job;

import ai.djl.nn.Block;
import java.io.IOException;
import java.nio.file.Path;
import org.gan4j.core.app.config.RunConfig;
import org.gan4j.core.app.run.RunDirectoryException;
import org.gan4j.core.export.GeneratorCard;
import org.gan4j.core.export.GeneratorModels;
import org.gan4j.core.model.ConditionSpec;

/** Writes a run's generator as a DJL model directory with its card and the modality's resources. */
final class GeneratorExporter {

    private GeneratorExporter() {}

    static GeneratorCard export(Path runRoot, RunConfig config, RunModel parts, Block generator, long step,
            Path directory, String name) throws IOException {
        if (parts.encoderFineTuned()) {
            throw new RunDirectoryException("run " + runRoot + " fine-tunes its condition encoder inside the"
                    + " generator, which an exported generator cannot rebuild yet; export a run with a frozen encoder"
                    + " (data.options.fineTuneEncoder: false)");
        }
        ConditionSpec c = parts.model().condition();
        GeneratorCard card = new GeneratorCard(GeneratorCard.FORMAT, name, config.modality(), config.architecture().name(),
                config.architecture().options(), parts.model().sampleShape().getShape(), c.kind().name(), c.size(),
                config.latent().prior(), config.latent().dim(), step);
        GeneratorModels.save(generator, card, directory);
        parts.modality().writeExportResources(directory);
        return card;
    }
}
