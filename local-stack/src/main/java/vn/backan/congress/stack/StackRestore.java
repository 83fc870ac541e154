package vn.backan.congress.stack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.flywaydb.core.api.MigrationVersion;
import vn.backan.congress.devkit.db.DatabaseAdmin;
import vn.backan.congress.devkit.db.EmbeddedMariaDb;
import vn.backan.congress.devkit.db.FreePorts;
import vn.backan.congress.stack.StackConfig.Component;

/**
 * {@code bin/stack restore DIR}, into a stopped stack. Everything that can refuse the backup is
 * checked before the database is touched. Every dump is then loaded into a scratch database, and
 * only when all have loaded are they moved in, all databases in one RENAME TABLE, which MariaDB
 * does whole or not at all: a restore that fails leaves the databases as they were.
 */
final class StackRestore {

    private static final String SCRATCH = "_restoring";
    private static final String REPLACED = "_before_restore";

    private StackRestore() {
    }

    static BackupManifest restore(StackConfig config, Path dir, Consumer<String> say) {
        BackupManifest manifest = verified(config, dir);
        if (FreePorts.inUse(config.databasePort())) {
            throw new StackException("port " + config.databasePort() + " is in use: restore needs the stack stopped"
                    + " (bin/stack down)");
        }
        try (EmbeddedMariaDb server = EmbeddedMariaDb.start(config.databasePort(), config.databaseDataDir(),
                config.databaseBaseDir())) {
            replaceDatabases(server, manifest, dir);
        }
        manifest.databases().forEach(d -> say.accept("  " + d.database() + ": restored, schema version "
                + d.schemaVersion()));
        return manifest;
    }

    private static void replaceDatabases(EmbeddedMariaDb server, BackupManifest manifest, Path dir) {
        try (Connection root = server.adminConnection(); Statement s = root.createStatement()) {
            try {
                loadScratchCopies(root, s, manifest, dir);
                swapIn(root, s, manifest);
            } catch (SQLException e) {
                throw new StackException("the restore failed and changed nothing: " + e.getMessage(), e);
            } finally {
                removeScratchDatabases(s, manifest);
            }
        } catch (SQLException e) {
            throw new StackException("the restore could not use the embedded MariaDB: " + e.getMessage(), e);
        }
    }

    /** Best effort: what is left here is dropped by the next restore, and the services never read it. */
    private static void removeScratchDatabases(Statement s, BackupManifest manifest) {
        for (BackupManifest.Dump dump : manifest.databases()) {
            try {
                DatabaseAdmin.dropDatabase(s, dump.database() + SCRATCH);
                DatabaseAdmin.dropDatabase(s, dump.database() + REPLACED);
            } catch (SQLException e) {
                // Left for the next restore, as said.
            }
        }
    }

    private static void loadScratchCopies(Connection root, Statement s, BackupManifest manifest, Path dir)
            throws SQLException {
        for (BackupManifest.Dump dump : manifest.databases()) {
            String scratch = dump.database() + SCRATCH;
            DatabaseAdmin.dropDatabase(s, scratch);
            DatabaseAdmin.createDatabase(s, scratch, EmbeddedMariaDb.COLLATION);
            root.setCatalog(scratch);
            try {
                SqlDump.load(root, dir.resolve(dump.file()));
            } catch (SQLException | RuntimeException e) {
                throw new StackException(dump.file() + " does not load (" + e.getMessage() + "); nothing was changed", e);
            }
        }
    }

    /** Each database's tables move aside and the scratch copy's move in, in one statement. */
    private static void swapIn(Connection root, Statement s, BackupManifest manifest) throws SQLException {
        List<String> moves = new ArrayList<>();
        for (BackupManifest.Dump dump : manifest.databases()) {
            String database = dump.database();
            DatabaseAdmin.ensureDatabase(s, database, database, StackConfig.localPassword(database));
            DatabaseAdmin.dropDatabase(s, database + REPLACED);
            DatabaseAdmin.createDatabase(s, database + REPLACED, EmbeddedMariaDb.COLLATION);
            tables(root, database).forEach(t -> moves.add(name(database, t) + " TO " + name(database + REPLACED, t)));
            tables(root, database + SCRATCH).forEach(t -> moves.add(name(database + SCRATCH, t) + " TO " + name(database, t)));
        }
        s.execute("RENAME TABLE " + String.join(", ", moves));
    }

    private static List<String> tables(Connection root, String database) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (PreparedStatement q = root.prepareStatement(
                "SELECT table_name FROM information_schema.tables WHERE table_schema = ?")) {
            q.setString(1, database);
            try (ResultSet r = q.executeQuery()) {
                while (r.next()) {
                    tables.add(r.getString(1));
                }
            }
        }
        return tables;
    }

    private static String name(String database, String table) {
        return "`" + database + "`.`" + table.replace("`", "``") + "`";
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
            if (!dir.normalize().equals(file.getParent())) {
                throw new StackException(dir + " is refused: its manifest names a file outside the backup, " + dump.file());
            }
            if (!Files.isRegularFile(file)) {
                throw new StackException(dir + " is not a complete backup: " + dump.file() + " is missing");
            }
            if (!Sha256.hex(file).equals(dump.sha256())) {
                throw new StackException(dir + " is corrupt: " + dump.file() + " does not match its SHA-256 in "
                        + BackupManifest.FILE);
            }
            MigrationVersion code = SchemaVersions.highestInCode(config.root(), service.module());
            if (version(dump).compareTo(code) > 0) {
                throw new StackException(dir + " is from a newer schema: " + database + " was backed up by code whose"
                        + " migrations end at " + dump.codeSchemaVersion() + ", this code's end at " + code
                        + "; restore it with that code or newer");
            }
        }
        if (manifest.databases().size() != services.size()) {
            throw new StackException(dir + " holds databases this stack does not have: "
                    + manifest.databases().stream().map(BackupManifest.Dump::database).toList());
        }
        return manifest;
    }

    private static MigrationVersion version(BackupManifest.Dump dump) {
        try {
            return MigrationVersion.fromVersion(dump.codeSchemaVersion());
        } catch (RuntimeException e) {
            throw new StackException(BackupManifest.FILE + " gives " + dump.database() + " the code schema version \""
                    + dump.codeSchemaVersion() + "\", which is not one");
        }
    }
}
