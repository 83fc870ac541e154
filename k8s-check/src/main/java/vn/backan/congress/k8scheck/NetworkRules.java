package vn.backan.congress.k8scheck;

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
 * (its cluster); a database reaches nothing. Every pod may use the cluster DNS. Each link the
 * system needs must also be open, or the policies would break it. For the applications these are
 * the rules of their application ports; their management port is {@link ManagementNetworkRules}'.
 */
public final class NetworkRules {

    /** Calls between services the design names, besides the gateway's. */
    static final Map<String, Set<String>> SERVICE_CALLS = Map.of("programs-service", Set.of("targets-service"));

    private NetworkRules() {
    }

    public static List<Violation> check(Manifests manifests) {
        List<Violation> violations = new ArrayList<>();
        List<Workload> workloads = manifests.workloads();
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
                case "database" -> mayBeCalledBy.addAll(owners(w, workloads, manifests));
                default -> report.accept("has no app.kubernetes.io/component label of gateway, portal, service, "
                        + Workload.IDENTITY_PROVIDER + " or database");
            }
            // An application's management port has rules of its own (ManagementNetworkRules).
            TreeSet<String> callers = ManagementRules.isApplication(w)
                    ? Network.outside(Network.peers(w, manifests, true, port -> !ManagementRules.isPort(port)))
                    : Network.peers(w, manifests, true);
            compare(callers, mayBeCalledBy, mayBeCalledBy, "be reached from", report);
            // DNS is allowed to all but needed by none: a database resolves no names.
            TreeSet<String> needed = new TreeSet<>(mayCall);
            needed.remove(Network.DNS);
            compare(Network.peers(w, manifests, false), needed, mayCall, "reach", report);
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
            if (w.component().equals("database") && databaseOf(w, manifests).equals(own)) {
                servers.add(w.name());
            }
        }
        return servers;
    }

    private static TreeSet<String> owners(Workload db, List<Workload> workloads, Manifests manifests) {
        return workloads.stream().filter(DatabaseRules::hasDatabase)
                .filter(w -> DatabaseRules.ownDatabase(w).equals(databaseOf(db, manifests)))
                .map(Workload::name).collect(Collectors.toCollection(TreeSet::new));
    }

    private static String databaseOf(Workload db, Manifests manifests) {
        return Env.list(db.pod().getContainers()).stream().findFirst()
                .flatMap(c -> Env.of(c, db.namespace(), manifests).literal("MARIADB_DATABASE")).orElse("");
    }

    /** The names of the workloads of one component, sorted. */
    static TreeSet<String> names(List<Workload> workloads, String component) {
        return workloads.stream().filter(w -> w.component().equals(component)).map(Workload::name)
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
