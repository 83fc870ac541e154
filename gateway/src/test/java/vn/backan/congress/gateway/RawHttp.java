package vn.backan.congress.gateway;

import io.quarkus.arc.Arc;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.backan.congress.gateway.edge.PublicListener;

/**
 * Requests HTTP clients refuse to send (Upgrade headers, odd Transfer-Encoding, a body trickling
 * in), written to the gateway's socket as they are. The answer is read up to the end of a body of
 * known length, or until the gateway closes the connection. They go to the public listener.
 */
final class RawHttp {

    private static final Pattern CONTENT_LENGTH = Pattern.compile("(?im)^content-length:\\s*(\\d+)");

    private RawHttp() {
    }

    /** Sends the pieces {@code pauseMillis} apart and returns everything the gateway answered. */
    static String exchange(long pauseMillis, String... pieces) throws IOException, InterruptedException {
        try (Socket socket = new Socket("localhost", publicPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            for (int i = 0; i < pieces.length; i++) {
                if (i > 0) {
                    Thread.sleep(pauseMillis);
                }
                out.write(pieces[i].getBytes(StandardCharsets.US_ASCII));
                out.flush();
            }
            return readAnswer(socket.getInputStream());
        }
    }

    static int publicPort() {
        return Arc.container().instance(PublicListener.class).get().port();
    }

    static String readAnswer(InputStream in) throws IOException {
        ByteArrayOutputStream seen = new ByteArrayOutputStream();
        byte[] buffer = new byte[4096];
        int read;
        while ((read = in.read(buffer)) >= 0) {
            seen.write(buffer, 0, read);
            String text = seen.toString(StandardCharsets.ISO_8859_1);
            int headEnd = text.indexOf("\r\n\r\n");
            Matcher length = CONTENT_LENGTH.matcher(text);
            if (headEnd >= 0 && length.find() && length.start() < headEnd
                    && text.length() >= headEnd + 4 + Integer.parseInt(length.group(1))) {
                return text;
            }
        }
        return seen.toString(StandardCharsets.ISO_8859_1);
    }
}
