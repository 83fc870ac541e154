package vn.backan.congress.k8scheck;

import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPort;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.IntPredicate;
import java.util.stream.IntStream;

/** Who may talk to whom: Service names resolved to pod templates, NetworkPolicies to peers. */
public final class Network {

    /** A peer that is not a pod template of the namespace: another namespace, an IP block. */
    public static final String OUTSIDE = "(outside the namespace)";
    /** Traffic to other namespaces on port 53 only: the cluster DNS. */
    public static final String DNS = "(cluster DNS)";
    /** No policy isolates the pod, or a rule has no peer list: everything may connect. */
    public static final String ANYONE = "(anyone)";
    /**
     * The Kubernetes API server, as an egress rule of the MariaDB pods and physical backup Jobs names
     * it: an ipBlock narrower than 0.0.0.0/0 (its address is the cluster's own), opened on 443 and
     * 6443 only ({@link #API_SERVER_PORTS}).
     */
    public static final String KUBERNETES_API = "(Kubernetes API server)";
    /** The ports the API server listens on: 443 behind the Service kubernetes, 6443 on most control planes. */
    public static final java.util.Set<Integer> API_SERVER_PORTS = java.util.Set.of(443, 6443);
    private static final String NAMESPACE_PREFIX = "(namespace ";
    private static final String IP_BLOCK_PREFIX = "(ipBlock ";

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

    /** The label every namespace carries with its own name. */
    public static final String NAMESPACE_NAME_LABEL = "kubernetes.io/metadata.name";

    /** A peer in the namespace of that name (a namespaceSelector on its kubernetes.io/metadata.name). */
    public static String namespace(String name) {
        return NAMESPACE_PREFIX + name + ")";
    }

    /** The pod groups (by name), OUTSIDE, DNS or ANYONE that may open connections to (or from) w, on any port. */
    public static TreeSet<String> peers(Workload w, Manifests manifests, boolean ingress) {
        return outside(peers(w, manifests, ingress, port -> true));
    }

