/** The {@code gan} command-line program (picocli): list, data, train, sample, eval, export, bench; progress output. */
package org.gan4j.examples.cli;
