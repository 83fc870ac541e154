package vn.backan.congress.k8scheck;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.Volume;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Each service owns its data: "x-service" connects to database "x" on the one MariaDB server
 * that creates database "x", with the credentials that server was given, from a Secret. Keycloak
 * likewise, to its database "keycloak" (its workload's name), through its own KC_DB_* variables.
 * Each server runs MariaDB 10.11 with utf8mb4 and the accent-sensitive Vietnamese collation.
 */
public final class DatabaseRules {

    private static final Pattern JDBC = Pattern.compile("jdbc:mariadb://([^/:?]+)(?::(\\d+))?/([^?;/]+).*");
    static final String COLLATION = "utf8mb4_uca1400_vietnamese_as_ci";

    /** The variables a workload that has a database names its URL and credentials with. */
    record Client(String url, String username, String password) {
    }

    /** The components that have a database of their own. */
    static final Map<String, Client> CLIENTS = Map.of(
            "service", new Client("QUARKUS_DATASOURCE_JDBC_URL", "QUARKUS_DATASOURCE_USERNAME", "QUARKUS_DATASOURCE_PASSWORD"),
            Workload.IDENTITY_PROVIDER, new Client("KC_DB_URL", "KC_DB_USERNAME", "KC_DB_PASSWORD"));

    static boolean hasDatabase(Workload w) {
        return CLIENTS.containsKey(w.component());
    }

    /** "x" for "x-service"; the workload's own name for Keycloak. */
    static String ownDatabase(Workload w) {
        return w.name().replaceFirst("-service$", "");
    }

    private DatabaseRules() {
    }

    public static List<Violation> check(Manifests manifests) {
        List<Violation> violations = new ArrayList<>();
        for (Workload w : manifests.workloads()) {
            Consumer<String> report = m -> violations.add(new Violation(w.id(), m));
            if (hasDatabase(w)) {
                client(w, CLIENTS.get(w.component()), manifests, report);
            } else if (w.component().equals("database")) {
                server(w, manifests, report);
            }
        }
        return violations;
    }

    private static void client(Workload w, Client client, Manifests manifests, Consumer<String> report) {
        String own = ownDatabase(w);
        Container app = Env.list(w.pod().getContainers()).get(0);
        Env env = Env.of(app, w.namespace(), manifests);
        String url = env.literal(client.url()).orElse("");
        Matcher m = JDBC.matcher(url);
        if (!m.matches()) {
            report.accept(client.url() + " '" + url + "' is not a jdbc:mariadb://host[:port]/database URL");
            return;
        }
        if (!m.group(3).equals(own)) {
            report.accept("database URL names database " + m.group(3) + ", not its own database " + own);
        }
        int port = m.group(2) == null ? 3306 : Integer.parseInt(m.group(2));
        Optional<Workload> server = Network.serverBehind(manifests, w.namespace(), m.group(1), port);
        if (server.isEmpty()) {
            report.accept("database host " + m.group(1) + ":" + port + " is no Service port of a pod template");
            return;
        }
        Env serverEnv = Env.of(Env.list(server.get().pod().getContainers()).get(0), server.get().namespace(), manifests);
        if (!server.get().component().equals("database")
                || !serverEnv.literal("MARIADB_DATABASE").orElse("").equals(own)) {
            report.accept("database host " + m.group(1) + " is not the server of database " + own
                    + " (it is " + server.get().id() + ")");
        }
        credential(env, client.username(), serverEnv, "MARIADB_USER", report);
        credential(env, client.password(), serverEnv, "MARIADB_PASSWORD", report);
    }

    private static void credential(Env env, String var, Env serverEnv, String serverVar, Consumer<String> report) {
        Optional<Env.Value> value = env.get(var);
        if (value.isEmpty() || !value.get().fromSecret()) {
            report.accept(var + " is not taken from a Secret");
        } else if (!Objects.equals(value, serverEnv.get(serverVar))) {
            report.accept(var + " is not the Secret key its database server reads as " + serverVar);
        }
    }

    private static void server(Workload w, Manifests manifests, Consumer<String> report) {
        Container db = Env.list(w.pod().getContainers()).get(0);
        ImageRef image = ImageRef.parse(db.getImage() == null ? "" : db.getImage());
        if (!image.name().equals("mariadb") || image.tag() == null || !image.tag().startsWith("10.11")) {
            report.accept("image " + db.getImage() + " is not MariaDB 10.11");
        }
        Env env = Env.of(db, w.namespace(), manifests);
        if (env.literal("MARIADB_DATABASE").orElse("").isEmpty()) {
            report.accept("sets no MARIADB_DATABASE");
        }
        for (String secret : List.of("MARIADB_USER", "MARIADB_PASSWORD", "MARIADB_ROOT_PASSWORD")) {
            if (env.get(secret).map(v -> !v.fromSecret()).orElse(true)) {
                report.accept(secret + " is not taken from a Secret");
            }
        }
        String config = Env.list(w.pod().getVolumes()).stream().map(Volume::getConfigMap).filter(Objects::nonNull)
                .flatMap(ref -> manifests.find(ConfigMap.class, w.namespace(), ref.getName()).stream())
                .flatMap(cm -> cm.getData() == null ? java.util.stream.Stream.empty() : cm.getData().values().stream())
                .reduce("", String::concat);
        if (!config.matches("(?s).*character-set-server\\s*=\\s*utf8mb4\\s.*")
                || !config.matches("(?s).*collation-server\\s*=\\s*" + COLLATION + "\\s.*")) {
            report.accept("mounts no server configuration setting utf8mb4 and " + COLLATION);
        }
        if (w.kind().equals("StatefulSet") && manifests.find(io.fabric8.kubernetes.api.model.apps.StatefulSet.class,
                w.namespace(), w.name()).map(s -> Env.list(s.getSpec().getVolumeClaimTemplates()).isEmpty()).orElse(true)) {
            report.accept("has no persistent volume claim template");
        }
    }
}
