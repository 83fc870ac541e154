package vn.backan.congress.stack;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * What {@code bin/stack backup} writes last into its directory, so a directory without it is an
 * unfinished backup: when (ISO-8601, UTC), from which server, and per database its dump file, the file's size and
 * SHA-256, the last Flyway version applied to it and the last migration of the code that wrote it.
 */
record BackupManifest(int format, String createdAt, String serverVersion, List<Dump> databases) {

    static final String FILE = "manifest.json";
    static final int FORMAT = 1;

    /**
     * {@code schemaVersion} is the last Flyway version applied to the database; {@code
     * codeSchemaVersion} the last migration of the code that wrote the backup, which is what a
     * restore compares with its own (a database made before the services' migrations were folded
     * into one baseline holds versions above it that no file has any more).
     */
    record Dump(String database, String file, Long bytes, String sha256, String schemaVersion,
            String codeSchemaVersion) {

        boolean incomplete() {
            return database == null || file == null || bytes == null || sha256 == null || schemaVersion == null
                    || codeSchemaVersion == null;
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    /** Written to a temporary name and moved, so a manifest is either whole or absent. */
    void write(Path dir) {
        try {
            Path tmp = dir.resolve(FILE + ".tmp");
            JSON.writeValue(tmp.toFile(), this);
            Files.move(tmp, dir.resolve(FILE), StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static BackupManifest read(Path dir) {
        Path file = dir.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            throw new StackException(dir + " is not a complete backup: it has no " + FILE
                    + " (bin/stack backup writes it last)");
        }
        try {
            BackupManifest manifest = JSON.readValue(file.toFile(), BackupManifest.class);
            if (manifest.databases() == null || manifest.databases().stream().anyMatch(d -> d == null || d.incomplete())) {
                throw new StackException(file + " does not name, for every database, its file, size, SHA-256 and"
                        + " schema versions");
            }
            return manifest;
        } catch (IOException e) {
            throw new StackException(file + " cannot be read: " + e.getMessage().lines().findFirst().orElse(""), e);
        }
    }

    java.util.Optional<Dump> dumpOf(String database) {
        return databases.stream().filter(d -> database.equals(d.database())).findFirst();
    }
}
