package vn.backan.congress.k8scheck;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Who may reach the management port (9000): of the services and the portal, the gateway (it
 * reads their readiness there) and Prometheus; of the gateway and Keycloak, Prometheus only.
 * Prometheus is the namespace {@link #MONITORING_NAMESPACE}. The gateway's egress must let it reach each
 * upstream's management port. The application ports are {@link NetworkRules}' business.
 */
public final class ManagementNetworkRules {

    /** Where Prometheus runs; the policies admit it by kubernetes.io/metadata.name (k8s/README.md). */
    public static final String MONITORING_NAMESPACE = "monitoring";

    private ManagementNetworkRules() {
    }

    public static List<Violation> check(Manifests manifests) {
        List<Violation> violations = new ArrayList<>();
        List<Workload> workloads = manifests.workloads();
        TreeSet<String> gateways = NetworkRules.names(workloads, "gateway");
        TreeSet<String> upstreams = workloads.stream()
                .filter(w -> w.component().equals("service") || w.component().equals("portal"))
                .map(Workload::name).collect(Collectors.toCollection(TreeSet::new));
        String verb = "be reached on its management port " + ManagementRules.PORT + " from";
        for (Workload w : workloads) {
            if (!ManagementRules.isApplication(w)) {
                continue;
            }
            Consumer<String> report = m -> violations.add(new Violation(w.id(), m));
            TreeSet<String> mayBeCalledBy = new TreeSet<>();
            mayBeCalledBy.add(Network.namespace(MONITORING_NAMESPACE));
            if (w.component().equals("service") || w.component().equals("portal")) {
                mayBeCalledBy.addAll(gateways);
            }
            NetworkRules.compare(Network.peers(w, manifests, true, ManagementRules::isPort), mayBeCalledBy,
                    mayBeCalledBy, verb, report);
            if (w.component().equals("gateway")) {
                // Only what is missing: anything beyond the upstreams is NetworkRules' (any port) to report.
                TreeSet<String> missing = new TreeSet<>(upstreams);
                missing.removeAll(Network.peers(w, manifests, false, ManagementRules::isPort));
                if (!missing.isEmpty()) {
                    report.accept("NetworkPolicies do not let it reach the management port " + ManagementRules.PORT
                            + " of " + missing + ", where it checks their readiness");
                }
            }
        }
        return violations;
    }
}
