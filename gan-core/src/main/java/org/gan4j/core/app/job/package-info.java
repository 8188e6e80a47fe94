/**
 * Training runs: the job that ties a configuration, a modality and the trainer together, and the
 * listeners of its loop (watchdog, loss log and progress, checkpoints, evaluation and the best
 * checkpoint, samples, report).
 */
package org.gan4j.core.app.job;
