/** The {@code gan} command-line program (picocli): list, train, bench. */
package org.gan4j.examples.cli;
