/** Real data as seen by the trainer: deterministic, index-addressed batches. */
package org.gan4j.core.data;
