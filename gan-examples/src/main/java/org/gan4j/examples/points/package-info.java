/**
 * The 2-D points modality: Gaussian-mixture data ({@code ring8}, {@code grid25}), MLP generator
 * and discriminator, mode-coverage metrics and scatter-plot samples. It is written purely against
 * gan-core's modality SPI and serves as the smallest complete example of a plug-in.
 */
package org.gan4j.examples.points;
