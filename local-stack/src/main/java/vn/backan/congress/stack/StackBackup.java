package vn.backan.congress.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import vn.backan.congress.devkit.db.EmbeddedMariaDb;
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
        try (Connection root = EmbeddedMariaDb.adminConnection(config.databasePort())) {
            Files.createDirectories(dir);
            List<BackupManifest.Dump> dumps = new ArrayList<>();
            for (Component service : config.components().stream().filter(Component::isService).toList()) {
                String database = service.database().orElseThrow();
                String version = SchemaVersions.applied(root, database).map(Object::toString)
                        .orElseThrow(() -> new StackException(database + " has no Flyway history: has its service ever started?"));
                refuseStoredCode(root, database);
                Path file = dir.resolve(database + ".sql");
                written.add(file);
                SqlDump.write(mariadbDump, config.databasePort(), database, file);
                long bytes = Files.size(file);
                dumps.add(new BackupManifest.Dump(database, file.getFileName().toString(), bytes, Sha256.hex(file),
                        version, SchemaVersions.highestInCode(config.root(), service.module()).toString()));
                say.accept("  " + database + ": " + bytes + " bytes, schema version " + version);
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

    /** A backup never mixes with another one's files. */
    private static void requireEmpty(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        if (!Files.isDirectory(dir)) {
            throw new StackException(dir + " is a file; a backup goes into a new or empty directory");
        }
        try (var entries = Files.list(dir)) {
            if (entries.findAny().isPresent()) {
                throw new StackException(dir + " is not an empty directory; a backup goes into a new or empty one");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The schemas have no triggers, routines or events, and the dump leaves them out (the restore
     * reads plain statements); one added later must not be lost without a word.
     */
    private static void refuseStoredCode(Connection root, String database) throws SQLException {
        try (PreparedStatement q = root.prepareStatement("SELECT (SELECT COUNT(*) FROM information_schema.triggers"
                + " WHERE trigger_schema = ?) + (SELECT COUNT(*) FROM information_schema.routines WHERE routine_schema = ?)"
                // mysql.event, since information_schema.events refuses to answer with the scheduler disabled.
                + " + (SELECT COUNT(*) FROM mysql.event WHERE db = ?)")) {
            for (int i = 1; i <= 3; i++) {
                q.setString(i, database);
            }
            try (ResultSet r = q.executeQuery()) {
                r.next();
                if (r.getLong(1) > 0) {
                    throw new StackException(database + " holds triggers, routines or events, which bin/stack backup"
                            + " cannot dump yet; no backup was written");
                }
            }
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
