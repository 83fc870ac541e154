package vn.backan.congress.k8scheck;

import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.networking.v1.HTTPIngressPath;
import io.fabric8.kubernetes.api.model.networking.v1.IngressBackend;
import io.fabric8.kubernetes.api.model.networking.v1.IngressRule;
import io.fabric8.kubernetes.api.model.networking.v1.IngressServiceBackend;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The Ingress reaches the gateway's application port, and of Keycloak only what the district portals
 * need: each backend names a Service port that leads to the gateway's pods, or, on a path under a
 * realm's endpoints or the static resources, to Keycloak's (never its admin console); never to a
 * management port (health and metrics), and a Service an Ingress routes to exposes no management
 * port at all. A host routed to Keycloak is the host of its KC_HOSTNAME, the issuer of its tokens,
 * with https when the Ingress serves the host with TLS.
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
            Set<String> tlsHosts = new HashSet<>();
            Set<String> hostsChecked = new HashSet<>();
            Env.list(ingress.getSpec() == null ? null : ingress.getSpec().getTls())
                    .forEach(tls -> tlsHosts.addAll(Env.list(tls.getHosts())));
            for (Route route : routes(ingress)) {
                IngressServiceBackend backend = route.backend();
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
                    } else if (w.component().equals(Workload.IDENTITY_PROVIDER)) {
                        identityProvider(route, tlsHosts, hostsChecked, IdentityRules.Provider.of(w, manifests), report);
                    } else if (!w.component().equals("gateway")) {
                        report.accept("backend " + describe(backend) + " leads to " + w.id()
                                + ", not the gateway or the identity provider");
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

    /** One path of an Ingress to a Service; the default backend is every host's "/". */
    private record Route(String host, String path, IngressServiceBackend backend) {
    }

    private static List<Route> routes(Ingress ingress) {
        List<Route> routes = new ArrayList<>();
        if (ingress.getSpec() == null) {
            return routes;
        }
        IngressBackend fallback = ingress.getSpec().getDefaultBackend();
        if (fallback != null && fallback.getService() != null) {
            routes.add(new Route(null, "", fallback.getService()));
        }
        for (IngressRule rule : Env.list(ingress.getSpec().getRules())) {
            if (rule.getHttp() == null) {
                continue;
            }
            for (HTTPIngressPath path : Env.list(rule.getHttp().getPaths())) {
                if (path.getBackend() != null && path.getBackend().getService() != null) {
                    routes.add(new Route(rule.getHost(), IdentityRules.path(path.getPath()), path.getBackend().getService()));
                }
            }
        }
        return routes;
    }

    /**
     * Keycloak is routed only on a realm's endpoints or its static resources (a Prefix, Exact or
     * ImplementationSpecific path, all taken as prefixes), and under the host its tokens name.
     */
    private static void identityProvider(Route route, Set<String> tlsHosts, Set<String> hostsChecked,
            IdentityRules.Provider p, Consumer<String> report) {
        List<String> allowed = p.publicPaths();
        String path = route.path();
        if (allowed.stream().noneMatch(a -> path.equals(a) || path.startsWith(a + "/"))) {
            report.accept("path " + (path.isEmpty() ? "/" : path) + " leads to " + p.workload().id()
                    + " beyond its realm endpoints and resources " + allowed
                    + ": the admin console stays inside the cluster");
        }
        if (route.host() == null || !hostsChecked.add(route.host() + " " + p.workload().id())) {
            return;
        }
        p.publicUrl().ifPresent(url -> {
            if (!route.host().equalsIgnoreCase(url.getHost()) || url.getPort() != -1) {
                report.accept("host " + route.host() + " leads to " + p.workload().id() + ", whose tokens name the issuer "
                        + p.hostname() + " (KC_HOSTNAME): give both the public host");
            } else if (tlsHosts.contains(route.host()) && !"https".equals(url.getScheme())) {
                report.accept("host " + route.host() + " is served with TLS, but the KC_HOSTNAME of " + p.workload().id()
                        + " is " + p.hostname() + ", not https");
            }
        });
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
