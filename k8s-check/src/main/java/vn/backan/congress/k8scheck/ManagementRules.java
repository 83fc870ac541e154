package vn.backan.congress.k8scheck;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.Probe;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The management interface: every application container (the services, the portal, the gateway, and
 * Keycloak) declares the port {@code management} (9000), where health and metrics are served and
 * nowhere else. Its probes ask that port, on a path under its health path (/q/health/ for the Quarkus
 * applications of ours, Keycloak's management path + /health/), and Prometheus scrapes it.
 */
public final class ManagementRules {

    /** quarkus.management.port of every application. */
    public static final int PORT = 9000;
    /** The container port name the probes, the upstream Services and this check refer to. */
    public static final String PORT_NAME = "management";
    static final String HEALTH = "/q/health";
    static final String SCRAPE_PORT = "prometheus.io/port";

    private ManagementRules() {
    }

    /** The services, the portal, the gateway and Keycloak; not the databases. */
    static boolean isApplication(Workload w) {
        return JvmRules.JVM_COMPONENTS.contains(w.component()) || w.component().equals(Workload.IDENTITY_PROVIDER);
    }

    /** Where the workload serves its health checks on the management port. */
    static String healthPath(Workload w, Manifests manifests) {
        return w.component().equals(Workload.IDENTITY_PROVIDER)
                ? IdentityRules.Provider.of(w, manifests).healthPath() : HEALTH;
    }

    public static List<Violation> check(Manifests manifests) {
        List<Violation> violations = new ArrayList<>();
        for (Workload workload : manifests.workloads()) {
            if (!isApplication(workload)) {
                continue;
            }
            Consumer<String> report = m -> violations.add(new Violation(workload.id(), m));
            String health = healthPath(workload, manifests);
            for (Container c : Env.list(workload.pod().getContainers())) {
                port(c, report);
                probes(c, health, report);
            }
            scrapeAnnotation(workload, report);
        }
        return violations;
    }

    private static void port(Container c, Consumer<String> report) {
        Optional<ContainerPort> port = managementPort(c);
        if (port.isEmpty()) {
            report.accept("container " + c.getName() + " declares no port named " + PORT_NAME + " (" + PORT + ")");
        } else if (!Integer.valueOf(PORT).equals(port.get().getContainerPort())) {
            report.accept("container " + c.getName() + " port " + PORT_NAME + " is " + port.get().getContainerPort()
                    + ", not " + PORT);
        }
    }

    private static void probes(Container c, String health, Consumer<String> report) {
        Map<String, Probe> probes = new LinkedHashMap<>();
        probes.put("startupProbe", c.getStartupProbe());
        probes.put("livenessProbe", c.getLivenessProbe());
        probes.put("readinessProbe", c.getReadinessProbe());
        probes.forEach((kind, probe) -> {
            String who = "container " + c.getName() + " " + kind;
            if (probe == null) {
                return; // ContainerRules reports a missing probe
            }
            if (probe.getHttpGet() == null) {
                report.accept(who + " is no httpGet on port " + PORT_NAME);
                return;
            }
            IntOrString port = probe.getHttpGet().getPort();
            if (port == null || !PORT_NAME.equals(port.getStrVal())) {
                report.accept(who + " uses port " + Network.describe(port) + ", not " + PORT_NAME);
            }
            String path = probe.getHttpGet().getPath() == null ? "" : probe.getHttpGet().getPath();
            if (!path.equals(health) && !path.startsWith(health + "/")) {
                report.accept(who + " asks for " + (path.isEmpty() ? "no path" : path) + ", not a path under "
                        + health + "/");
            }
        });
    }

    /** Prometheus scrapes the port the annotation names: it must be the management port. */
    private static void scrapeAnnotation(Workload workload, Consumer<String> report) {
        var metadata = workload.template() == null ? null : workload.template().getMetadata();
        String value = metadata == null || metadata.getAnnotations() == null ? null
                : metadata.getAnnotations().get(SCRAPE_PORT);
        int expected = Env.list(workload.pod().getContainers()).stream()
                .flatMap(c -> managementPort(c).stream())
                .map(ContainerPort::getContainerPort).findFirst().orElse(PORT);
        if (value == null) {
            report.accept("pod template has no annotation " + SCRAPE_PORT + " (the management port " + expected + ")");
        } else if (!value.equals(String.valueOf(expected))) {
            report.accept("pod annotation " + SCRAPE_PORT + " is " + value + ", not the management port " + expected);
        }
    }

    static boolean isPort(int port) {
        return port == PORT;
    }

    static Optional<ContainerPort> managementPort(Container c) {
        return Env.list(c.getPorts()).stream().filter(p -> PORT_NAME.equals(p.getName())).findFirst();
    }

    /** Whether a Service's or probe's target port, on w's pods, is the management port. */
    static boolean isManagement(Workload w, IntOrString target) {
        if (target == null) {
            return false;
        }
        if (target.getStrVal() != null) {
            return PORT_NAME.equals(target.getStrVal())
                    || Network.containerPort(w, target.getStrVal()).filter(n -> n == PORT).isPresent();
        }
        return target.getIntVal() != null && (target.getIntVal() == PORT
                || Network.containerPort(w, PORT_NAME).filter(target.getIntVal()::equals).isPresent());
    }
}
