package vn.backan.congress.k8scheck;

import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.networking.v1.IngressBackend;
import io.fabric8.kubernetes.api.model.networking.v1.IngressRule;
import io.fabric8.kubernetes.api.model.networking.v1.IngressServiceBackend;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The Ingress reaches the gateway's application port and nothing else: each backend names a
 * Service port that leads to the gateway's pods, never to a management port (health and metrics),
 * and a Service an Ingress routes to exposes no management port at all.
 */
public final class IngressRules {

    private IngressRules() {
    }

    public static List<Violation> check(Manifests manifests) {
        List<Violation> violations = new ArrayList<>();
        // Each Service an Ingress routes to, and the first Ingress that does.
        Map<Service, Ingress> routed = new LinkedHashMap<>();
        for (Ingress ingress : manifests.all(Ingress.class)) {
            Consumer<String> report = m -> violations.add(new Violation(Manifests.id(ingress), m));
            String ns = ingress.getMetadata().getNamespace();
            for (IngressServiceBackend backend : backends(ingress)) {
                Optional<Service> service = manifests.find(Service.class, ns, backend.getName());
                if (service.isEmpty()) {
                    report.accept("backend " + describe(backend) + " names Service " + backend.getName()
                            + ", which is not defined");
                    continue;
                }
                routed.putIfAbsent(service.get(), ingress);
                Optional<ServicePort> port = Env.list(service.get().getSpec().getPorts()).stream()
                        .filter(p -> matches(backend, p)).findFirst();
                if (port.isEmpty()) {
                    report.accept("backend " + describe(backend) + " is no port of Service " + backend.getName());
                    continue;
                }
                for (Workload w : selected(service.get(), manifests)) {
                    if (ManagementRules.isManagement(w, target(port.get()))) {
                        report.accept("backend " + describe(backend) + " leads to the management port "
                                + ManagementRules.PORT + " of " + w.id());
                    } else if (!w.component().equals("gateway")) {
                        report.accept("backend " + describe(backend) + " leads to " + w.id() + ", not the gateway");
                    }
                }
            }
        }
        routed.forEach((service, ingress) -> {
            for (ServicePort port : Env.list(service.getSpec().getPorts())) {
                for (Workload w : selected(service, manifests)) {
                    if (ManagementRules.isManagement(w, target(port))) {
                        violations.add(new Violation(Manifests.id(service), "port " + port.getPort()
                                + " leads to the management port of " + w.id() + ", and " + Manifests.id(ingress)
                                + " routes to this Service"));
                    }
                }
            }
        });
        return violations;
    }

    private static List<IngressServiceBackend> backends(Ingress ingress) {
        List<IngressServiceBackend> backends = new ArrayList<>();
        if (ingress.getSpec() == null) {
            return backends;
        }
        List<IngressBackend> all = new ArrayList<>();
        if (ingress.getSpec().getDefaultBackend() != null) {
            all.add(ingress.getSpec().getDefaultBackend());
        }
        for (IngressRule rule : Env.list(ingress.getSpec().getRules())) {
            if (rule.getHttp() != null) {
                Env.list(rule.getHttp().getPaths()).forEach(path -> all.add(path.getBackend()));
            }
        }
        all.stream().filter(b -> b != null && b.getService() != null).forEach(b -> backends.add(b.getService()));
        return backends;
    }

    private static boolean matches(IngressServiceBackend backend, ServicePort port) {
        var wanted = backend.getPort();
        if (wanted == null) {
            return false;
        }
        return wanted.getName() != null ? wanted.getName().equals(port.getName())
                : wanted.getNumber() != null && wanted.getNumber().equals(port.getPort());
    }

    /** The container port a Service port sends to: its targetPort, or its own number. */
    private static IntOrString target(ServicePort port) {
        return port.getTargetPort() != null ? port.getTargetPort() : new IntOrString(port.getPort());
    }

    private static List<Workload> selected(Service service, Manifests manifests) {
        var selector = service.getSpec() == null ? null : service.getSpec().getSelector();
        return manifests.workloads().stream()
                .filter(w -> w.namespace() != null && w.namespace().equals(service.getMetadata().getNamespace()))
                .filter(w -> Selectors.matches(selector, w.labels()))
                .toList();
    }

    private static String describe(IngressServiceBackend backend) {
        var port = backend.getPort();
        String p = port == null ? "(no port)" : port.getName() != null ? port.getName() : String.valueOf(port.getNumber());
        return backend.getName() + ":" + p;
    }
}
