package vn.backan.congress.k8scheck;

import io.fabric8.kubernetes.api.model.Container;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * In-cluster HTTP URLs in the applications' configuration (the gateway's upstreams, the
 * programs-service client of targets-service, Keycloak's JWKS) must name a Service port with pods behind it,
 * and the gateway must have an upstream for every service and the portal.
 */
public final class UrlRules {

    private static final Pattern IN_CLUSTER = Pattern.compile("https?://([a-z0-9-]+(?:\\.[a-z0-9-]+\\.svc[a-z.]*)?):(\\d+)(/.*)?");
    private static final Pattern UPSTREAM = Pattern.compile("GATEWAY_UPSTREAMS_[A-Z0-9_]+_URL");
    /** Names that look like URLs but are never called: the issuer is compared with the tokens' iss. */
    private static final Set<String> NOT_CALLED = Set.of("MP_JWT_VERIFY_ISSUER");

    private UrlRules() {
    }

    public static List<Violation> check(Manifests manifests) {
        List<Violation> violations = new ArrayList<>();
        Set<String> upstreams = new HashSet<>();
        for (Workload w : manifests.workloads()) {
            if (!JvmRules.JVM_COMPONENTS.contains(w.component())) {
                continue;
            }
            for (Container c : Env.list(w.pod().getContainers())) {
                Env env = Env.of(c, w.namespace(), manifests);
                for (String name : env.names()) {
                    if (NOT_CALLED.contains(name)) {
                        continue;
                    }
                    Matcher url = IN_CLUSTER.matcher(env.literal(name).orElse(""));
                    if (!url.matches()) {
                        continue;
                    }
                    Optional<Workload> server = Network.serverBehind(manifests, w.namespace(), url.group(1),
                            Integer.parseInt(url.group(2)));
                    if (server.isEmpty()) {
                        violations.add(new Violation(w.id(), name + " points at " + url.group(1) + ":"
                                + url.group(2) + ", which is no Service port with pods behind it"));
                    } else if (UPSTREAM.matcher(name).matches()) {
                        upstreams.add(server.get().name());
                    }
                }
            }
        }
        for (Workload w : manifests.workloads()) {
            boolean hasGateway = manifests.workloads().stream().anyMatch(g -> g.component().equals("gateway"));
            boolean routed = w.component().equals("service") || w.component().equals("portal");
            if (hasGateway && routed && !upstreams.contains(w.name())) {
                violations.add(new Violation(w.id(), "no GATEWAY_UPSTREAMS_*_URL of the gateway points at it"));
            }
        }
        return violations;
    }
}
