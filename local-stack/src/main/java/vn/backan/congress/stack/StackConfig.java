package vn.backan.congress.stack;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.backan.congress.devkit.db.FreePorts;

/**
 * Where everything lives and which ports it takes; {@code environment} is added to every
 * application's (the end-to-end test points the traces at itself with it).
 */
public record StackConfig(Path root, Path dataDir, int databasePort, List<Component> components,
        Map<String, String> environment) {

    public StackConfig(Path root, Path dataDir, int databasePort, List<Component> components) {
        this(root, dataDir, databasePort, components, Map.of());
    }

    public static final String GATEWAY = "gateway";
    public static final String PORTAL = "portal";

    /**
     * One application of the stack: its public port and its management port (health, metrics,
     * on loopback only); {@code database} is empty for the gateway and the portal.
     */
    public record Component(String name, String module, int port, int managementPort, Optional<String> database) {

        public boolean isService() {
            return database.isPresent();
        }
    }

    public static final int DATABASE_PORT = 3307;

    /** The fixed ports the README promises. */
    public static StackConfig standard(Path root) {
        return new StackConfig(root, root.resolve(".data"), DATABASE_PORT, List.of(
                service("targets", 8081, 9081), service("programs", 8082, 9082), service("elections", 8083, 9083),
                new Component(PORTAL, PORTAL, 8084, 9084, Optional.empty()),
                new Component(GATEWAY, GATEWAY, 8080, 9080, Optional.empty())));
    }

    /** Free ports and a separate data directory, so a test stack never collides with a developer's. */
    public static StackConfig isolated(Path root, Path dataDir) {
        return new StackConfig(root, dataDir, FreePorts.pick(), List.of(
                service("targets", FreePorts.pick(), FreePorts.pick()),
                service("programs", FreePorts.pick(), FreePorts.pick()),
                service("elections", FreePorts.pick(), FreePorts.pick()),
                new Component(PORTAL, PORTAL, FreePorts.pick(), FreePorts.pick(), Optional.empty()),
                new Component(GATEWAY, GATEWAY, FreePorts.pick(), FreePorts.pick(), Optional.empty())));
    }

    private static Component service(String name, int port, int managementPort) {
        return new Component(name + "-service", name + "-service", port, managementPort, Optional.of(name));
    }

    public StackConfig withEnvironment(Map<String, String> more) {
        Map<String, String> all = new java.util.HashMap<>(environment);
        all.putAll(more);
        return new StackConfig(root, dataDir, databasePort, components, Map.copyOf(all));
    }

    public Path jarOf(Component component) {
        return root.resolve(component.module()).resolve("target/quarkus-app/quarkus-run.jar");
    }

    public Path logOf(Component component) {
        return dataDir.resolve("logs").resolve(component.name() + ".log");
    }

    /** The embedded server's data files. */
    public Path databaseDataDir() {
        return dataDir.resolve("mariadb/data");
    }

    /** The embedded server's unpacked binaries (mariadbd, mariadb-dump). */
    public Path databaseBaseDir() {
        return dataDir.resolve("mariadb/base");
    }

    public Path jwtDir() {
        return dataDir.resolve("jwt");
    }

    public Component component(String name) {
        return components.stream().filter(c -> c.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No component " + name));
    }

    /** Local-only password of a service's database user; the services' defaults use the same. */
    public static String localPassword(String database) {
        return database + "-local";
    }

    public String url(Component component) {
        return "http://localhost:" + component.port();
    }
}
