package vn.backan.congress.stack;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Consumer;
import vn.backan.congress.stack.StackConfig.Component;

/** {@code bin/stack backup [DIR]}: every service's database, dumped while the stack runs, and a manifest. */
final class StackBackup {

    private StackBackup() {
    }

    /** Writes the dumps, then the manifest; a failure removes what it wrote and leaves no manifest. */
    static BackupManifest write(StackConfig config, Path dir, Consumer<String> say) {
        requireEmpty(dir);
        Path mariadbDump = config.databaseBaseDir().resolve("bin/mariadb-dump");
        List<Path> written = new ArrayList<>();
        try (Connection root = DriverManager.getConnection(
                "jdbc:mariadb://127.0.0.1:" + config.databasePort() + "/", "root", "")) {
            Files.createDirectories(dir);
            List<BackupManifest.Dump> dumps = new ArrayList<>();
            for (Component service : config.components().stream().filter(Component::isService).toList()) {
                String database = service.database().orElseThrow();
                String version = SchemaVersions.applied(root, database).map(Object::toString)
                        .orElseThrow(() -> new StackException(database + " has no Flyway history: has its service ever started?"));
                Path file = dir.resolve(database + ".sql");
                written.add(file);
                SqlDump.write(mariadbDump, config.databasePort(), database, file);
                dumps.add(new BackupManifest.Dump(database, file.getFileName().toString(), Files.size(file), sha256(file),
                        version));
                say.accept("  " + database + ": " + Files.size(file) + " bytes, schema version " + version);
            }
            BackupManifest manifest = new BackupManifest(BackupManifest.FORMAT,
                    Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(), serverVersion(root), List.copyOf(dumps));
            manifest.write(dir);
            return manifest;
        } catch (SQLException e) {
            deleteAll(written);
            throw new StackException("the backup could not read the database on port " + config.databasePort() + ": "
                    + e.getMessage(), e);
        } catch (IOException e) {
            deleteAll(written);
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            deleteAll(written);
            throw e;
        }
    }

    static String sha256(Path file) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
                in.transferTo(OutputStream.nullOutputStream());
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A backup never mixes with another one's files. */
    private static void requireEmpty(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (var entries = Files.list(dir)) {
            if (!Files.isDirectory(dir) || entries.findAny().isPresent()) {
                throw new StackException(dir + " is not an empty directory; a backup goes into a new or empty one");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String serverVersion(Connection root) throws SQLException {
        try (Statement s = root.createStatement(); ResultSet r = s.executeQuery("SELECT VERSION()")) {
            r.next();
            return r.getString(1);
        }
    }

    private static void deleteAll(List<Path> files) {
        for (Path file : files) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                // Best effort: without a manifest the directory is refused as a backup anyway.
            }
        }
    }
}
