/** Data parallelism: one training step split across the devices of one machine. */
package org.gan4j.core.parallel;
