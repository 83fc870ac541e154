package vn.backan.congress.k8scheck;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.Secret;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Each service owns its data: "x-service" connects to database "x" of the mariadb-operator MariaDB
 * that has a Database "x", as a User of that server whose Grant covers "x", with that User's
 * password Secret key. It connects through the Service the operator makes: the primary's
 * ({@code <name>-primary}) when the MariaDB replicates (the Service {@code <name>} reaches the
 * replicas too), else {@code <name>}. Keycloak likewise, to its database "keycloak". Each MariaDB
 * runs 10.11 with utf8mb4 and the accent-sensitive Vietnamese collation on persistent storage, its
 * root password in a Secret; where the services run more than one pod it replicates, with automatic
 * failover and semi-synchronous commits; a MariaDB that replicates (and so writes binary logs) has
 * the server purge them (binlog_expire_logs_seconds). Backups are {@link BackupRules}'.
 */
public final class DatabaseRules {

    private static final Pattern JDBC = Pattern.compile("jdbc:mariadb://([^/:?]+)(?::(\\d+))?/([^?;/]+).*");
    private static final String PRIMARY_SUFFIX = "-primary";
    static final String COLLATION = "utf8mb4_uca1400_vietnamese_as_ci";
    static final int HA_REPLICAS = 3;

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
            if (hasDatabase(w)) {
                client(w, CLIENTS.get(w.component()), manifests, m -> violations.add(new Violation(w.id(), m)));
            }
        }
        int servicePods = manifests.workloads().stream().filter(w -> w.component().equals("service"))
                .mapToInt(w -> w.replicas() == null ? 1 : w.replicas()).max().orElse(1);
        for (GenericKubernetesResource mariadb : manifests.custom(OperatorPods.MARIADB)) {
            server(mariadb, servicePods, m -> violations.add(new Violation(Manifests.id(mariadb), m)));
        }
        for (String kind : List.of("Database", "User", "Grant")) {
            for (GenericKubernetesResource r : manifests.custom(kind)) {
                Consumer<String> report = m -> violations.add(new Violation(Manifests.id(r), m));
                if (server(r, manifests).isEmpty()) {
                    report.accept("refers to MariaDB " + serverName(r) + ", which is not defined");
                }
                sqlResource(r, report);
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
        String host = m.group(1);
        String service = host.split("\\.")[0];
        String namespace = host.contains(".") ? host.split("\\.")[1] : w.namespace();
        boolean primary = service.endsWith(PRIMARY_SUFFIX);
        String name = primary ? service.substring(0, service.length() - PRIMARY_SUFFIX.length()) : service;
        Optional<GenericKubernetesResource> mariadb = manifests.findCustom(OperatorPods.MARIADB, namespace, name);
        if (mariadb.isEmpty()) {
            report.accept("database host " + host + " is no Service of a MariaDB (<name>, or <name>-primary when it replicates)");
            return;
        }
        JsonNode spec = Manifests.spec(mariadb.get());
        String id = Manifests.id(mariadb.get());
        if (OperatorPods.replication(spec) && !primary) {
            report.accept("database host " + host + " leads to every pod of " + id + ", replicas too: name its primary, "
                    + name + PRIMARY_SUFFIX);
        } else if (!OperatorPods.replication(spec) && primary) {
            report.accept("database host " + host + ": " + id + " does not replicate, so the operator makes no Service "
                    + service);
        }
        int port = m.group(2) == null ? OperatorPods.DEFAULT_PORT : Integer.parseInt(m.group(2));
        if (port != OperatorPods.port(spec)) {
            report.accept("database port " + port + " is not the port of " + id + ", " + OperatorPods.port(spec));
        }
        List<GenericKubernetesResource> sql = manifests.custom("Database");
        if (sql.stream().noneMatch(d -> serves(d, mariadb.get()) && sqlName(d).equals(own))) {
            report.accept(id + " has no Database " + own);
        }
        account(w, client, env, own, mariadb.get(), manifests, report);
    }

    /** The client's user and password are a User's of that server, granted its database. */
    private static void account(Workload w, Client client, Env env, String own, GenericKubernetesResource mariadb,
            Manifests manifests, Consumer<String> report) {
        Optional<Env.Value> username = env.get(client.username()).filter(Env.Value::fromSecret);
        Optional<Env.Value> password = env.get(client.password()).filter(Env.Value::fromSecret);
        username.ifPresentOrElse(v -> { }, () -> report.accept(client.username() + " is not taken from a Secret"));
        password.ifPresentOrElse(v -> { }, () -> report.accept(client.password() + " is not taken from a Secret"));
        if (username.isEmpty() || password.isEmpty()) {
            return;
        }
        Optional<GenericKubernetesResource> user = manifests.custom("User").stream()
                .filter(u -> serves(u, mariadb))
                .filter(u -> password.get().secretName().equals(Manifests.spec(u).path("passwordSecretKeyRef").path("name").asText())
                        && password.get().secretKey().equals(Manifests.spec(u).path("passwordSecretKeyRef").path("key").asText()))
                .findFirst();
        if (user.isEmpty()) {
            report.accept(client.password() + " is the password of no User of " + Manifests.id(mariadb));
            return;
        }
        String userName = sqlName(user.get());
        String secretUser = manifests.find(Secret.class, w.namespace(), username.get().secretName())
                .map(s -> s.getStringData() == null ? null : s.getStringData().get(username.get().secretKey())).orElse(null);
        if (!userName.equals(secretUser)) {
            report.accept(client.username() + " (" + username.get().secretName() + "/" + username.get().secretKey()
                    + ") is not " + Manifests.id(user.get()) + "'s name " + userName);
        }
        boolean granted = manifests.custom("Grant").stream().filter(g -> serves(g, mariadb)).map(Manifests::spec)
                .anyMatch(g -> g.path("username").asText().equals(userName)
                        && List.of(own, "*").contains(g.path("database").asText("*")) && !g.path("privileges").isEmpty());
        if (!granted) {
            report.accept(Manifests.id(user.get()) + " has no Grant on database " + own);
        }
    }

    private static void server(GenericKubernetesResource mariadb, int servicePods, Consumer<String> report) {
        JsonNode spec = Manifests.spec(mariadb);
        ImageRef image = ImageRef.parse(spec.path("image").asText());
        if (!image.name().equals("mariadb") || image.tag() == null || !image.tag().startsWith("10.11")) {
            report.accept("image " + spec.path("image").asText() + " is not MariaDB 10.11");
        }
        if (!spec.path("rootPasswordSecretKeyRef").has("name") || spec.path("rootEmptyPassword").asBoolean()) {
            report.accept("its root password is not taken from a Secret (rootPasswordSecretKeyRef)");
        }
        JsonNode storage = spec.path("storage");
        if (storage.path("ephemeral").asBoolean() || !(storage.has("size") || storage.has("volumeClaimTemplate"))) {
            report.accept("has no persistent storage (spec.storage.size)");
        }
        String myCnf = spec.path("myCnf").asText() + "\n";
        if (!myCnf.matches("(?s).*character-set-server\\s*=\\s*utf8mb4\\s.*")
                || !myCnf.matches("(?s).*collation-server\\s*=\\s*" + COLLATION + "\\s.*")) {
            report.accept("myCnf does not set character-set-server = utf8mb4 and collation-server = " + COLLATION);
        }
        if (OperatorPods.replication(spec) && !myCnf.matches("(?s)(.*\\n)?\\s*binlog_expire_logs_seconds\\s*=\\s*[1-9]\\d*\\s.*")) {
            report.accept("writes binary logs (replication) but myCnf sets no binlog_expire_logs_seconds:"
                    + " the server would never purge them");
        }
        if (servicePods > 1) {
            highAvailability(spec, servicePods, report);
        }
    }

    /** With several service pods the system is meant to stay up, and one database pod would not. */
    private static void highAvailability(JsonNode spec, int servicePods, Consumer<String> report) {
        JsonNode replication = spec.path("replication");
        String why = " while the services run " + servicePods + " pods";
        if (!OperatorPods.replication(spec)) {
            report.accept("does not replicate (spec.replication.enabled)" + why);
            return;
        }
        if (spec.path("replicas").asInt(1) < HA_REPLICAS) {
            report.accept("has " + spec.path("replicas").asInt(1) + " replicas, fewer than " + HA_REPLICAS + why);
        }
        if (!replication.path("primary").path("autoFailover").asBoolean(true)) {
            report.accept("turns off automatic primary failover" + why);
        }
        if (!replication.path("semiSyncEnabled").asBoolean(true)) {
            report.accept("replicates asynchronously: a failover could lose acknowledged writes");
        }
    }

    private static void sqlResource(GenericKubernetesResource r, Consumer<String> report) {
        JsonNode spec = Manifests.spec(r);
        switch (r.getKind()) {
            case "Database" -> {
                if (!spec.path("characterSet").asText().equals("utf8mb4") || !spec.path("collate").asText().equals(COLLATION)) {
                    report.accept("is " + spec.path("characterSet").asText("utf8") + " / "
                            + spec.path("collate").asText("utf8_general_ci") + ", not utf8mb4 / " + COLLATION);
                }
            }
            case "User" -> {
                if (!spec.path("passwordSecretKeyRef").has("name")) {
                    report.accept("takes no password from a Secret (passwordSecretKeyRef): the operator would lock it");
                }
            }
            default -> {
            }
        }
    }

    /** The MariaDB a Database, User, Grant or Backup refers to, in its namespace (or the one it names). */
    static Optional<GenericKubernetesResource> server(GenericKubernetesResource r, Manifests manifests) {
        JsonNode ref = Manifests.spec(r).path("mariaDbRef");
        String namespace = ref.path("namespace").asText(r.getMetadata().getNamespace());
        return manifests.findCustom(OperatorPods.MARIADB, namespace, serverName(r));
    }

    static String serverName(GenericKubernetesResource r) {
        return Manifests.spec(r).path("mariaDbRef").path("name").asText();
    }

    static boolean serves(GenericKubernetesResource r, GenericKubernetesResource mariadb) {
        JsonNode ref = Manifests.spec(r).path("mariaDbRef");
        return ref.path("name").asText().equals(mariadb.getMetadata().getName()) && java.util.Objects.equals(
                ref.path("namespace").asText(r.getMetadata().getNamespace()), mariadb.getMetadata().getNamespace());
    }

    /** The name in SQL: spec.name, else the resource's name. */
    static String sqlName(GenericKubernetesResource r) {
        return Manifests.spec(r).path("name").asText(r.getMetadata().getName());
    }
}
