/** The audio modality of gan4j, registered through {@link java.util.ServiceLoader}. */
package org.gan4j.audio;
