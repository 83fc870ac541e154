package vn.backan.congress.stack;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One database as SQL, written by the embedded server's own mariadb-dump and read back over JDBC.
 * The bundled mariadb client cannot load it (it needs ncurses 5, which current systems lack), so
 * the statements are sent one by one instead.
 */
final class SqlDump {

    private SqlDump() {
    }

    /**
     * --single-transaction reads one consistent snapshot while the services keep writing, without
     * locking them out; no dump date and rows in key order, so the same data gives the same file.
     */
    static void write(Path mariadbDump, int port, String database, Path file) {
        List<String> command = List.of(mariadbDump.toString(), "--no-defaults", "--protocol=TCP", "--host=127.0.0.1",
                "--port=" + port, "--user=root", "--single-transaction", "--quick", "--skip-add-locks",
                "--skip-dump-date", "--order-by-primary", "--hex-blob", "--default-character-set=utf8mb4",
                "--skip-triggers", "--result-file=" + file, database);
        try {
            Path errors = Files.createTempFile("mariadb-dump", ".err");
            try {
                Process dump = new ProcessBuilder(command).redirectErrorStream(false)
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(errors.toFile()).start();
                if (!dump.waitFor(10, TimeUnit.MINUTES)) {
                    dump.destroyForcibly();
                    throw new StackException("mariadb-dump of " + database + " took longer than 10 minutes");
                }
                if (dump.exitValue() != 0) {
                    throw new StackException("mariadb-dump of " + database + " failed (exit " + dump.exitValue() + "): "
                            + Files.readAllLines(errors).stream().findFirst().orElse("no message"));
                }
            } finally {
                Files.deleteIfExists(errors);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StackException("interrupted during the backup of " + database);
        }
    }

    /**
     * Runs every statement of {@code file} on {@code connection}, whose current database is the
     * one to fill. mariadb-dump escapes line breaks inside values, so in its output every
     * statement ends at a line ending in ";" and no line that does is inside a value.
     */
    static void load(Connection connection, Path file) throws SQLException {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                Statement statement = connection.createStatement()) {
            // Values are sent as written: no JDBC escape processing of "{...}" inside a JSON value.
            statement.setEscapeProcessing(false);
            StringBuilder pending = new StringBuilder();
            String line;
            int number = 0;
            int firstLine = 0;
            while ((line = in.readLine()) != null) {
                number++;
                if (pending.isEmpty() && (line.isBlank() || line.startsWith("--"))) {
                    continue;
                }
                if (pending.isEmpty() && line.startsWith("DELIMITER")) {
                    throw new StackException(file.getFileName() + " holds stored code (DELIMITER), which this restore does not load");
                }
                if (pending.isEmpty()) {
                    firstLine = number;
                }
                pending.append(line).append('\n');
                if (line.endsWith(";")) {
                    try {
                        statement.execute(pending.toString());
                    } catch (SQLException e) {
                        throw new SQLException("line " + firstLine + ": " + e.getMessage(), e.getSQLState(), e.getErrorCode(), e);
                    }
                    pending.setLength(0);
                }
            }
            if (!pending.toString().isBlank()) {
                throw new StackException(file.getFileName() + " ends inside a statement");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
