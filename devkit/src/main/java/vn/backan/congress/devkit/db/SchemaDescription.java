package vn.backan.congress.devkit.db;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

/**
 * A database's schema and data as sorted lines of text, so that two databases can be compared
 * with one assertEquals and the difference reads as a diff: the default collation, every table,
 * column, index and constraint from information_schema, and a digest of each table's rows.
 * Column order is left out: the code names every column it uses.
 */
public final class SchemaDescription {

    private SchemaDescription() {
    }

    /** {@code withoutData}: tables whose rows are expected to differ (Flyway's history, say). */
    public static List<String> of(String url, String user, String password, Set<String> withoutData)
            throws SQLException {
        List<String> lines = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
            add(lines, s, "SELECT CONCAT('database collation=', DEFAULT_COLLATION_NAME) FROM information_schema.SCHEMATA"
                    + " WHERE SCHEMA_NAME = DATABASE()");
            add(lines, s, "SELECT CONCAT_WS(' ', 'table', TABLE_NAME, ENGINE, TABLE_COLLATION)"
                    + " FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE()");
            add(lines, s, "SELECT CONCAT_WS(' ', 'column', CONCAT(TABLE_NAME, '.', COLUMN_NAME), COLUMN_TYPE,"
                    + " IF(IS_NULLABLE = 'YES', 'null', 'not-null'), CONCAT('default=', IFNULL(COLUMN_DEFAULT, '-')),"
                    + " CONCAT('collation=', IFNULL(COLLATION_NAME, '-')), EXTRA)"
                    + " FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE()");
            add(lines, s, "SELECT CONCAT_WS(' ', 'index', CONCAT(TABLE_NAME, '.', INDEX_NAME),"
                    + " IF(NON_UNIQUE = 0, 'unique', 'non-unique'),"
                    + " GROUP_CONCAT(COLUMN_NAME ORDER BY SEQ_IN_INDEX SEPARATOR ','))"
                    + " FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE()"
                    + " GROUP BY TABLE_NAME, INDEX_NAME, NON_UNIQUE");
            add(lines, s, "SELECT CONCAT_WS(' ', 'check', CONCAT(TABLE_NAME, '.', CONSTRAINT_NAME), CHECK_CLAUSE)"
                    + " FROM information_schema.CHECK_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE()");
            add(lines, s, "SELECT CONCAT_WS(' ', 'foreign-key', CONCAT(k.TABLE_NAME, '.', k.CONSTRAINT_NAME),"
                    + " GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ','), '->',"
                    + " CONCAT(k.REFERENCED_TABLE_NAME, '(', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME"
                    + " ORDER BY k.ORDINAL_POSITION SEPARATOR ','), ')'), r.UPDATE_RULE, r.DELETE_RULE)"
                    + " FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r"
                    + " ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME"
                    + " AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE()"
                    + " GROUP BY k.TABLE_NAME, k.CONSTRAINT_NAME, k.REFERENCED_TABLE_NAME, r.UPDATE_RULE, r.DELETE_RULE");
            for (String table : tables(s)) {
                if (!withoutData.contains(table)) {
                    lines.add("rows " + table + " sha256=" + rowsDigest(s, table));
                }
            }
        }
        lines.sort(null);
        return lines;
    }

    /** What the above says of {@code actual} and not of {@code expected} (+), and the other way round (-). */
    public static List<String> differences(List<String> expected, List<String> actual) {
        List<String> diff = new ArrayList<>();
        expected.stream().filter(line -> !actual.contains(line)).forEach(line -> diff.add("- " + line));
        actual.stream().filter(line -> !expected.contains(line)).forEach(line -> diff.add("+ " + line));
        return diff;
    }

    /**
     * A digest of a table's rows in a fixed order. Columns that default to the time of the insert
     * are left out: two databases built a second apart differ there and nowhere that matters.
     */
    private static String rowsDigest(Statement s, String table) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (ResultSet rs = s.executeQuery("SELECT COLUMN_NAME FROM information_schema.COLUMNS WHERE TABLE_SCHEMA ="
                + " DATABASE() AND TABLE_NAME = '" + table + "' AND IFNULL(COLUMN_DEFAULT, '') NOT LIKE"
                + " 'current_timestamp%' ORDER BY ORDINAL_POSITION")) {
            while (rs.next()) {
                columns.add("`" + rs.getString(1) + "`");
            }
        }
        MessageDigest digest = sha256();
        String list = String.join(", ", columns);
        try (ResultSet rs = s.executeQuery("SELECT " + list + " FROM `" + table + "` ORDER BY " + list)) {
            while (rs.next()) {
                for (int i = 1; i <= columns.size(); i++) {
                    digest.update(String.valueOf(rs.getString(i)).getBytes(StandardCharsets.UTF_8));
                    digest.update((byte) 0);
                }
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }

    private static List<String> tables(Statement s) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (ResultSet rs = s.executeQuery("SELECT TABLE_NAME FROM information_schema.TABLES"
                + " WHERE TABLE_SCHEMA = DATABASE()")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        return tables;
    }

    private static void add(List<String> lines, Statement s, String query) throws SQLException {
        try (ResultSet rs = s.executeQuery(query)) {
            while (rs.next()) {
                lines.add(rs.getString(1));
            }
        }
    }
}
