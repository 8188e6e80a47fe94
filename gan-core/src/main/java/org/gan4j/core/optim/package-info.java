/** Optimizers whose state is saved by parameter path, so training resumes exactly. */
package org.gan4j.core.optim;
