package org.gan4j.core.app.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Base64;
import org.junit.jupiter.api.Test;

class HtmlTest {

    @Test
    void givenMarkupWhenEscapingThenEveryHtmlSpecialCharacterBecomesAnEntity() {
        assertEquals("&lt;script&gt;alert(&quot;x&quot; &amp; &#39;y&#39;)&lt;/script&gt;",
                Html.escape("<script>alert(\"x\" & 'y')</script>"));
        assertEquals("", Html.escape(null));
        assertEquals("plain ünïcode", Html.escape("plain ünïcode"));
    }

    @Test
    void givenBytesWhenMakingDataUriThenBase64DecodesBackToThem() {
        byte[] bytes = {(byte) 0x89, 'P', 'N', 'G', 0, -1};
        String uri = Html.dataUri("image/png", bytes);
        assertEquals("data:image/png;base64,", uri.substring(0, 22));
        assertArrayEquals(bytes, Base64.getDecoder().decode(uri.substring(22)));
    }
}
