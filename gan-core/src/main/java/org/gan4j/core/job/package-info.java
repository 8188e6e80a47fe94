/**
 * Training runs: the run directory, metrics.json, progress, the divergence watchdog and the job
 * that ties a configuration, a modality and the trainer together.
 */
package org.gan4j.core.job;
