/** Sequence models: the LSTM language model/generator, its MLE training, the CNN discriminator and text encoder. */
package org.gan4j.text.model;
