package vn.backan.congress.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.flywaydb.core.api.MigrationVersion;

/** Flyway versions: the last one applied to a database, and the highest a service's code has. */
final class SchemaVersions {

    /** Versioned (V) and baseline (B) migrations; repeatable ones (R__) have no version. */
    private static final Pattern VERSIONED = Pattern.compile("[VB]([0-9][0-9._]*)__.+\\.sql");

    private SchemaVersions() {
    }

    /** The highest successful version in {@code database}'s flyway_schema_history, if it has one. */
    static Optional<MigrationVersion> applied(Connection connection, String database) throws SQLException {
        try (Statement s = connection.createStatement();
                ResultSet rows = s.executeQuery("SELECT version FROM `" + database + "`.flyway_schema_history"
                        + " WHERE success = 1 AND version IS NOT NULL")) {
            MigrationVersion highest = null;
            while (rows.next()) {
                MigrationVersion version = MigrationVersion.fromVersion(rows.getString(1));
                highest = highest == null || version.compareTo(highest) > 0 ? version : highest;
            }
            return Optional.ofNullable(highest);
        }
    }

    /** The highest version among a service module's migrations, read from the checkout bin/stack runs. */
    static MigrationVersion highestInCode(Path root, String module) {
        Path migrations = root.resolve(module).resolve("src/main/resources/db/migration");
        try (Stream<Path> files = Files.list(migrations)) {
            return files.map(f -> VERSIONED.matcher(f.getFileName().toString()))
                    .filter(Matcher::matches)
                    .map(m -> MigrationVersion.fromVersion(m.group(1).replace('_', '.')))
                    .max(Comparator.naturalOrder())
                    .orElseThrow(() -> new StackException("no versioned migration in " + root.relativize(migrations)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
