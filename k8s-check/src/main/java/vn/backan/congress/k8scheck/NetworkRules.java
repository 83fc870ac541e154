package vn.backan.congress.k8scheck;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * The traffic the design allows, and no more: the outside reaches only the gateway; the gateway
 * reaches the three services and the portal; the portal reaches the three services; a service reaches its own database (and programs-service reaches
 * targets-service); a database reaches nothing. Every pod may use the cluster DNS. Each link the
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
        for (Workload w : workloads) {
            Consumer<String> report = m -> violations.add(new Violation(w.id(), m));
            TreeSet<String> mayCall = new TreeSet<>(Set.of(Network.DNS));
            TreeSet<String> mayBeCalledBy = new TreeSet<>();
            switch (w.component()) {
                case "gateway" -> {
                    mayBeCalledBy.add(Network.OUTSIDE);
                    mayCall.addAll(services);
                    mayCall.addAll(portals);
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
                }
                case "database" -> mayBeCalledBy.addAll(owners(w, workloads, manifests));
                default -> report.accept("has no app.kubernetes.io/component label of gateway, portal, service or database");
            }
            // An application's management port has rules of its own (ManagementNetworkRules).
            TreeSet<String> callers = ManagementRules.isApplication(w)
                    ? Network.outside(Network.peers(w, manifests, true, port -> !ManagementRules.isPort(port)))
                    : Network.peers(w, manifests, true);
            compare(callers, mayBeCalledBy, mayBeCalledBy, "reached from", report);
            // DNS is allowed to all but needed by none: a database resolves no names.
            TreeSet<String> needed = new TreeSet<>(mayCall);
            needed.remove(Network.DNS);
            compare(Network.peers(w, manifests, false), needed, mayCall, "reach", report);
        }
        return violations;
    }

    /** Everything allowed must be open ("needed"); nothing beyond "allowed" may be. */
    static void compare(TreeSet<String> actual, TreeSet<String> needed, TreeSet<String> allowed,
            String verb, Consumer<String> report) {
        TreeSet<String> extra = new TreeSet<>(actual);
        extra.removeAll(allowed);
        if (!extra.isEmpty()) {
            report.accept("NetworkPolicies let it be " + verb + " " + extra + "; allowed only " + allowed);
        }
        TreeSet<String> missing = new TreeSet<>(needed);
        missing.removeAll(actual);
        if (!missing.isEmpty()) {
            report.accept("NetworkPolicies do not let it be " + verb + " " + missing + ", which the system needs");
        }
    }

    /** The database server(s) holding database "x" for "x-service". */
    private static TreeSet<String> ownDatabase(Workload service, Manifests manifests) {
        String own = service.name().replaceFirst("-service$", "");
        TreeSet<String> servers = new TreeSet<>();
        for (Workload w : manifests.workloads()) {
            if (w.component().equals("database") && databaseOf(w, manifests).equals(own)) {
                servers.add(w.name());
            }
        }
        return servers;
    }

    private static TreeSet<String> owners(Workload db, List<Workload> workloads, Manifests manifests) {
        return names(workloads, "service").stream()
                .filter(s -> (s.replaceFirst("-service$", "")).equals(databaseOf(db, manifests)))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static String databaseOf(Workload db, Manifests manifests) {
        return Env.list(db.pod().getContainers()).stream().findFirst()
                .flatMap(c -> Env.of(c, db.namespace(), manifests).literal("MARIADB_DATABASE")).orElse("");
    }

    private static TreeSet<String> names(List<Workload> workloads, String component) {
        return workloads.stream().filter(w -> w.component().equals(component)).map(Workload::name)
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
