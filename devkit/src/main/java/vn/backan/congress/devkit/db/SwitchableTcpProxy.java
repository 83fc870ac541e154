package vn.backan.congress.devkit.db;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A loopback TCP forwarder that a test can cut and restore, or freeze and thaw, to make a database
 * crash or hang and come back without touching the real server (which, on CI, is shared by
 * everything else).
 */
public final class SwitchableTcpProxy implements AutoCloseable {

    private final int listenPort;
    private final String targetHost;
    private final int targetPort;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private volatile ServerSocket server;
    private final Object thawed = new Object();
    private volatile boolean frozen;

    public SwitchableTcpProxy(int targetPort) {
        this("127.0.0.1", targetPort);
    }

    public SwitchableTcpProxy(String targetHost, int targetPort) {
        this.listenPort = FreePorts.pick();
        this.targetHost = targetHost;
        this.targetPort = targetPort;
        restore();
    }

    public int port() {
        return listenPort;
    }

    /** Refuses new connections and drops the ones open, as a crashed database would. */
    public synchronized void cut() {
        closeQuietly(server);
        server = null;
        open.forEach(SwitchableTcpProxy::closeQuietly);
        open.clear();
        awaitRefusing();
    }

    /** The JDK closes a listening socket only once its blocked accept() has woken up: wait for that. */
    private void awaitRefusing() {
        for (int i = 0; i < 100 && FreePorts.inUse(listenPort); i++) {
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /**
     * Stops passing bytes either way while keeping every connection open, and still accepts new
     * ones: what clients see of a database process that is stopped (SIGSTOP) or wedged.
     */
    public void freeze() {
        frozen = true;
    }

    /** Passes bytes again, the held ones first. */
    public void thaw() {
        synchronized (thawed) {
            frozen = false;
            thawed.notifyAll();
        }
    }

    public synchronized void restore() {
        if (server != null) {
            return;
        }
        try {
            ServerSocket socket = new ServerSocket();
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), listenPort));
            server = socket;
            Thread acceptor = new Thread(() -> acceptLoop(socket), "tcp-proxy-accept-" + listenPort);
            acceptor.setDaemon(true);
            acceptor.start();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot listen on " + listenPort, e);
        }
    }

    private void acceptLoop(ServerSocket socket) {
        while (!socket.isClosed()) {
            Socket client;
            try {
                client = socket.accept();
            } catch (IOException e) {
                return; // closed by cut()
            }
            open.add(client);
            if (socket.isClosed()) {
                // cut() ran between accept() and add(): this connection must not survive it.
                closeQuietly(client);
                continue;
            }
            try {
                Socket upstream = new Socket(targetHost, targetPort);
                open.add(upstream);
                pump(client, upstream);
                pump(upstream, client);
            } catch (IOException e) {
                closeQuietly(client); // the target refused: drop the client as the target would
            }
        }
    }

    private void pump(Socket from, Socket to) {
        Thread t = new Thread(() -> {
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                byte[] buffer = new byte[8192];
                for (int n; (n = in.read(buffer)) >= 0; ) {
                    awaitThawed();
                    out.write(buffer, 0, n);
                    out.flush();
                }
            } catch (IOException | InterruptedException e) {
                // One side closed; close the other below.
            } finally {
                closeQuietly(from);
                closeQuietly(to);
                open.remove(from);
                open.remove(to);
            }
        }, "tcp-proxy-pump");
        t.setDaemon(true);
        t.start();
    }

    private void awaitThawed() throws InterruptedException {
        synchronized (thawed) {
            while (frozen) {
                thawed.wait();
            }
        }
    }

    private static void closeQuietly(java.io.Closeable c) {
        if (c == null) {
            return;
        }
        try {
            c.close();
        } catch (IOException ignored) {
            // Nothing to do: it is going away anyway.
        }
    }

    @Override
    public void close() {
        cut();
    }
}
