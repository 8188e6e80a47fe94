/**
 * The modality SPI: what a module implements to add a kind of data (data sources, architectures,
 * sample writer, evaluator, presets), discovered with {@link java.util.ServiceLoader}, and a
 * skeletal data source provider.
 */
package org.gan4j.core.spi;
