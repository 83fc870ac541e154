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
 * code that wrote it. The migrations of the checkout decide the last: targets-service's end at V10
 * today.
 */
class BackupRefusalTest {

    private static final StackConfig CONFIG = StackConfig.standard(Path.of("..").toAbsolutePath().normalize());

    @TempDir
    Path temp;

    /** One level down, so a file beside it is outside the backup. */
    private Path backup;

    private final List<BackupManifest.Dump> dumps = new ArrayList<>();

    @BeforeEach
    void aWholeBackup() throws Exception {
        backup = Files.createDirectory(temp.resolve("backup"));
        dump("targets", "10", "10");
        dump("programs", "1", "1");
        dump("elections", "1", "1");
        manifest();
    }

    private void dump(String database, String schemaVersion, String codeSchemaVersion) throws Exception {
        String sql = "CREATE TABLE t (id INT);\n";
        Path file = backup.resolve(database + ".sql");
        Files.writeString(file, sql, StandardCharsets.UTF_8);
        dumps.removeIf(d -> d.database().equals(database));
        dumps.add(new BackupManifest.Dump(database, database + ".sql", (long) sql.length(), sha256(sql), schemaVersion,
                codeSchemaVersion));
    }

    /** Computed here by the JDK, not by the code under test. */
    private static String sha256(String text) throws Exception {
        return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest(text.getBytes(StandardCharsets.UTF_8)));
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
        assertEquals(3, StackRestore.verified(CONFIG, backup).databases().size());
        dump("targets", "7", "7");
        manifest();
        assertEquals("7", StackRestore.verified(CONFIG, backup).dumpOf("targets").orElseThrow().schemaVersion());
    }

    /**
     * A database made before the migrations were folded into the baseline B1 holds versions above
     * it that no file has now (elections up to 3, say); the code that backed it up ended at 1.
     */
    @Test
    void aDatabaseFromBeforeTheBaselineFoldIsTaken() throws Exception {
        dump("elections", "3", "1");
        manifest();
        assertEquals("3", StackRestore.verified(CONFIG, backup).dumpOf("elections").orElseThrow().schemaVersion());
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
        dump("targets", "11", "11");
        manifest();
        assertEquals(backup + " is from a newer schema: targets was backed up by code whose migrations end at 11,"
                + " this code's end at 10; restore it with that code or newer", refusal());
        dump("targets", "10.1", "10.1");
        manifest();
        assertEquals(backup + " is from a newer schema: targets was backed up by code whose migrations end at 10.1,"
                + " this code's end at 10; restore it with that code or newer", refusal());
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
        dump("targets", "10", "10");
        dumps.removeIf(d -> d.database().equals("elections"));
        manifest();
        assertEquals(backup + " is not a complete backup: it has no dump of elections", refusal());
    }

    /** The file beside the backup exists and has the right hash: only its place refuses it. */
    @Test
    void aDumpOutsideTheBackupIsNotRead() throws Exception {
        Files.copy(backup.resolve("programs.sql"), temp.resolve("programs.sql"));
        dumps.replaceAll(d -> d.database().equals("programs")
                ? new BackupManifest.Dump("programs", "../programs.sql", d.bytes(), d.sha256(), "1", "1") : d);
        manifest();
        assertEquals(backup + " is refused: its manifest names a file outside the backup, ../programs.sql", refusal());
    }

    @Test
    void aManifestWithoutVersionsOrOfAnotherFormatIsRefused() throws Exception {
        Files.writeString(backup.resolve("manifest.json"), "{\"format\":1,\"databases\":[{\"database\":\"targets\"}]}");
        assertEquals(backup.resolve("manifest.json") + " does not name, for every database, its file, size, SHA-256"
                + " and schema versions", refusal());
        Files.writeString(backup.resolve("manifest.json"), "{\"format\":1,\"databases\":[null]}");
        assertEquals(backup.resolve("manifest.json") + " does not name, for every database, its file, size, SHA-256"
                + " and schema versions", refusal());
        Files.writeString(backup.resolve("manifest.json"), "{\"format\":2,\"databases\":[]}");
        assertEquals(backup + " is a backup of format 2; this code reads format 1", refusal());
        Files.writeString(backup.resolve("manifest.json"), "not json");
        assertEquals(true, refusal().startsWith(backup.resolve("manifest.json") + " cannot be read: "));
    }

    @Test
    void aDatabaseThisStackDoesNotHaveIsRefused() throws Exception {
        dump("accounts", "1", "1");
        manifest();
        assertEquals(backup + " holds databases this stack does not have: [targets, programs, elections, accounts]",
                refusal());
    }
}
