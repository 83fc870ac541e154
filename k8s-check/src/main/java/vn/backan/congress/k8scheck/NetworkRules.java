package vn.backan.congress.k8scheck;

import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * The traffic the design allows, and no more: the outside reaches only the gateway and Keycloak; the
 * gateway reaches the three services and the portal; the portal reaches the three services; a
 * service reaches its own database (and programs-service reaches targets-service); the gateway and
 * the services reach Keycloak (its keys); Keycloak reaches its own database and its own replicas
 * (its cluster). A database (a mariadb-operator MariaDB) is reached by its owner, its backup Jobs
 * (logical and physical), the operator's namespace {@link #OPERATOR_NAMESPACE} and its own replicas,
 * and reaches those replicas; when it replicates also the Kubernetes API server (its init container
 * and agent read the MariaDB resource), and when it archives binary logs (point-in-time recovery)
 * the outside (S3). A backup Job reaches its database, the outside when it writes to S3, and a
 * physical backup Job of a MariaDB with point-in-time recovery the API server. Every pod may use
 * the cluster DNS. Each link the
 * system needs must also be open, or the policies would break it. For the applications these are
 * the rules of their application ports; their management port is {@link ManagementNetworkRules}'.
 */
public final class NetworkRules {

    /** Calls between services the design names, besides the gateway's. */
    static final Map<String, Set<String>> SERVICE_CALLS = Map.of("programs-service", Set.of("targets-service"));
    /** Where mariadb-operator runs (a prerequisite, k8s/README.md); it connects to 3306 and its agent's 5555. */
    public static final String OPERATOR_NAMESPACE = "mariadb-operator";

    private NetworkRules() {
    }

    public static List<Violation> check(Manifests manifests) {
        List<Violation> violations = new ArrayList<>();
        List<Workload> workloads = manifests.pods();
        TreeSet<String> gateways = names(workloads, "gateway");
        TreeSet<String> services = names(workloads, "service");
        TreeSet<String> portals = names(workloads, "portal");
        TreeSet<String> providers = names(workloads, Workload.IDENTITY_PROVIDER);
        TreeSet<String> verifiers = workloads.stream().filter(w -> IdentityRules.VERIFIERS.contains(w.component()))
                .map(Workload::name).collect(Collectors.toCollection(TreeSet::new));
        for (Workload w : workloads) {
            Consumer<String> report = m -> violations.add(new Violation(w.id(), m));
            TreeSet<String> mayCall = new TreeSet<>(Set.of(Network.DNS));
            TreeSet<String> mayBeCalledBy = new TreeSet<>();
            // Allowed, but not needed: a single MariaDB has no replicas to talk to.
            TreeSet<String> optional = new TreeSet<>();
            switch (w.component()) {
                case "gateway" -> {
                    mayBeCalledBy.add(Network.OUTSIDE);
                    mayCall.addAll(services);
                    mayCall.addAll(portals);
                    mayCall.addAll(providers);
                }
                case "portal" -> {
                    mayBeCalledBy.addAll(gateways);
                    mayCall.addAll(services);
                }
                case "service" -> {
                    mayBeCalledBy.addAll(gateways);
                    mayBeCalledBy.addAll(portals);
                    SERVICE_CALLS.forEach((caller, callees) -> {
                        if (callees.contains(w.name())) {
                            mayBeCalledBy.add(caller);
                        }
                    });
                    mayCall.addAll(ownDatabase(w, manifests));
                    mayCall.addAll(SERVICE_CALLS.getOrDefault(w.name(), Set.of()));
                    mayCall.addAll(providers);
                }
                case Workload.IDENTITY_PROVIDER -> {
                    // The district portals through the ingress, the token verifiers for the keys, its replicas.
                    mayBeCalledBy.add(Network.OUTSIDE);
                    mayBeCalledBy.addAll(verifiers);
                    mayBeCalledBy.add(w.name());
                    mayCall.addAll(ownDatabase(w, manifests));
                    mayCall.add(w.name());
                }
                case "database" -> {
                    mayBeCalledBy.addAll(owners(w, workloads, manifests));
                    mayBeCalledBy.addAll(backups(w, manifests));
                    mayBeCalledBy.add(Network.namespace(OPERATOR_NAMESPACE));
                    mayBeCalledBy.add(w.name());
                    mayCall.add(w.name());
                    if (w.replicas() == null || w.replicas() < 2) {
                        optional.add(w.name());
                    }
                    manifests.findCustom(OperatorPods.MARIADB, w.namespace(), w.name()).map(Manifests::spec).ifPresent(spec -> {
                        if (OperatorPods.replication(spec)) {
                            mayCall.add(Network.KUBERNETES_API);
                        }
                        if (!OperatorPods.pointInTimeRecovery(spec).isEmpty()) {
                            mayCall.add(Network.OUTSIDE);
                        }
                    });
                }
                case "backup" -> backup(w, manifests, mayCall);
                default -> report.accept("has no app.kubernetes.io/component label of gateway, portal, service, "
                        + Workload.IDENTITY_PROVIDER + ", database or backup");
            }
            // An application's management port has rules of its own (ManagementNetworkRules).
            // An application's management port has rules of its own; a database's callers are named by namespace.
            TreeSet<String> callers = ManagementRules.isApplication(w)
                    ? Network.outside(Network.peers(w, manifests, true, port -> !ManagementRules.isPort(port)))
                    : w.component().equals("database") ? Network.peers(w, manifests, true, port -> true)
                    : Network.peers(w, manifests, true);
            TreeSet<String> neededCallers = new TreeSet<>(mayBeCalledBy);
            neededCallers.removeAll(optional);
            compare(callers, neededCallers, mayBeCalledBy, "be reached from", report);
            // DNS is allowed to all but needed by none: a database resolves no names.
            TreeSet<String> needed = new TreeSet<>(mayCall);
            needed.remove(Network.DNS);
            needed.removeAll(optional);
            TreeSet<String> reached = List.of("database", "backup").contains(w.component())
                    ? Network.egressWithApiServer(w, manifests) : Network.peers(w, manifests, false);
            compare(reached, needed, mayCall, "reach", report);
        }
        for (NetworkPolicy policy : manifests.all(NetworkPolicy.class)) {
            // A policy that selects no pod is a leftover, or a selector that missed (the operator's labels).
            boolean selects = policy.getSpec() != null && workloads.stream()
                    .anyMatch(w -> w.namespace().equals(policy.getMetadata().getNamespace())
                            && Selectors.matches(policy.getSpec().getPodSelector(), w.labels()));
            if (!selects) {
                violations.add(new Violation(Manifests.id(policy), "selects no pods"));
            }
        }
        return violations;
    }

