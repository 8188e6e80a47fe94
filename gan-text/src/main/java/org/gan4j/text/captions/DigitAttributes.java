package org.gan4j.text.captions;

/**
 * What a digit image looks like, as measured on the image (per-class tertiles of ink / height,
 * bounding-box width and slant; the image side's job) and put into words by {@link CaptionGrammar}.
 *
 * @param thickness stroke thickness
 * @param width glyph width
 * @param slant upright or slanted
 */
public record DigitAttributes(Thickness thickness, Width width, Slant slant) {

    /** Stroke thickness tertiles. */
    public enum Thickness { THIN, REGULAR, BOLD }

    /** Bounding-box width tertiles. */
    public enum Width { NARROW, MEDIUM, WIDE }

    /** Slant classes (left slant is rare and counts as slanted). */
    public enum Slant { UPRIGHT, SLANTED }
}
