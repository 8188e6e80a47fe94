package org.gan4j.core.app.report;

import java.util.Base64;

/** HTML text helpers: escaping for text and attribute values, and data URIs for embedded files. */
public final class Html {

    private Html() {}

    /**
     * Escapes text for an HTML element's content or a quoted attribute value: {@code & < > " '}
     * become entities, so no input can open a tag, end an attribute or start a script.
     *
     * @param text any text, may be {@code null} (rendered empty)
     * @return the escaped text
     */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * @param mediaType e.g. {@code image/png}
     * @param bytes the file's content
     * @return a {@code data:} URI holding the bytes in base64
     */
    public static String dataUri(String mediaType, byte[] bytes) {
        return "data:" + mediaType + ";base64," + Base64.getEncoder().encodeToString(bytes);
    }
}
