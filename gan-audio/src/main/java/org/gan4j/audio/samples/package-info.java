/** How audio samples are written: WAV files and a PNG sheet of their spectrograms. */
package org.gan4j.audio.samples;
