package org.gan4j.text.captions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CaptionGrammarTest {

    @Test
    void givenTheSameSeedWhenCaptionedThenTheCaptionRepeatsAndNamesClassAndAttributes() {
        DigitAttributes a = new DigitAttributes(DigitAttributes.Thickness.BOLD, DigitAttributes.Width.WIDE,
                DigitAttributes.Slant.SLANTED);
        String caption = CaptionGrammar.digit(7, a, 42);
        assertEquals(caption, CaptionGrammar.digit(7, a, 42));
        for (String word : List.of("seven", "bold", "wide", "slanted")) {
            assertTrue(List.of(caption.split(" ")).contains(word), word + " in '" + caption + "'");
        }
    }

    @Test
    void givenEveryDigitAndAttributeCombinationWhenCaptionedWithManySeedsThenTheGrammarsSizeIsAsDesigned() {
        Set<String> captions = new HashSet<>();
        Set<String> words = new HashSet<>();
        for (int label = 0; label < 10; label++) {
            for (DigitAttributes.Thickness t : DigitAttributes.Thickness.values()) {
                for (DigitAttributes.Width w : DigitAttributes.Width.values()) {
                    for (DigitAttributes.Slant s : DigitAttributes.Slant.values()) {
                        for (long seed = 0; seed < 40; seed++) {
                            String c = CaptionGrammar.digit(label, new DigitAttributes(t, w, s), seed);
                            captions.add(c);
                            words.addAll(List.of(c.split(" ")));
                        }
                    }
                }
            }
        }
        // 10 digits x 3 x 3 x 2 attribute values x 3 templates
        assertEquals(10 * 3 * 3 * 2 * CaptionGrammar.digitTemplates(), captions.size());
        // 10 digit words + 8 attribute words + template words: a, the, digit, ",", and, with, strokes
        assertEquals(10 + 8 + 7, words.size(), words.toString());
    }

    @Test
    void givenClothingWhenCaptionedThenASynonymOfTheClassAndTheAttributesAppear() {
        ClothingAttributes a = new ClothingAttributes(ClothingAttributes.Brightness.DARK, ClothingAttributes.Pattern.PLAIN,
                ClothingAttributes.Width.NARROW);
        Set<String> items = new HashSet<>();
        for (long seed = 0; seed < 50; seed++) {
            String c = CaptionGrammar.clothing(4, a, seed);
            assertTrue(c.contains("dark") && c.contains("plain") && c.contains("narrow"), c);
            items.add(c.contains("coat") ? "coat" : c.contains("jacket") ? "jacket" : c);
        }
        assertEquals(Set.of("coat", "jacket"), items);
        assertThrows(IllegalArgumentException.class, () -> CaptionGrammar.clothing(10, a, 1));
    }

    @Test
    void givenEveryCaptionTheGrammarWritesWhenReadBackThenClassAndAttributesComeBackAndOtherStringsSayNothing() {
        int read = 0;
        Set<Integer> templates = new HashSet<>();
        for (int label = 0; label < 10; label++) {
            for (DigitAttributes.Thickness t : DigitAttributes.Thickness.values()) {
                for (DigitAttributes.Width w : DigitAttributes.Width.values()) {
                    for (DigitAttributes.Slant s : DigitAttributes.Slant.values()) {
                        DigitAttributes a = new DigitAttributes(t, w, s);
                        for (long seed = 0; seed < 12; seed++) {
                            String caption = CaptionGrammar.digit(label, a, seed);
                            CaptionGrammar.DigitCaption said = CaptionGrammar.readDigit(caption).orElseThrow();
                            assertEquals(label, said.label(), caption);
                            assertEquals(a, said.attributes(), caption);
                            templates.add(said.template());
                            read++;
                        }
                    }
                }
            }
        }
        assertEquals(10 * 18 * 12, read);
        assertEquals(Set.of(0, 1, 2), templates);
        assertEquals(new CaptionGrammar.DigitCaption(6, new DigitAttributes(DigitAttributes.Thickness.BOLD,
                DigitAttributes.Width.WIDE, DigitAttributes.Slant.SLANTED), 1),
                CaptionGrammar.readDigit("the digit six , bold , wide and slanted").orElseThrow());
        for (String wrong : List.of("the digit six , bold , wide and", "a bold wide slanted six six",
                "a bold bold slanted six", "a slanted six with bold strokes ,", "the digit six , bold , wide and slanted .",
                "")) {
            assertTrue(CaptionGrammar.readDigit(wrong).isEmpty(), wrong);
        }
    }
}
