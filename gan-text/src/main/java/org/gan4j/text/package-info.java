/** The text modality, registered through {@code META-INF/services/org.gan4j.core.spi.Modality}. */
package org.gan4j.text;
