/** The image modality, registered with {@link java.util.ServiceLoader} as {@code image}. */
package org.gan4j.image;
