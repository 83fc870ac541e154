package vn.backan.congress.devkit.db;

import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Pattern;

/** The SQL that gives a service its own database and user, shared by the local stack and the tests. */
public final class DatabaseAdmin {

    private static final Pattern IDENTIFIER = Pattern.compile("[a-z][a-z0-9_]{0,63}");
    /** Generated or local passwords only: nothing that needs quoting in SQL. */
    private static final Pattern PASSWORD = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    private DatabaseAdmin() {
    }

    public static void ensureDatabase(Statement s, String database, String user, String password) throws SQLException {
        ensureDatabase(s, database, user, password, EmbeddedMariaDb.COLLATION);
    }

    /** As above with another default collation; tests use a plain one to prove the migrations set their own. */
    public static void ensureDatabase(Statement s, String database, String user, String password, String collation)
            throws SQLException {
        requireIdentifier(database);
        requireIdentifier(user);
        requireIdentifier(collation);
        if (!PASSWORD.matcher(password).matches()) {
            throw new IllegalArgumentException("Passwords here are letters, digits and . _ - only");
        }
        createDatabase(s, database, collation);
        s.execute("CREATE USER IF NOT EXISTS '" + user + "'@'%'");
        s.execute("ALTER USER '" + user + "'@'%' IDENTIFIED BY '" + password + "'");
        s.execute("GRANT ALL PRIVILEGES ON `" + database + "`.* TO '" + user + "'@'%'");
    }

    /** A database with no user of its own (a restore's scratch copy, say). Idempotent. */
    public static void createDatabase(Statement s, String database, String collation) throws SQLException {
        requireIdentifier(database);
        requireIdentifier(collation);
        s.execute("CREATE DATABASE IF NOT EXISTS `" + database + "` CHARACTER SET utf8mb4 COLLATE " + collation);
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
