/** Obtaining external data with ordinary clients: {@code npm pack} and reading its tarballs. */
package org.gan4j.core.app.fetch;
