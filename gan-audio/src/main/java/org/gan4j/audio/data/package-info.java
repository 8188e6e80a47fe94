/**
 * Audio data: the synthesized spoken-digits corpus (espeak-ng subprocesses), folders of WAV files
 * labelled by sub-folder, and the data source that feeds windows of waveform or spectrograms to the
 * trainer.
 */
package org.gan4j.audio.data;
