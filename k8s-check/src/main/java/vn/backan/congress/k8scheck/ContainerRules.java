package vn.backan.congress.k8scheck;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.PodSecurityContext;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.SecurityContext;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeMount;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * What every container must have: the three probes, CPU and memory requests and limits, a
 * locked-down security context with a writable /tmp, and a pinned image.
 */
public final class ContainerRules {

    private ContainerRules() {
    }

    public static List<Violation> check(Manifests manifests) {
        List<Violation> violations = new ArrayList<>();
        for (Workload workload : manifests.workloads()) {
            PodSpec pod = workload.pod();
            Consumer<String> report = message -> violations.add(new Violation(workload.id(), message));
            if (Env.list(pod.getContainers()).isEmpty()) {
                report.accept("has no container");
            }
            for (Container c : Env.list(pod.getContainers())) {
                // mariadb-operator gives its pods their probes (healthcheck queries, the agent's endpoints).
                if (!workload.kind().equals(OperatorPods.MARIADB)) {
                    probes(c, report);
                }
                common(c, pod, report);
            }
            for (Container c : Env.list(pod.getInitContainers())) {
                common(c, pod, report);
            }
        }
        return violations;
    }

    private static void common(Container c, PodSpec pod, Consumer<String> report) {
        resources(c, report);
        security(c, pod.getSecurityContext(), report);
        writableTmp(c, pod, report);
        image(c, report);
    }

    private static void probes(Container c, Consumer<String> report) {
        String who = "container " + c.getName();
        if (c.getLivenessProbe() == null) {
            report.accept(who + " has no livenessProbe");
        }
        if (c.getReadinessProbe() == null) {
            report.accept(who + " has no readinessProbe");
        }
        if (c.getStartupProbe() == null) {
            report.accept(who + " has no startupProbe");
        }
    }

    private static void resources(Container c, Consumer<String> report) {
        var resources = c.getResources();
        List<String> missing = new ArrayList<>();
        for (String kind : List.of("requests", "limits")) {
            Map<String, Quantity> amounts = resources == null ? null
                    : kind.equals("requests") ? resources.getRequests() : resources.getLimits();
            for (String resource : List.of("cpu", "memory")) {
                if (amounts == null || amounts.get(resource) == null) {
                    missing.add(kind + "." + resource);
                }
            }
        }
        if (!missing.isEmpty()) {
            report.accept("container " + c.getName() + " sets no resources " + String.join(", ", missing));
        }
    }

    private static void security(Container c, PodSecurityContext pod, Consumer<String> report) {
        String who = "container " + c.getName();
        SecurityContext sc = c.getSecurityContext() == null ? new SecurityContext() : c.getSecurityContext();
        Boolean nonRoot = sc.getRunAsNonRoot() != null ? sc.getRunAsNonRoot() : pod == null ? null : pod.getRunAsNonRoot();
        Long uid = sc.getRunAsUser() != null ? sc.getRunAsUser() : pod == null ? null : pod.getRunAsUser();
        if (!Boolean.TRUE.equals(nonRoot) || Long.valueOf(0).equals(uid)) {
            report.accept(who + " may run as root (set runAsNonRoot: true and a non-zero runAsUser)");
        }
        if (!Boolean.FALSE.equals(sc.getAllowPrivilegeEscalation())) {
            report.accept(who + " does not set allowPrivilegeEscalation: false");
        }
        if (!Boolean.TRUE.equals(sc.getReadOnlyRootFilesystem())) {
            report.accept(who + " does not set readOnlyRootFilesystem: true");
        }
        var caps = sc.getCapabilities();
        if (caps == null || caps.getDrop() == null || !caps.getDrop().contains("ALL")) {
            report.accept(who + " does not drop ALL capabilities");
        } else if (caps.getAdd() != null && !caps.getAdd().isEmpty()) {
            report.accept(who + " adds capabilities " + caps.getAdd());
        }
    }

    /** The JVM and MariaDB both need a writable /tmp when the root filesystem is read-only. */
    private static void writableTmp(Container c, PodSpec pod, Consumer<String> report) {
        VolumeMount tmp = Env.list(c.getVolumeMounts()).stream()
                .filter(m -> "/tmp".equals(m.getMountPath())).findFirst().orElse(null);
        Volume volume = tmp == null ? null : Env.list(pod.getVolumes()).stream()
                .filter(v -> v.getName().equals(tmp.getName())).findFirst().orElse(null);
        if (volume == null || volume.getEmptyDir() == null || Boolean.TRUE.equals(tmp.getReadOnly())) {
            report.accept("container " + c.getName() + " has no writable emptyDir at /tmp");
        }
    }

    private static void image(Container c, Consumer<String> report) {
        ImageRef ref = ImageRef.parse(c.getImage() == null ? "" : c.getImage());
        if (ref.digest() == null && (ref.tag() == null || ref.tag().isEmpty())) {
            report.accept("container " + c.getName() + " image " + c.getImage() + " has no tag");
        } else if ("latest".equals(ref.tag())) {
            report.accept("container " + c.getName() + " image " + c.getImage() + " uses the tag latest");
        }
    }
}
