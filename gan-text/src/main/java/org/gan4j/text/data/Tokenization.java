package org.gan4j.text.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gan4j.core.options.UnknownNameException;

/** How a line of text becomes tokens and tokens become text again. */
public enum Tokenization {

    /**
     * Words: runs of letters (with inner apostrophes or hyphens), runs of digits, and every other
     * non-space character on its own; lower-cased. Joined with single spaces.
     */
    WORD {
        @Override
        public List<String> tokenize(String line) {
            List<String> tokens = new ArrayList<>();
            Matcher m = WORD_PATTERN.matcher(line.toLowerCase(Locale.ROOT));
            while (m.find()) {
                tokens.add(m.group());
            }
            return tokens;
        }

        @Override
        public String join(List<String> tokens) {
            return String.join(" ", tokens);
        }
    },

    /** Characters (Unicode code points, spaces included), case kept. Joined without separator. */
    CHARACTER {
        @Override
        public List<String> tokenize(String line) {
            List<String> tokens = new ArrayList<>();
            line.strip().codePoints().forEach(c -> tokens.add(new String(Character.toChars(c))));
            return tokens;
        }

        @Override
        public String join(List<String> tokens) {
            return String.join("", tokens);
        }
    };

    private static final Pattern WORD_PATTERN =
            Pattern.compile("\\p{L}+(?:['’-]\\p{L}+)*|\\p{N}+(?:[.,]\\p{N}+)*|[^\\s\\p{L}\\p{N}]");

    /**
     * @param line one sentence
     * @return its tokens
     */
    public abstract List<String> tokenize(String line);

    /**
     * @param tokens tokens as {@link #tokenize} makes them
     * @return the text
     */
    public abstract String join(List<String> tokens);

    /**
     * Parses the configuration name.
     *
     * @param name {@code word} or {@code char}
     * @return the tokenization
     */
    public static Tokenization of(String name) {
        return switch (name) {
            case "word" -> WORD;
            case "char" -> CHARACTER;
            default -> throw new UnknownNameException("tokenization", name, List.of("word", "char"));
        };
    }
}
