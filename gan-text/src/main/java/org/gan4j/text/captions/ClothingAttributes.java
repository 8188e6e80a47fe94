package org.gan4j.text.captions;

/**
 * What a clothing image looks like, as measured on the image and put into words by {@link
 * CaptionGrammar}.
 *
 * @param brightness mean-intensity tertile
 * @param pattern plain or patterned (texture)
 * @param width bounding-box width tertile
 */
public record ClothingAttributes(Brightness brightness, Pattern pattern, Width width) {

    /** Brightness tertiles. */
    public enum Brightness { DARK, GREY, LIGHT }

    /** Texture. */
    public enum Pattern { PLAIN, PATTERNED }

    /** Bounding-box width tertiles. */
    public enum Width { NARROW, REGULAR, WIDE }
}
