package vn.backan.congress.commons.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TextChecksTest {

    @Test
    void vietnameseEmojiAndLineBreaksPass() {
        assertEquals(Optional.empty(), TextChecks.problem("Nguyễn Thị Ánh\r\n\tđiểm 😀"));
    }

    @Test
    void controlCharactersAndLoneSurrogatesAreNamed() {
        assertEquals(Optional.of("has the control character U+0000 at position 3"), TextChecks.problem("06\u0000"));
        assertEquals(Optional.of("has the control character U+001B at position 1"), TextChecks.problem("\u001b[2J"));
        assertEquals(Optional.of("has the control character U+0085 at position 2"), TextChecks.problem("a\u0085"));
        assertEquals(Optional.of("has a lone surrogate (U+D800) at position 2"), TextChecks.problem("a\ud800b"));
        assertEquals(Optional.of("has a lone surrogate (U+DE00) at position 1"), TextChecks.problem("\ude00"));
    }

    @Test
    void utf8IsDecodedStrictly() throws Exception {
        assertEquals("Bắc Kạn", TextChecks.utf8("Bắc Kạn".getBytes(StandardCharsets.UTF_8)));
        byte[] broken = {'a', 'b', (byte) 0xC3, (byte) 0x28};
        assertEquals(3, assertThrows(TextChecks.NotUtf8.class, () -> TextChecks.utf8(broken)).position());
    }
}
