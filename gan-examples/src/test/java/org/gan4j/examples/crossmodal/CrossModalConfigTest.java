package org.gan4j.examples.crossmodal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.types.Shape;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gan4j.core.model.ConditionSpec;
import org.gan4j.core.model.LatentPrior;
import org.gan4j.core.options.ConfigException;
import org.gan4j.core.options.Options;
import org.gan4j.core.spi.ModalityRegistry;
import org.gan4j.core.spi.ModelRequest;
import org.junit.jupiter.api.Test;

/** Bad cross-modal configurations get errors naming the field, and the registry finds the modality. */
class CrossModalConfigTest {

    private static PairingSettings data(Map<String, Object> options) {
        return PairingSettings.parse(new Options("data.options", options), 1);
    }

    private static ModelRequest request(ConditionSpec condition, Map<String, Object> options) {
        return new ModelRequest(new Shape(1, 28, 28), condition, new LatentPrior(LatentPrior.Kind.NORMAL, 8),
                new Options("architecture.options", options));
    }

    @Test
    void givenTheClassPathWhenLoadingTheRegistryThenCrossmodalAndItsPresetAreThere() {
        ModalityRegistry registry = ModalityRegistry.load();
        assertEquals("crossmodal", registry.modality("crossmodal").name());
        assertEquals("crossmodal", registry.preset("text2image").yaml().lines()
                .filter(l -> l.startsWith("modality:")).findFirst().orElseThrow().split(":")[1].trim());
    }

    @Test
    void givenDefaultsWhenParsingDataOptionsThenTextToImageWithMatchingAwarePairs() {
        PairingSettings s = data(Map.of());
        assertEquals("text", s.source());
        assertEquals("image", s.target());
        assertEquals(64, s.embedding());
        assertTrue(s.pairing().matchingAware());
    }

    @Test
    void givenBadDataOptionsWhenParsingThenEachErrorNamesItsField() {
        ConfigException typo = assertThrows(ConfigException.class, () -> data(Map.of("embeding", 8)));
        assertTrue(typo.getMessage().contains("data.options.embeding"), typo.getMessage());
        ConfigException same = assertThrows(ConfigException.class, () -> data(Map.of("source", "image")));
        assertTrue(same.getMessage().startsWith("data.options.source = 'image' is invalid"), same.getMessage());
        ConfigException direction = assertThrows(ConfigException.class, () -> data(Map.of("source", "smell")));
        assertTrue(direction.getMessage().contains("smell->image") && direction.getMessage().contains("text->image"),
                direction.getMessage());
        ConfigException range = assertThrows(ConfigException.class, () -> data(Map.of("interpolation", 1.5)));
        assertTrue(range.getMessage().contains("data.options.interpolation"), range.getMessage());
    }

    @Test
    void givenSameClassMismatchWhereNoAttributesOrNoMismatchesExistWhenParsingThenErrorNamesTheField() {
        assertEquals(0.5, data(Map.of("sameClassMismatch", 0.5)).pairing().sameClassMismatch());
        for (Map<String, Object> bad : List.<Map<String, Object>>of(Map.of("sameClassMismatch", 0.5, "source", "audio"),
                Map.of("sameClassMismatch", 0.5, "matchingAware", false))) {
            ConfigException e = assertThrows(ConfigException.class, () -> data(bad));
            assertTrue(e.getMessage().startsWith("data.options.sameClassMismatch = 0.5 is invalid"), e.getMessage());
        }
    }

    @Test
    void givenFineTuneEncoderWhenParsingThenOnForPretrainedEncodersAndRefusedForTheEvaluator() {
        assertTrue(data(Map.of("fineTuneEncoder", true)).fineTuneEncoder());
        assertTrue(!data(Map.of()).fineTuneEncoder());
        assertEquals(0.1, data(Map.of("fineTuneEncoder", true)).fineTuneRate());
        assertTrue(!data(Map.of("fineTuneRate", 0.5)).fineTuneEncoder(), "a rate alone leaves the encoder frozen");
        ConfigException range = assertThrows(ConfigException.class,
                () -> data(Map.of("fineTuneEncoder", true, "fineTuneRate", 2)));
        assertTrue(range.getMessage().contains("data.options.fineTuneRate"), range.getMessage());
        ConfigException e = assertThrows(ConfigException.class, () -> data(Map.of("fineTuneEncoder", true,
                "source", "audio", "encoder", "evaluator")));
        assertTrue(e.getMessage().startsWith("data.options.fineTuneEncoder = true is invalid with encoder 'evaluator'")
                && e.getMessage().contains("encoder: wavegan"), e.getMessage());
    }

    @Test
    void givenAnUnknownTargetModalityWhenBuildingThenErrorNamesTheFieldAndTheKnownModalities() {
        ConfigException e = assertThrows(ConfigException.class, () -> new ConditionalArchitecture()
                .build(request(ConditionSpec.embedding(4), Map.of("target", "smell"))));
        assertTrue(e.getMessage().startsWith("architecture.options (target 'smell', architecture 'dcgan') is invalid:"
                + " unknown modality 'smell'; known: "), e.getMessage());
        assertTrue(e.getMessage().contains("image") && e.getMessage().contains("points"), e.getMessage());
    }

    @Test
    void givenClassLabelsOrABadNetworkWhenBuildingThenClearErrors() {
        IllegalArgumentException labels = assertThrows(IllegalArgumentException.class,
                () -> new ConditionalArchitecture().build(request(ConditionSpec.classLabel(10), Map.of())));
        assertTrue(labels.getMessage().contains("needs data conditioned on embeddings"), labels.getMessage());
        Map<String, Object> options = new HashMap<>();
        options.put("network", 5);
        ConfigException network = assertThrows(ConfigException.class,
                () -> new ConditionalArchitecture().build(request(ConditionSpec.embedding(4), options)));
        assertTrue(network.getMessage().startsWith("architecture.options.network = 5 is invalid"), network.getMessage());
    }
}
