/** Generated text written to disk, one sample per line. */
package org.gan4j.text.samples;
