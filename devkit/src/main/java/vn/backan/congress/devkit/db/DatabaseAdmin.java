package vn.backan.congress.devkit.db;

import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Pattern;

/** The SQL that gives a service its own database and user, shared by the local stack and the tests. */
public final class DatabaseAdmin {

    private static final Pattern IDENTIFIER = Pattern.compile("[a-z][a-z0-9_]{0,63}");

    private DatabaseAdmin() {
    }

    public static void ensureDatabase(Statement s, String database, String user, String password) throws SQLException {
        requireIdentifier(database);
        requireIdentifier(user);
        s.execute("CREATE DATABASE IF NOT EXISTS `" + database + "` CHARACTER SET utf8mb4 COLLATE "
                + EmbeddedMariaDb.COLLATION);
        s.execute("CREATE USER IF NOT EXISTS '" + user + "'@'%' IDENTIFIED BY '" + password.replace("'", "''") + "'");
        s.execute("ALTER USER '" + user + "'@'%' IDENTIFIED BY '" + password.replace("'", "''") + "'");
        s.execute("GRANT ALL PRIVILEGES ON `" + database + "`.* TO '" + user + "'@'%'");
    }

    public static void dropDatabase(Statement s, String database) throws SQLException {
        requireIdentifier(database);
        s.execute("DROP DATABASE IF EXISTS `" + database + "`");
    }

    private static void requireIdentifier(String name) {
        if (!IDENTIFIER.matcher(name).matches()) {
            throw new IllegalArgumentException("Not a plain identifier: " + name);
        }
    }
}
