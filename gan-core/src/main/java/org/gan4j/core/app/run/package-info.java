/**
 * The layout of a run directory, shared by the training job that writes it and the report that
 * reads it.
 */
package org.gan4j.core.app.run;
