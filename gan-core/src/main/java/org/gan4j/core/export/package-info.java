/**
 * Generators usable from plain DJL: the card that describes an exported generator ({@code
 * generator.json}), a {@link ai.djl.translate.Translator} from noise and condition to a decoded
 * sample, the modality-free decoders, and the loader that rebuilds the block and loads its
 * parameters. Nothing here depends on the trainer.
 */
package org.gan4j.core.export;
