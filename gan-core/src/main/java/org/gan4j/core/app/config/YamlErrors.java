package org.gan4j.core.app.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gan4j.core.options.ConfigException;

/**
 * Turns a YAML or JSON parse error into one line that names the file, the line and the field being
 * read, in words rather than the parser's: {@code user.yaml, line 3 (train.lrGenerator): '.nan' is
 * not a finite number}.
 */
final class YamlErrors {

    private static final Pattern NON_FINITE = Pattern.compile("(?i)Malformed numeric value '([-+]?\\.(?:nan|inf))'.*");
    private static final Pattern DUPLICATE = Pattern.compile("Duplicate field '([^']*)'.*");
    private static final Pattern KEY = Pattern.compile("^( *)(?:- +)?([^\\s#:'\"{}\\[\\],][^:#]*?|'[^']*'|\"[^\"]*\") *:(?: |$).*");

    private YamlErrors() {}

    static ConfigException of(String source, String text, JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        int line = at == null ? -1 : at.getLineNr();
        String field = line > 0 ? fieldAt(text, line) : "";
        return new ConfigException(source + (line > 0 ? ", line " + line : "") + (field.isEmpty() ? "" : " (" + field + ")")
                + ": " + problem(e.getOriginalMessage()), e);
    }

    /** The parser's complaint in plain words, on one line. */
    static String problem(String original) {
        String last = original.strip();
        for (String l : original.split("\n")) {
            if (!l.isBlank() && !l.startsWith(" ") && !l.strip().equals("^")) {
                last = l.strip();
            }
        }
        Matcher nonFinite = NON_FINITE.matcher(last);
        if (nonFinite.matches()) {
            return "'" + nonFinite.group(1) + "' is not a finite number; give a number such as 0.0002";
        }
        Matcher duplicate = DUPLICATE.matcher(last);
        if (duplicate.matches()) {
            return "key '" + duplicate.group(1) + "' appears twice in one mapping; keep one";
        }
        return last.replaceAll("\\s*\\(for Object starting at.*", "").replaceAll("\\s+at \\[Source:.*", "");
    }

    /**
     * The dotted path of the key on {@code line} (1-based) or, if that line holds none, of the
     * nearest key above it, from the indentation of the lines before it.
     */
    static String fieldAt(String text, int line) {
        String[] lines = text.split("\n", -1);
        Deque<int[]> indents = new ArrayDeque<>();
        Deque<String> keys = new ArrayDeque<>();
        String found = "";
        for (int i = 0; i < Math.min(line, lines.length); i++) {
            Matcher m = KEY.matcher(lines[i]);
            if (!m.matches()) {
                continue;
            }
            int indent = m.group(1).length();
            while (!indents.isEmpty() && indents.peekLast()[0] >= indent) {
                indents.removeLast();
                keys.removeLast();
            }
            indents.addLast(new int[] {indent});
            keys.addLast(m.group(2).replaceAll("^['\"]|['\"]$", "").strip());
            found = String.join(".", keys);
        }
        return found;
    }
}
