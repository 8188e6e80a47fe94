package org.gan4j.core.spi;

import ai.djl.ndarray.NDArray;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** Writes generated samples in the modality's own format (PNG grid, WAV, text, CSV...). */
public interface SampleWriter {

    /**
     * Writes a batch of samples.
     *
     * @param samples shape (N, sample shape...)
     * @param conditions the conditions they were generated with, or {@code null}
     * @param directory the directory to write into (exists)
     * @param stem the file name without extension, e.g. {@code step-000500}
     * @return the files written
     * @throws IOException if writing fails
     */
    List<Path> write(NDArray samples, NDArray conditions, Path directory, String stem) throws IOException;
}
