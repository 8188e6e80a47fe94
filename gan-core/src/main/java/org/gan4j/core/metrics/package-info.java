/** Modality-free metric values and the maths behind sample-quality metrics. */
package org.gan4j.core.metrics;
