package vn.backan.congress.devkit.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import org.junit.jupiter.api.Test;

class SwitchableTcpProxyTest {

    @Test
    void forwardsThenRefusesThenForwardsAgain() throws Exception {
        try (ServerSocket echo = new ServerSocket(0)) {
            Thread server = new Thread(() -> {
                while (!echo.isClosed()) {
                    try (Socket s = echo.accept()) {
                        s.getOutputStream().write(s.getInputStream().read());
                    } catch (IOException e) {
                        return;
                    }
                }
            });
            server.setDaemon(true);
            server.start();

            try (SwitchableTcpProxy proxy = new SwitchableTcpProxy(echo.getLocalPort())) {
                assertEquals(42, roundTrip(proxy.port(), 42));
                proxy.cut();
                assertFalse(FreePorts.inUse(proxy.port()));
                proxy.restore();
                assertTrue(FreePorts.inUse(proxy.port()));
                assertEquals(7, roundTrip(proxy.port(), 7));
            }
        }
    }

    private static int roundTrip(int port, int value) throws IOException {
        try (Socket s = new Socket("127.0.0.1", port)) {
            OutputStream out = s.getOutputStream();
            out.write(value);
            out.flush();
            InputStream in = s.getInputStream();
            return in.read();
        }
    }
}
