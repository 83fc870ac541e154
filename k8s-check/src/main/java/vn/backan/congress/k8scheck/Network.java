package vn.backan.congress.k8scheck;

import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPort;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/** Who may talk to whom: Service names resolved to pod templates, NetworkPolicies to peers. */
public final class Network {

    /** A peer that is not a pod template of the namespace: another namespace, an IP block. */
    public static final String OUTSIDE = "(outside the namespace)";
    /** Traffic to other namespaces on port 53 only: the cluster DNS. */
    public static final String DNS = "(cluster DNS)";
    /** No policy isolates the pod, or a rule has no peer list: everything may connect. */
    public static final String ANYONE = "(anyone)";

    private Network() {
    }

    /** The pod template behind {@code host:port} (a Service's short or cluster-local name). */
    public static Optional<Workload> serverBehind(Manifests manifests, String namespace, String host, int port) {
        String[] parts = host.split("\\.");
        String ns = parts.length >= 2 ? parts[1] : namespace;
        Optional<Service> service = manifests.find(Service.class, ns, parts[0]);
        if (service.isEmpty() || service.get().getSpec() == null
                || Env.list(service.get().getSpec().getPorts()).stream().noneMatch(p -> p.getPort() == port)) {
            return Optional.empty();
        }
        return manifests.workloads().stream()
                .filter(w -> ns.equals(w.namespace()))
                .filter(w -> Selectors.matches(service.get().getSpec().getSelector(), w.labels()))
                .findFirst();
    }

    /** The workloads (by name), OUTSIDE, DNS or ANYONE that may open connections to (or from) w. */
    public static TreeSet<String> peers(Workload w, Manifests manifests, boolean ingress) {
        TreeSet<String> peers = new TreeSet<>();
        boolean isolated = false;
        for (NetworkPolicy policy : manifests.all(NetworkPolicy.class)) {
            var spec = policy.getSpec();
            if (spec == null || !w.namespace().equals(policy.getMetadata().getNamespace())
                    || !Selectors.matches(spec.getPodSelector(), w.labels())) {
                continue;
            }
            List<String> types = Env.list(spec.getPolicyTypes());
            boolean applies = types.isEmpty()
                    ? ingress || !Env.list(spec.getEgress()).isEmpty()
                    : types.contains(ingress ? "Ingress" : "Egress");
            if (!applies) {
                continue;
            }
            isolated = true;
            if (ingress) {
                spec.getIngress().forEach(rule -> addPeers(peers, rule.getFrom(), rule.getPorts(), w, manifests, true));
            } else {
                spec.getEgress().forEach(rule -> addPeers(peers, rule.getTo(), rule.getPorts(), w, manifests, false));
            }
        }
        if (!isolated) {
            peers.add(ANYONE);
        }
        return peers;
    }

    private static void addPeers(TreeSet<String> peers, List<NetworkPolicyPeer> from, List<NetworkPolicyPort> ports,
            Workload w, Manifests manifests, boolean ingress) {
        if (from == null || from.isEmpty()) {
            peers.add(ingress || !onlyDns(ports) ? ANYONE : DNS);
            return;
        }
        for (NetworkPolicyPeer peer : from) {
            if (peer.getIpBlock() != null || peer.getNamespaceSelector() != null) {
                peers.add(!ingress && onlyDns(ports) ? DNS : OUTSIDE);
            } else {
                manifests.workloads().stream()
                        .filter(other -> w.namespace().equals(other.namespace()))
                        .filter(other -> Selectors.matches(peer.getPodSelector(), other.labels()))
                        .forEach(other -> peers.add(other.name()));
            }
        }
    }

    private static boolean onlyDns(List<NetworkPolicyPort> ports) {
        return ports != null && !ports.isEmpty()
                && ports.stream().allMatch(p -> new IntOrString(53).equals(p.getPort()));
    }
}
