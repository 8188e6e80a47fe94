/** Atomic, verified checkpoints: parameter files by path, manifests with SHA-256, retention. */
package org.gan4j.core.checkpoint;
