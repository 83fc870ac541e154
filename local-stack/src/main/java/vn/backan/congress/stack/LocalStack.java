package vn.backan.congress.stack;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import vn.backan.congress.devkit.db.EmbeddedMariaDb;
import vn.backan.congress.devkit.db.FreePorts;
import vn.backan.congress.devkit.jwt.JwtKeys;
import vn.backan.congress.stack.StackConfig.Component;

/**
 * The whole system on one machine: one embedded MariaDB with a database and user per service,
 * the three services, the portal and the gateway as child JVMs. {@link #start} either returns with everything
 * ready or throws with nothing left running.
 */
public final class LocalStack implements AutoCloseable {

    private static final long READY_TIMEOUT_MILLIS = 240_000;

    private final StackConfig config;
    private final Consumer<String> say;
    private final Map<String, Process> running = new LinkedHashMap<>();
    private EmbeddedMariaDb database;
    /** Set by close(); a start still under way stops at its next step instead of launching more. */
    private boolean closing;

    public LocalStack(StackConfig config, Consumer<String> say) {
        this.config = config;
        this.say = say;
    }

    public static LocalStack start(StackConfig config, Consumer<String> say) {
        LocalStack stack = new LocalStack(config, say);
        stack.start();
        return stack;
    }

    /** Returns with everything ready, or throws with nothing left running. May be closed from another thread meanwhile. */
    public void start() {
        try {
            preflight();
            startDatabase();
            startApplications();
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    private void preflight() {
        for (Component c : config.components()) {
            if (!Files.exists(config.jarOf(c))) {
                throw new StackException(c.name() + " is not built (" + config.root().relativize(config.jarOf(c))
                        + " missing): run ./mvnw package -DskipTests");
            }
        }
        if (FreePorts.inUse(config.databasePort())) {
            throw new StackException("Port " + config.databasePort() + " (embedded MariaDB) is already in use; "
                    + "stop what holds it (bin/stack status) and try again");
        }
        for (Component c : config.components()) {
            for (int port : new int[] {c.port(), c.managementPort()}) {
                if (FreePorts.inUse(port)) {
                    throw new StackException("Port " + port + " (" + c.name() + ") is already in use; "
                            + "stop what holds it (bin/stack status) and try again");
                }
            }
        }
    }

    private void startDatabase() {
        say.accept("Starting MariaDB on 127.0.0.1:" + config.databasePort() + " (data in "
                + config.root().relativize(config.dataDir().resolve("mariadb")) + ")");
        EmbeddedMariaDb started = EmbeddedMariaDb.start(config.databasePort(), config.databaseDataDir(),
                config.databaseBaseDir());
        synchronized (this) {
            if (closing) {
                started.close();
                throw new StackException("stopped during start (Ctrl-C or bin/stack down)");
            }
            database = started;
        }
        for (Component c : config.components()) {
            c.database().ifPresent(db -> database.ensureDatabase(db, db, StackConfig.localPassword(db)));
        }
    }

    private void startApplications() {
        JwtKeys keys = JwtKeys.loadOrCreate(config.jwtDir());
        for (Component c : config.components()) {
            say.accept("Starting " + c.name() + " on port " + c.port());
            Map<String, String> env = applicationEnvironment(config, c, keys);
            c.database().ifPresent(db -> {
                env.putAll(databaseEnvironment(db, database.jdbcUrl(db)));
                // A service that calls another (programs checks indicator codes in targets) finds it here.
                for (Component other : config.components()) {
                    other.database().filter(name -> !name.equals(db)).ifPresent(name -> env.put(
                            "QUARKUS_REST_CLIENT_" + name.toUpperCase() + "_URL", "http://127.0.0.1:" + other.port()));
                }
            });
            if (c.name().equals(StackConfig.PORTAL)) {
                // The portal reads the services directly, as their own clients do.
                for (Component service : config.components()) {
                    service.database().ifPresent(name -> env.put("QUARKUS_REST_CLIENT_" + name.toUpperCase() + "_URL",
                            "http://127.0.0.1:" + service.port()));
                }
            }
            if (c.name().equals(StackConfig.GATEWAY)) {
                // The catalogue's IRIs and download URLs name the gateway's own address.
                env.put("GATEWAY_CATALOG_PUBLIC_URL", "http://localhost:" + c.port());
                for (Component upstream : config.components()) {
                    if (!upstream.name().equals(StackConfig.GATEWAY)) {
                        String key = "GATEWAY_UPSTREAMS_" + upstream.database().orElse(upstream.name()).toUpperCase();
                        env.put(key + "_URL", "http://127.0.0.1:" + upstream.port());
                        env.put(key + "_MANAGEMENT_PORT", String.valueOf(upstream.managementPort()));
                    }
                }
            }
            synchronized (this) {
                if (closing) {
                    throw new StackException("stopped during start (Ctrl-C or bin/stack down)");
                }
                running.put(c.name(), ChildProcesses.launch(config.jarOf(c), env, config.logOf(c)));
            }
        }
        awaitReady();
    }

    /** What every application is started with: the stack's environment, its two ports, the token key. */
    static Map<String, String> applicationEnvironment(StackConfig config, Component c, JwtKeys keys) {
        Map<String, String> env = new HashMap<>(config.environment());
        // A service's and the portal's public listener is Quarkus's own; the gateway's is its edge
        // listener (Quarkus's own stays on a free loopback port there).
        env.put(c.name().equals(StackConfig.GATEWAY) ? "GATEWAY_EDGE_PORT" : "QUARKUS_HTTP_PORT", String.valueOf(c.port()));
        env.put("QUARKUS_MANAGEMENT_HOST", "127.0.0.1");
        env.put("QUARKUS_MANAGEMENT_PORT", String.valueOf(c.managementPort()));
        // The stack's own key, unless the caller points the applications at an OpenID provider's
        // JWKS (docs/operations.md, accounts).
        if (System.getenv("MP_JWT_VERIFY_PUBLICKEY_LOCATION") == null) {
            env.putIfAbsent("MP_JWT_VERIFY_PUBLICKEY_LOCATION", keys.publicKeyFile().toUri().toString());
        }
        return env;
    }

    /** A service's own database account, at {@code jdbcUrl}. */
    static Map<String, String> databaseEnvironment(String database, String jdbcUrl) {
        return Map.of("QUARKUS_DATASOURCE_JDBC_URL", jdbcUrl, "QUARKUS_DATASOURCE_USERNAME", database,
                "QUARKUS_DATASOURCE_PASSWORD", StackConfig.localPassword(database));
    }

    private void awaitReady() {
        long deadline = System.currentTimeMillis() + READY_TIMEOUT_MILLIS;
        List<String> waiting = new ArrayList<>(running.keySet());
        while (!waiting.isEmpty()) {
            for (String name : List.copyOf(waiting)) {
                synchronized (this) {
                    if (closing) {
                        // Checked first: a service whose database was just stopped exits too.
                        throw new StackException("stopped during start (Ctrl-C or bin/stack down)");
                    }
                }
                Process p = running.get(name);
                Component c = config.component(name);
                if (!p.isAlive()) {
                    throw new StackException(name + " exited during start (exit " + p.exitValue() + "); see "
                            + config.root().relativize(config.logOf(c)) + ": " + ChildProcesses.firstError(config.logOf(c)));
                }
                if (Readiness.isReady(c.managementPort())) {
                    say.accept(name + " is ready");
                    waiting.remove(name);
                }
            }
            if (System.currentTimeMillis() > deadline) {
                throw new StackException("Not ready after " + READY_TIMEOUT_MILLIS / 1000 + " s: " + waiting
                        + "; see " + config.root().relativize(config.dataDir().resolve("logs")));
            }
            sleep(500);
        }
    }

    /** Stops one application and leaves the rest running (to see how the others cope). */
    public void stop(String name) {
        Process p = running.remove(name);
        if (p != null) {
            ChildProcesses.stop(p.toHandle(), 20);
        }
    }

    public StackConfig config() {
        return config;
    }

    /** Every process this stack started (the applications and the database server). */
    public List<ProcessHandle> processes() {
        return ProcessHandle.current().descendants().toList();
    }

    @Override
    public synchronized void close() {
        closing = true;
        List<Map.Entry<String, Process>> reversed = new ArrayList<>(running.entrySet());
        java.util.Collections.reverse(reversed);
        // The gateway first, so nobody is routed to a service that is going away.
        for (Map.Entry<String, Process> entry : reversed) {
            say.accept("Stopping " + entry.getKey());
            ChildProcesses.stop(entry.getValue().toHandle(), 20);
        }
        running.clear();
        if (database != null) {
            say.accept("Stopping MariaDB");
            database.close();
            database = null;
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StackException("Interrupted while waiting for the stack to start");
        }
    }
}
