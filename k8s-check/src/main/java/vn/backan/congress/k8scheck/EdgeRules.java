package vn.backan.congress.k8scheck;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * In a cluster the public edge is the Ingress (docs/adr/0002-the-listener.md): it caps the
 * connections of one client address (the limit-connections annotation on each ingress-nginx
 * Ingress) and gives a client a deadline for its headers (client-header-timeout in the
 * controller's ConfigMap, k8s/ingress-nginx, since no annotation sets it). Between the controller
 * and the gateway, the controller lets go of an idle connection first: its
 * upstream-keepalive-timeout is shorter than the gateway's QUARKUS_HTTP_IDLE_TIMEOUT.
 */
public final class EdgeRules {

    static final String LIMIT_CONNECTIONS = "nginx.ingress.kubernetes.io/limit-connections";
    static final String CONTROLLER_SETTINGS = "ingress-nginx-controller";
    /** The longest a client may take over its headers (the local stack's gateway gives 10 s too). */
    static final int MAX_HEADER_SECONDS = 10;
    /** The controller keeps an idle connection to the gateway this long (k8s/ingress-nginx). */
    static final int CONTROLLER_KEEPALIVE_SECONDS = 60;

    private EdgeRules() {
    }

    public static List<Violation> check(Manifests manifests) {
        List<Violation> violations = new ArrayList<>();
        for (Ingress ingress : manifests.all(Ingress.class)) {
            if (ingress.getSpec() == null || !"nginx".equals(ingress.getSpec().getIngressClassName())) {
                continue;
            }
            Map<String, String> annotations = Optional.ofNullable(ingress.getMetadata().getAnnotations()).orElse(Map.of());
            if (positive(annotations.get(LIMIT_CONNECTIONS)).isEmpty()) {
                violations.add(new Violation(Manifests.id(ingress), "sets no per-client connection cap ("
                        + LIMIT_CONNECTIONS + ": a positive number)"));
            }
        }
        for (ConfigMap settings : manifests.all(ConfigMap.class)) {
            if (CONTROLLER_SETTINGS.equals(settings.getMetadata().getName())) {
                controller(settings, violations);
            }
        }
        manifests.workloads().stream().filter(w -> w.component().equals("gateway")).forEach(w ->
                w.pod().getContainers().forEach(c -> {
                    Optional<Duration> idle = Env.of(c, w.namespace(), manifests).literal("QUARKUS_HTTP_IDLE_TIMEOUT")
                            .flatMap(EdgeRules::duration);
                    if (idle.isEmpty() || idle.get().toSeconds() <= CONTROLLER_KEEPALIVE_SECONDS) {
                        violations.add(new Violation(w.id(), "container " + c.getName() + " must keep an idle"
                                + " connection longer than the ingress controller does (" + CONTROLLER_KEEPALIVE_SECONDS
                                + " s): set QUARKUS_HTTP_IDLE_TIMEOUT above it"));
                    }
                }));
        return violations;
    }

    private static void controller(ConfigMap settings, List<Violation> violations) {
        Map<String, String> data = Optional.ofNullable(settings.getData()).orElse(Map.of());
        Optional<Integer> header = positive(data.get("client-header-timeout"));
        if (header.isEmpty() || header.get() > MAX_HEADER_SECONDS) {
            violations.add(new Violation(Manifests.id(settings), "client-header-timeout must give a client at most "
                    + MAX_HEADER_SECONDS + " s for its headers"));
        }
        Optional<Integer> keepalive = positive(data.get("upstream-keepalive-timeout"));
        if (keepalive.isEmpty() || keepalive.get() > CONTROLLER_KEEPALIVE_SECONDS) {
            violations.add(new Violation(Manifests.id(settings), "upstream-keepalive-timeout must be at most "
                    + CONTROLLER_KEEPALIVE_SECONDS + " s, less than the gateway keeps an idle connection"));
        }
    }

    /** Seconds as ingress-nginx takes them: a whole number. */
    private static Optional<Integer> positive(String value) {
        try {
            int n = Integer.parseInt(value == null ? "" : value.trim());
            return n > 0 ? Optional.of(n) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** A Quarkus duration: "75s", "2m", or ISO-8601 ("PT75S"); a bare number is seconds. */
    private static Optional<Duration> duration(String value) {
        String v = value.trim().toUpperCase(Locale.ROOT);
        try {
            if (v.matches("\\d+")) {
                return Optional.of(Duration.ofSeconds(Long.parseLong(v)));
            }
            return Optional.of(Duration.parse(v.startsWith("P") ? v : "PT" + v));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
