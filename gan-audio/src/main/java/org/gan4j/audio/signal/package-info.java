/**
 * The one signal-processing implementation of the audio modality: WAV reading and writing, format
 * conversion, resampling, the FFT, short-time Fourier transforms, log-magnitude and log-mel
 * spectrograms, and Griffin-Lim phase reconstruction. Plain float arrays, no native code.
 */
package org.gan4j.audio.signal;
