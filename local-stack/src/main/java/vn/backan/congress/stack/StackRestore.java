package vn.backan.congress.stack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.function.Consumer;
import org.flywaydb.core.api.MigrationVersion;
import vn.backan.congress.devkit.db.DatabaseAdmin;
import vn.backan.congress.devkit.db.EmbeddedMariaDb;
import vn.backan.congress.devkit.db.FreePorts;
import vn.backan.congress.stack.StackConfig.Component;

/**
 * {@code bin/stack restore DIR}, into a stopped stack. Everything that can refuse the backup is
 * checked before the database is touched; then every dump is loaded into a scratch database
 * first, so a dump that does not load leaves the current data as it was.
 */
final class StackRestore {

    private static final String SCRATCH = "_restoring";

    private StackRestore() {
    }

    static BackupManifest restore(StackConfig config, Path dir, Consumer<String> say) {
        BackupManifest manifest = verified(config, dir);
        if (FreePorts.inUse(config.databasePort())) {
            throw new StackException("port " + config.databasePort() + " is in use: restore needs the stack stopped"
                    + " (bin/stack down)");
        }
        try (EmbeddedMariaDb server = EmbeddedMariaDb.start(config.databasePort(), config.databaseDataDir(),
                config.databaseBaseDir());
                Connection root = server.adminConnection();
                Statement s = root.createStatement()) {
            loadScratchCopies(root, s, manifest, dir);
            for (BackupManifest.Dump dump : manifest.databases()) {
                String database = dump.database();
                DatabaseAdmin.dropDatabase(s, database);
                DatabaseAdmin.ensureDatabase(s, database, database, StackConfig.localPassword(database));
                root.setCatalog(database);
                SqlDump.load(root, dir.resolve(dump.file()));
                DatabaseAdmin.dropDatabase(s, database + SCRATCH);
                say.accept("  " + database + ": restored, schema version " + dump.schemaVersion());
            }
            return manifest;
        } catch (SQLException e) {
            throw new StackException("the restore failed: " + e.getMessage(), e);
        }
    }

    /** A dump that does not load stops the restore here, before any service's database is dropped. */
    private static void loadScratchCopies(Connection root, Statement s, BackupManifest manifest, Path dir)
            throws SQLException {
        for (BackupManifest.Dump dump : manifest.databases()) {
            String scratch = dump.database() + SCRATCH;
            DatabaseAdmin.dropDatabase(s, scratch);
            s.execute("CREATE DATABASE `" + scratch + "` CHARACTER SET utf8mb4 COLLATE " + EmbeddedMariaDb.COLLATION);
            root.setCatalog(scratch);
            try {
                SqlDump.load(root, dir.resolve(dump.file()));
            } catch (SQLException | RuntimeException e) {
                for (BackupManifest.Dump loaded : manifest.databases()) {
                    DatabaseAdmin.dropDatabase(s, loaded.database() + SCRATCH);
                }
                throw new StackException(dump.file() + " does not load (" + e.getMessage() + "); nothing was changed", e);
            }
        }
    }

    private static MigrationVersion version(BackupManifest.Dump dump) {
        try {
            return MigrationVersion.fromVersion(dump.schemaVersion());
        } catch (RuntimeException e) {
            throw new StackException(BackupManifest.FILE + " gives " + dump.database() + " the schema version \""
                    + dump.schemaVersion() + "\", which is not one");
        }
    }

    /** The one line that refuses a backup, or the manifest of one that can be restored. */
    static BackupManifest verified(StackConfig config, Path dir) {
        BackupManifest manifest = BackupManifest.read(dir);
        if (manifest.format() != BackupManifest.FORMAT) {
            throw new StackException(dir + " is a backup of format " + manifest.format() + "; this code reads format "
                    + BackupManifest.FORMAT);
        }
        List<Component> services = config.components().stream().filter(Component::isService).toList();
        for (Component service : services) {
            String database = service.database().orElseThrow();
            BackupManifest.Dump dump = manifest.dumpOf(database).orElseThrow(() -> new StackException(
                    dir + " is not a complete backup: it has no dump of " + database));
            Path file = dir.resolve(dump.file()).normalize();
            if (!file.getParent().equals(dir.normalize()) || !Files.isRegularFile(file)) {
                throw new StackException(dir + " is not a complete backup: " + dump.file() + " is missing");
            }
            if (!StackBackup.sha256(file).equals(dump.sha256())) {
                throw new StackException(dir + " is corrupt: " + dump.file() + " does not match its SHA-256 in "
                        + BackupManifest.FILE);
            }
            MigrationVersion code = SchemaVersions.highestInCode(config.root(), service.module());
            if (version(dump).compareTo(code) > 0) {
                throw new StackException(dir + " is from a newer schema: " + database + " is at version "
                        + dump.schemaVersion() + ", this code's migrations end at " + code
                        + "; restore it with the code that wrote it");
            }
        }
        if (manifest.databases().size() != services.size()) {
            throw new StackException(dir + " holds databases this stack does not have: "
                    + manifest.databases().stream().map(BackupManifest.Dump::database).toList());
        }
        return manifest;
    }
}
