/**
 * Writing generated images to disk: {@link org.gan4j.image.samples.ImageGridWriter} tiles a batch
 * into one PNG, one row per class for class-conditional samples.
 */
package org.gan4j.image.samples;