    /**
     * Everything needed must be open; nothing beyond "allowed" may be. The verb follows "let it":
     * "be reached from", "reach".
     */
    static void compare(TreeSet<String> actual, TreeSet<String> needed, TreeSet<String> allowed,
            String verb, Consumer<String> report) {
        TreeSet<String> extra = new TreeSet<>(actual);
        extra.removeAll(allowed);
        if (!extra.isEmpty()) {
            report.accept("NetworkPolicies let it " + verb + " " + extra + "; allowed only " + allowed);
        }
        TreeSet<String> missing = new TreeSet<>(needed);
        missing.removeAll(actual);
        if (!missing.isEmpty()) {
            report.accept("NetworkPolicies do not let it " + verb + " " + missing + ", which the system needs");
        }
    }

    /** The database server(s) holding the workload's own database ("x" for "x-service", "keycloak"). */
    private static TreeSet<String> ownDatabase(Workload client, Manifests manifests) {
        String own = DatabaseRules.ownDatabase(client);
        TreeSet<String> servers = new TreeSet<>();
        for (Workload w : manifests.workloads()) {
            if (w.component().equals("database") && databasesOf(w, manifests).contains(own)) {
                servers.add(w.name());
            }
        }
        return servers;
    }

    private static TreeSet<String> owners(Workload db, List<Workload> workloads, Manifests manifests) {
        return workloads.stream().filter(DatabaseRules::hasDatabase)
                .filter(w -> databasesOf(db, manifests).contains(DatabaseRules.ownDatabase(w)))
                .map(Workload::name).collect(Collectors.toCollection(TreeSet::new));
    }

    /** The names of the Databases the operator makes on the MariaDB. */
    private static Set<String> databasesOf(Workload db, Manifests manifests) {
        return manifests.findCustom(OperatorPods.MARIADB, db.namespace(), db.name())
                .map(mariadb -> manifests.custom("Database").stream().filter(d -> DatabaseRules.serves(d, mariadb))
                        .map(DatabaseRules::sqlName).collect(Collectors.toSet()))
                .orElse(Set.of());
    }

    /** The Backups and PhysicalBackups (their Jobs' pods) of the MariaDB. */
    private static TreeSet<String> backups(Workload db, Manifests manifests) {
        return java.util.stream.Stream.of(OperatorPods.BACKUP, OperatorPods.PHYSICAL_BACKUP)
                .flatMap(kind -> manifests.custom(kind).stream())
                .filter(b -> DatabaseRules.server(b, manifests).map(m -> m.getMetadata().getName().equals(db.name()))
                        .orElse(false))
                .map(b -> b.getMetadata().getName()).collect(Collectors.toCollection(TreeSet::new));
    }

    /**
     * A backup Job reaches its database, the outside (only) when it writes to S3, and the API server
     * when it is a physical backup of a MariaDB with point-in-time recovery (it writes its status).
     */
    private static void backup(Workload w, Manifests manifests, TreeSet<String> mayCall) {
        manifests.findCustom(w.kind(), w.namespace(), w.name()).ifPresent(backup -> {
            mayCall.add(DatabaseRules.serverName(backup));
            if (BackupRules.toObjectStorage(backup)) {
                mayCall.add(Network.OUTSIDE);
            }
            boolean pitr = DatabaseRules.server(backup, manifests)
                    .map(m -> !OperatorPods.pointInTimeRecovery(Manifests.spec(m)).isEmpty()).orElse(false);
            if (w.kind().equals(OperatorPods.PHYSICAL_BACKUP) && pitr) {
                mayCall.add(Network.KUBERNETES_API);
            }
        });
    }

    /** The names of the workloads of one component, sorted. */
    static TreeSet<String> names(List<Workload> workloads, String component) {
        return workloads.stream().filter(w -> w.component().equals(component)).map(Workload::name)
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
