package vn.backan.congress.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What bin/stack restore refuses before it touches anything: a backup without its manifest or one
 * of its dumps, a dump whose bytes are not those the manifest hashed, and a schema newer than the
 * code. The migrations of the checkout decide the last: targets-service's end at V8 today.
 */
class BackupRefusalTest {

    private static final StackConfig CONFIG = StackConfig.standard(Path.of("..").toAbsolutePath().normalize());

    @TempDir
    Path backup;

    private final List<BackupManifest.Dump> dumps = new ArrayList<>();

    @BeforeEach
    void aWholeBackup() throws Exception {
        for (String database : List.of("targets", "programs", "elections")) {
            dump(database, "CREATE TABLE t (id INT);\n", "1");
        }
        manifest();
    }

    private void dump(String database, String sql, String schemaVersion) throws Exception {
        Path file = backup.resolve(database + ".sql");
        Files.writeString(file, sql, StandardCharsets.UTF_8);
        // SHA-256 computed here by the JDK, not by the code under test.
        String sha = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest(sql.getBytes(StandardCharsets.UTF_8)));
        dumps.removeIf(d -> d.database().equals(database));
        dumps.add(new BackupManifest.Dump(database, database + ".sql", (long) sql.length(), sha, schemaVersion));
    }

    private void manifest() {
        Path file = backup.resolve(BackupManifest.FILE);
        file.toFile().delete();
        new BackupManifest(1, "2026-12-03T00:00:00Z", "10.11.5-MariaDB", List.copyOf(dumps)).write(backup);
    }

    private String refusal() {
        return assertThrows(StackException.class, () -> StackRestore.verified(CONFIG, backup)).getMessage();
    }

    @Test
    void aWholeBackupOfAnOlderOrTheSameSchemaIsTaken() throws Exception {
        dump("targets", "CREATE TABLE t (id INT);\n", "7");
        manifest();
        assertEquals(3, StackRestore.verified(CONFIG, backup).databases().size());
        dump("targets", "CREATE TABLE t (id INT);\n", "8");
        manifest();
        assertEquals("8", StackRestore.verified(CONFIG, backup).dumpOf("targets").orElseThrow().schemaVersion());
    }

    @Test
    void aByteChangedInADumpIsCorrupt() throws Exception {
        Files.writeString(backup.resolve("programs.sql"), "CREATE TABLE u (id INT);\n");
        assertEquals(backup + " is corrupt: programs.sql does not match its SHA-256 in manifest.json", refusal());
    }

    @Test
    void aTruncatedDumpIsCorrupt() throws Exception {
        Files.writeString(backup.resolve("elections.sql"), "CREATE TABLE t (id");
        assertEquals(backup + " is corrupt: elections.sql does not match its SHA-256 in manifest.json", refusal());
    }

    @Test
    void aSchemaNewerThanTheCodeIsRefused() throws Exception {
        dump("targets", "CREATE TABLE t (id INT);\n", "9");
        manifest();
        assertEquals(backup + " is from a newer schema: targets is at version 9, this code's migrations end at 8;"
                + " restore it with the code that wrote it", refusal());
        dump("targets", "CREATE TABLE t (id INT);\n", "8.1");
        manifest();
        assertEquals(backup + " is from a newer schema: targets is at version 8.1, this code's migrations end at 8;"
                + " restore it with the code that wrote it", refusal());
    }

    @Test
    void aBackupWithoutItsManifestIsIncomplete() throws Exception {
        Files.delete(backup.resolve("manifest.json"));
        assertEquals(backup + " is not a complete backup: it has no manifest.json (bin/stack backup writes it last)",
                refusal());
    }

    @Test
    void aMissingDumpIsIncomplete() throws Exception {
        Files.delete(backup.resolve("targets.sql"));
        assertEquals(backup + " is not a complete backup: targets.sql is missing", refusal());
        dump("targets", "CREATE TABLE t (id INT);\n", "1");
        dumps.removeIf(d -> d.database().equals("elections"));
        manifest();
        assertEquals(backup + " is not a complete backup: it has no dump of elections", refusal());
    }

    @Test
    void aDumpOutsideTheBackupIsNotRead() throws Exception {
        dumps.replaceAll(d -> d.database().equals("programs")
                ? new BackupManifest.Dump("programs", "../programs.sql", d.bytes(), d.sha256(), "1") : d);
        manifest();
        assertEquals(backup + " is not a complete backup: ../programs.sql is missing", refusal());
    }

    @Test
    void aManifestWithoutVersionsOrOfAnotherFormatIsRefused() throws Exception {
        Files.writeString(backup.resolve("manifest.json"), "{\"format\":1,\"databases\":[{\"database\":\"targets\"}]}");
        assertEquals(backup.resolve("manifest.json") + " does not name, for every database, its file, size, SHA-256"
                + " and schema version", refusal());
        Files.writeString(backup.resolve("manifest.json"), "{\"format\":2,\"databases\":[]}");
        assertEquals(backup + " is a backup of format 2; this code reads format 1", refusal());
        Files.writeString(backup.resolve("manifest.json"), "not json");
        assertEquals(true, refusal().startsWith(backup.resolve("manifest.json") + " cannot be read: "));
    }

    @Test
    void aDatabaseThisStackDoesNotHaveIsRefused() throws Exception {
        dump("accounts", "CREATE TABLE t (id INT);\n", "1");
        manifest();
        assertEquals(backup + " holds databases this stack does not have: [targets, programs, elections, accounts]",
                refusal());
    }
}
