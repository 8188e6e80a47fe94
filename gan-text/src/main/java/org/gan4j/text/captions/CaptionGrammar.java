package org.gan4j.text.captions;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Templated captions for the digit and clothing classes, for cross-modal training: the class
 * (digits as words, clothing through synonyms) and attribute values measured on each image, in
 * one of a few sentence templates. The choice of template and synonym is a pure function of the
 * seed, so a data set's captions are reproducible.
 */
public final class CaptionGrammar {

    private static final List<String> DIGITS =
            List.of("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine");
    /** Fashion-MNIST's classes in label order, each with its synonyms. */
    private static final List<List<String>> CLOTHING = List.of(
            List.of("t-shirt", "top"), List.of("pair of trousers", "pair of pants"), List.of("pullover", "sweater"),
            List.of("dress"), List.of("coat", "jacket"), List.of("sandal"), List.of("shirt", "blouse"),
            List.of("sneaker", "trainer"), List.of("bag", "handbag"), List.of("ankle boot", "boot"));
    private static final List<String> DIGIT_TEMPLATES = List.of(
            "a %1$s %2$s %3$s %4$s", "the digit %4$s , %1$s , %2$s and %3$s", "a %3$s %4$s with %1$s strokes , %2$s");
    private static final List<String> CLOTHING_TEMPLATES = List.of(
            "a %1$s %2$s %3$s %4$s", "a %3$s %4$s , %1$s and %2$s");

    /** Every digit caption the grammar can write, with what it says; built on first use. */
    private static volatile Map<String, DigitCaption> digitReadings;

    /**
     * What a digit caption says, and how.
     *
     * @param label the digit, 0–9
     * @param attributes its attributes
     * @param template the sentence template it was written in, 0 to {@link #digitTemplates()} − 1
     */
    public record DigitCaption(int label, DigitAttributes attributes, int template) {}

    private CaptionGrammar() {}

    /** @return the number of digit templates */
    public static int digitTemplates() {
        return DIGIT_TEMPLATES.size();
    }

    /**
     * A caption of a digit image.
     *
     * @param label the digit, 0–9
     * @param a the attributes measured on the image
     * @param seed the caption's seed (e.g. derived from the data seed and the image index)
     * @return a lower-case, space-separated caption
     */
    public static String digit(int label, DigitAttributes a, long seed) {
        return digit(DIGIT_TEMPLATES.get(new SplittableRandom(seed).nextInt(DIGIT_TEMPLATES.size())), label, a);
    }

    /**
     * Reads a digit caption back: the class and attributes of a caption this grammar writes (any
     * template), or nothing for any other string (a missing, repeated or misplaced word).
     *
     * @param caption a space-separated caption
     * @return what it says, if the grammar can write it
     */
    public static Optional<DigitCaption> readDigit(String caption) {
        Map<String, DigitCaption> readings = digitReadings;
        if (readings == null) {
            readings = new HashMap<>();
            for (int label = 0; label < DIGITS.size(); label++) {
                for (DigitAttributes.Thickness t : DigitAttributes.Thickness.values()) {
                    for (DigitAttributes.Width w : DigitAttributes.Width.values()) {
                        for (DigitAttributes.Slant s : DigitAttributes.Slant.values()) {
                            DigitAttributes a = new DigitAttributes(t, w, s);
                            for (int template = 0; template < DIGIT_TEMPLATES.size(); template++) {
                                readings.put(digit(DIGIT_TEMPLATES.get(template), label, a),
                                        new DigitCaption(label, a, template));
                            }
                        }
                    }
                }
            }
            digitReadings = Map.copyOf(readings);
        }
        return Optional.ofNullable(digitReadings.get(caption));
    }

    private static String digit(String template, int label, DigitAttributes a) {
        String digit = DIGITS.get(checkLabel(label));
        String thickness = switch (a.thickness()) {
            case THIN -> "thin";
            case REGULAR -> "regular";
            case BOLD -> "bold";
        };
        String width = switch (a.width()) {
            case NARROW -> "narrow";
            case MEDIUM -> "medium";
            case WIDE -> "wide";
        };
        String slant = a.slant() == DigitAttributes.Slant.UPRIGHT ? "upright" : "slanted";
        return String.format(Locale.ROOT, template, thickness, width, slant, digit);
    }

    /**
     * A caption of a clothing image.
     *
     * @param label the Fashion-MNIST class, 0–9
     * @param a the attributes measured on the image
     * @param seed the caption's seed
     * @return a lower-case, space-separated caption
     */
    public static String clothing(int label, ClothingAttributes a, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<String> synonyms = CLOTHING.get(checkLabel(label));
        String item = synonyms.get(random.nextInt(synonyms.size()));
        String template = CLOTHING_TEMPLATES.get(random.nextInt(CLOTHING_TEMPLATES.size()));
        return String.format(Locale.ROOT, template, a.brightness().name().toLowerCase(Locale.ROOT),
                a.pattern().name().toLowerCase(Locale.ROOT), a.width().name().toLowerCase(Locale.ROOT), item);
    }

    private static int checkLabel(int label) {
        if (label < 0 || label > 9) {
            throw new IllegalArgumentException("class label " + label + " is outside 0–9");
        }
        return label;
    }
}
