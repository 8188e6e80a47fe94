package org.gan4j.audio.samples;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.gan4j.audio.data.ClipFormat;
import org.gan4j.audio.signal.SpectrogramCodec;
import org.gan4j.audio.signal.WavFiles;
import org.gan4j.audio.signal.Waveform;
import org.gan4j.core.checkpoint.AtomicFiles;

/**
 * Writes a batch of audio samples, waveforms (N, 1, L) or spectrograms (N, 1, L/128, 128) (see
 * {@link ClipFormat}): one 16-bit WAV file per sample, {@code stem-NNN.wav} (with {@code -cK} for
 * class {@code K} when the conditions are class labels), spectrograms turned into sound with
 * Griffin-Lim; and {@code stem.png}, a sheet of every sample's log-magnitude spectrogram (low
 * frequencies at the bottom, black = 80 dB below full scale), {@value #COLUMNS} per row.
 */
public final class AudioSampleWriter implements org.gan4j.core.spi.SampleWriter {

    /** Spectrograms per row of the sheet. */
    public static final int COLUMNS = 8;

    private static final int GAP = 2;

    /**
     * {@inheritDoc}
     *
     * @throws IllegalArgumentException if the samples are not audio in a {@link ClipFormat}
     */
    @Override
    public List<Path> write(NDArray samples, NDArray conditions, Path directory, String stem) throws IOException {
        Shape shape = samples.getShape();
        ClipFormat format = ClipFormat.of(shape.slice(1));
        int count = (int) shape.get(0);
        long[] labels = conditions != null && conditions.getDataType() == DataType.INT64
                && conditions.getShape().equals(new Shape(count)) ? conditions.toLongArray() : null;
        float[] values = samples.toFloatArray();
        int length = format.sampleLength();
        SpectrogramCodec codec = format.codec();
        List<Path> files = new ArrayList<>();
        float[][][] images = new float[count][][];
        for (int i = 0; i < count; i++) {
            float[] sample = new float[length];
            System.arraycopy(values, i * length, sample, 0, length);
            float[] waveform = format.toWaveform(sample, codec, i);
            images[i] = codec.encode(waveform);
            Path file = directory.resolve(String.format("%s-%03d%s.wav", stem, i, labels == null ? "" : "-c" + labels[i]));
            WavFiles.write(file, new Waveform(waveform, format.sampleRate()));
            files.add(file);
        }
        Path sheet = directory.resolve(stem + ".png");
        AtomicFiles.write(sheet, png(sheet(images)));
        files.add(sheet);
        return files;
    }

    private static BufferedImage sheet(float[][][] images) {
        int bins = images[0].length;
        int frames = images[0][0].length;
        int columns = Math.min(COLUMNS, images.length);
        int rows = (images.length + columns - 1) / columns;
        BufferedImage sheet = new BufferedImage(GAP + columns * (frames + GAP), GAP + rows * (bins + GAP),
                BufferedImage.TYPE_BYTE_GRAY);
        java.awt.Graphics2D g = sheet.createGraphics();
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, sheet.getWidth(), sheet.getHeight());
        g.dispose();
        for (int i = 0; i < images.length; i++) {
            int left = GAP + (i % columns) * (frames + GAP);
            int top = GAP + (i / columns) * (bins + GAP);
            for (int f = 0; f < bins; f++) {
                for (int t = 0; t < frames; t++) {
                    int level = Math.round((images[i][f][t] / (float) SpectrogramCodec.PEAK + 1f) * 127.5f);
                    sheet.getRaster().setSample(left + t, top + bins - 1 - f, 0, level);
                }
            }
        }
        return sheet;
    }

    private static byte[] png(BufferedImage image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (!ImageIO.write(image, "png", out)) {
            throw new IOException("no PNG writer available");
        }
        return out.toByteArray();
    }
}
