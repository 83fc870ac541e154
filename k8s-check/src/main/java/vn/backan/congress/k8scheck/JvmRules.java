package vn.backan.congress.k8scheck;

import io.fabric8.kubernetes.api.model.Container;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The Quarkus pods (the services, the portal and the gateway): heap sized from the container limit, and a
 * graceful shutdown (a preStop pause while endpoints update, then Quarkus' own drain, both inside
 * the grace period), and JSON log lines for the cluster's log store.
 */
public final class JvmRules {

    static final Set<String> JVM_COMPONENTS = Set.of("service", "gateway", "portal");

    private JvmRules() {
    }

    public static List<Violation> check(Manifests manifests) {
        List<Violation> violations = new ArrayList<>();
        for (Workload workload : manifests.workloads()) {
            if (!JVM_COMPONENTS.contains(workload.component())) {
                continue;
            }
            if (workload.pod().getTerminationGracePeriodSeconds() == null) {
                violations.add(new Violation(workload.id(), "sets no terminationGracePeriodSeconds"));
            }
            for (Container c : Env.list(workload.pod().getContainers())) {
                Env env = Env.of(c, workload.namespace(), manifests);
                String who = "container " + c.getName();
                if (!env.literal("JAVA_OPTS").orElse("").contains("-XX:MaxRAMPercentage=")) {
                    violations.add(new Violation(workload.id(), who + " does not size the heap from the"
                            + " container limit (JAVA_OPTS without -XX:MaxRAMPercentage)"));
                }
                if (env.literal("QUARKUS_SHUTDOWN_TIMEOUT").isEmpty()) {
                    violations.add(new Violation(workload.id(), who + " sets no QUARKUS_SHUTDOWN_TIMEOUT"));
                }
                if (!"true".equals(env.literal("QUARKUS_LOG_CONSOLE_JSON_ENABLED").orElse(""))) {
                    violations.add(new Violation(workload.id(), who + " does not log JSON"
                            + " (QUARKUS_LOG_CONSOLE_JSON_ENABLED=true)"));
                }
                if (c.getLifecycle() == null || c.getLifecycle().getPreStop() == null) {
                    violations.add(new Violation(workload.id(), who + " has no preStop hook"));
                }
            }
        }
        return violations;
    }
}
