package vn.backan.congress.commons.text;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Text a client sends is refused, never repaired: bytes that are not UTF-8 (a lenient decoder
 * makes U+FFFD of them), a lone surrogate (MariaDB stores "?"), and control characters other than
 * tab, line feed and carriage return (a NUL would be stored as is).
 */
public final class TextChecks {

    private TextChecks() {
    }

    /** Why {@code text} cannot be stored as it is, or empty when it can. */
    public static Optional<String> problem(String text) {
        if (text == null) {
            return Optional.empty();
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return Optional.of("has a lone surrogate (U+" + hex(c) + ") at position " + (i + 1));
            } else if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r') {
                return Optional.of("has the control character U+" + hex(c) + " at position " + (i + 1));
            }
        }
        return Optional.empty();
    }

    /** The bytes as UTF-8, or an exception naming the first byte that is not (counted from 1). */
    public static String utf8(byte[] bytes) throws NotUtf8 {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        try {
            CharBuffer out = decoder.decode(in);
            return out.toString();
        } catch (CharacterCodingException e) {
            throw new NotUtf8(in.position() + 1);
        }
    }

    /** Bytes that are not UTF-8, and where the first such byte is. */
    public static final class NotUtf8 extends Exception {

        private final int position;

        NotUtf8(int position) {
            super("is not valid UTF-8 at byte " + position, null, false, false);
            this.position = position;
        }

        public int position() {
            return position;
        }
    }

    private static String hex(char c) {
        return String.format("%04X", (int) c);
    }
}
