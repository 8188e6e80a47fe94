package org.gan4j.core.app.job;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import org.gan4j.core.app.config.RunConfig;
import org.gan4j.core.condition.FineTunableSource;
import org.gan4j.core.condition.FineTunedEncoder;
import org.gan4j.core.data.DataSource;
import org.gan4j.core.model.ConditionSpec;
import org.gan4j.core.model.GanModel;
import org.gan4j.core.model.LatentPrior;
import org.gan4j.core.spi.DataRequest;
import org.gan4j.core.spi.Modality;
import org.gan4j.core.spi.ModalityRegistry;
import org.gan4j.core.spi.ModelRequest;

/**
 * What a configuration names, opened: the modality, the training data and the GAN built for it
 * (wrapped around the data's fine-tuned condition encoder when it has one). The job that trains
 * and the run opened for inference build it the same way.
 *
 * @param modality the run's modality
 * @param request the data request of the training split (its held-out twin feeds the evaluator)
 * @param data the training data
 * @param model the GAN
 * @param encoderFineTuned whether the generator holds a fine-tuned condition encoder
 */
record RunModel(Modality modality, DataRequest request, DataSource data, GanModel model, boolean encoderFineTuned) {

    static RunModel open(RunConfig config, ModalityRegistry registry, Path cacheDir, Consumer<String> console)
            throws IOException {
        Modality modality = registry.modality(config.modality());
        DataRequest request = new DataRequest(config.data().options("data"), DataRequest.Split.TRAIN,
                config.train().seed(), cacheDir, console);
        DataSource data = modality.dataSource(config.data().name()).open(request);
        try {
            LatentPrior prior = LatentPrior.of(config.latent().prior(), config.latent().dim());
            Optional<FineTunedEncoder> fineTuned = data instanceof FineTunableSource source
                    ? source.fineTunedEncoder() : Optional.empty();
            ConditionSpec condition = fineTuned.map(e -> ConditionSpec.embedding(e.dim())).orElse(data.condition());
            GanModel built = modality.architecture(config.architecture().name()).build(new ModelRequest(
                    data.sampleShape(), condition, prior, config.architecture().options("architecture")));
            GanModel model = fineTuned.map(e -> e.wrap(built)).orElse(built);
            return new RunModel(modality, request, data, model, fineTuned.isPresent());
        } catch (RuntimeException e) {
            data.close();
            throw e;
        }
    }
}
