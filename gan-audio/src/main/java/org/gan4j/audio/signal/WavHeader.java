package org.gan4j.audio.signal;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * The chunks of a RIFF/WAVE file that decide whether gan4j can read it, checked before Java Sound
 * decodes it, so that a float or truncated file gets a message that says so.
 *
 * @param formatCode the {@code fmt } chunk's format tag (1 integer PCM, 3 IEEE float; the
 *     sub-format's tag for {@code WAVE_FORMAT_EXTENSIBLE})
 * @param bits bits per sample
 * @param declaredData the byte count the {@code data} chunk's header gives
 * @param availableData the bytes of audio the file holds after that header
 */
record WavHeader(int formatCode, int bits, long declaredData, long availableData) {

    static final int PCM = 1;
    static final int IEEE_FLOAT = 3;
    private static final int EXTENSIBLE = 0xFFFE;
    /** Data sizes from here up mean "unknown length": what a writer to a pipe (espeak-ng --stdout) puts. */
    private static final long STREAMING = 0x7FFF_F000L;

    /**
     * @param bytes the file's bytes, whose first 12 are a RIFF/WAVE header
     * @param name the file, for errors
     * @return the header
     * @throws AudioFormatException if the fmt or data chunk is missing, or the audio is cut short
     */
    static WavHeader parse(byte[] bytes, String name) throws AudioFormatException {
        ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        int format = -1;
        int bits = -1;
        int position = 12;
        while (position + 8 <= bytes.length) {
            String id = new String(bytes, position, 4, StandardCharsets.US_ASCII);
            long size = Integer.toUnsignedLong(b.getInt(position + 4));
            int body = position + 8;
            if (id.equals("fmt ") && body + 16 <= bytes.length) {
                format = Short.toUnsignedInt(b.getShort(body));
                bits = Short.toUnsignedInt(b.getShort(body + 14));
                if (format == EXTENSIBLE && size >= 26 && body + 26 <= bytes.length) {
                    format = Short.toUnsignedInt(b.getShort(body + 24));
                }
            } else if (id.equals("data")) {
                if (format < 0) {
                    throw new AudioFormatException(name + " is damaged: its data chunk comes before any fmt chunk");
                }
                WavHeader header = new WavHeader(format, bits, size, bytes.length - (long) body);
                header.requireComplete(name);
                return header;
            }
            position = (int) Math.min(bytes.length, body + size + (size & 1));
        }
        throw new AudioFormatException(name + " is truncated or damaged: it ends before its "
                + (format < 0 ? "fmt" : "data") + " chunk; export or convert it again");
    }

    private void requireComplete(String name) throws AudioFormatException {
        if (declaredData < STREAMING && availableData < declaredData) {
            throw new AudioFormatException(name + " is truncated: its header promises " + declaredData
                    + " bytes of audio but the file holds " + availableData + "; export or copy it again");
        }
    }

    /** @return a sentence saying how to convert this file if gan4j cannot read its samples, else empty */
    String unsupported(String name) {
        if (formatCode == IEEE_FLOAT) {
            return name + " holds " + bits + "-bit float samples; gan4j reads integer PCM: convert it with"
                    + " `sox IN -b 16 -e signed-integer OUT.wav` or `ffmpeg -i IN -c:a pcm_s16le OUT.wav`";
        }
        if (formatCode != PCM) {
            return name + " holds audio of WAV format code " + formatCode + " (compressed or unusual); gan4j reads"
                    + " integer PCM: convert it with `sox IN -b 16 -e signed-integer OUT.wav`";
        }
        return "";
    }
}