    /**
     * As {@link #peers(Workload, Manifests, boolean)}, counting only the rules that open a destination
     * port {@code ports} accepts, and naming a peer selected by its namespace's name
     * {@link #namespace(String)} rather than OUTSIDE.
     */
    public static TreeSet<String> peers(Workload w, Manifests manifests, boolean ingress, IntPredicate ports) {
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
                Env.list(spec.getIngress()).forEach(
                        rule -> addPeers(peers, rule.getFrom(), rule.getPorts(), ports, w, manifests, true));
            } else {
                Env.list(spec.getEgress()).forEach(
                        rule -> addPeers(peers, rule.getTo(), rule.getPorts(), ports, w, manifests, false));
            }
        }
        if (!isolated) {
            peers.add(ANYONE);
        }
        return peers;
    }

    /** Every peer named after its namespace or its ipBlock counted as OUTSIDE, for rules that do not ask which. */
    public static TreeSet<String> outside(TreeSet<String> peers) {
        TreeSet<String> coarse = new TreeSet<>();
        peers.forEach(p -> coarse.add(p.startsWith(NAMESPACE_PREFIX) || p.startsWith(IP_BLOCK_PREFIX) ? OUTSIDE : p));
        return coarse;
    }

    /**
     * As {@link #peers(Workload, Manifests, boolean)} for egress, but naming {@link #KUBERNETES_API} an
     * ipBlock narrower than 0.0.0.0/0 that the rules open on the API server's ports only.
     */
    public static TreeSet<String> egressWithApiServer(Workload w, Manifests manifests) {
        TreeSet<String> all = peers(w, manifests, false, port -> true);
        TreeSet<String> beyondApiPorts = peers(w, manifests, false, port -> !API_SERVER_PORTS.contains(port));
        TreeSet<String> named = new TreeSet<>();
        for (String p : all) {
            named.add(p.startsWith(IP_BLOCK_PREFIX) && !beyondApiPorts.contains(p) ? KUBERNETES_API : p);
        }
        return outside(named);
    }

    private static void addPeers(TreeSet<String> peers, List<NetworkPolicyPeer> from, List<NetworkPolicyPort> ports,
            IntPredicate wanted, Workload w, Manifests manifests, boolean ingress) {
        // A named port is looked up in the destination pod: w itself for ingress, each peer for egress.
        if (from == null || from.isEmpty()) {
            if (opens(ports, ingress ? w : null, wanted)) {
                peers.add(ingress || !onlyDns(ports) ? ANYONE : DNS);
            }
            return;
        }
        for (NetworkPolicyPeer peer : from) {
            if (peer.getIpBlock() != null || peer.getNamespaceSelector() != null) {
                if (opens(ports, ingress ? w : null, wanted)) {
                    peers.add(!ingress && onlyDns(ports) ? DNS : outsidePeer(peer));
                }
            } else {
                manifests.pods().stream()
                        .filter(other -> w.namespace().equals(other.namespace()))
                        .filter(other -> Selectors.matches(peer.getPodSelector(), other.labels()))
                        .filter(other -> opens(ports, ingress ? w : other, wanted))
                        .forEach(other -> peers.add(other.name()));
            }
        }
    }

    /**
     * The one namespace a namespaceSelector names by its kubernetes.io/metadata.name; an ipBlock by its
     * CIDR, unless it is all addresses; else OUTSIDE.
     */
    private static String outsidePeer(NetworkPolicyPeer peer) {
        if (peer.getIpBlock() != null) {
            String cidr = String.valueOf(peer.getIpBlock().getCidr());
            return cidr.equals("0.0.0.0/0") || cidr.equals("::/0") ? OUTSIDE : IP_BLOCK_PREFIX + cidr + ")";
        }
        Map<String, String> labels = peer.getNamespaceSelector().getMatchLabels() == null
                ? Map.of() : peer.getNamespaceSelector().getMatchLabels();
        String name = labels.get(NAMESPACE_NAME_LABEL);
        return name == null ? OUTSIDE : namespace(name);
    }

    /**
     * Whether a rule's ports open a port {@code wanted} accepts on {@code destination}; no ports (or
     * no port number) means every port. A named port is the destination's container port of that
     * name; without a known destination (another namespace) it may be any port.
     */
    private static boolean opens(List<NetworkPolicyPort> ports, Workload destination, IntPredicate wanted) {
        if (ports == null || ports.isEmpty()) {
            return anyPort(wanted);
        }
        for (NetworkPolicyPort p : ports) {
            IntOrString port = p.getPort();
            boolean open;
            if (port == null) {
                open = anyPort(wanted);
            } else if (port.getStrVal() != null) {
                open = destination == null ? anyPort(wanted)
                        : containerPort(destination, port.getStrVal()).stream().anyMatch(wanted::test);
            } else {
                int first = port.getIntVal();
                int last = p.getEndPort() == null ? first : p.getEndPort();
                open = IntStream.rangeClosed(first, last).anyMatch(wanted);
            }
            if (open) {
                return true;
            }
        }
        return false;
    }

    private static boolean anyPort(IntPredicate wanted) {
        return IntStream.rangeClosed(1, 65535).anyMatch(wanted);
    }

    /** A port as written: its name, or its number. */
    public static String describe(IntOrString port) {
        return port == null ? "(none)" : port.getStrVal() != null ? port.getStrVal() : String.valueOf(port.getIntVal());
    }

    /** The number of the container port with this name in w's pod, if any container declares it. */
    public static Optional<Integer> containerPort(Workload w, String name) {
        return Env.list(w.pod().getContainers()).stream()
                .flatMap(c -> Env.list(c.getPorts()).stream())
                .filter(p -> name.equals(p.getName()))
                .map(p -> p.getContainerPort())
                .findFirst();
    }

    private static boolean onlyDns(List<NetworkPolicyPort> ports) {
        return ports != null && !ports.isEmpty()
                && ports.stream().allMatch(p -> new IntOrString(53).equals(p.getPort()));
    }
}
