package vn.backan.congress.k8scheck;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * The system lives in the one namespace it declares (an overlay resource without it would land
 * in "default", outside the network policies), and each budget and autoscaler governs a workload.
 */
public final class ScopeRules {

    private ScopeRules() {
    }

    public static List<Violation> check(Manifests manifests) {
        List<Violation> violations = new ArrayList<>();
        Set<String> declared = new TreeSet<>();
        manifests.all(Namespace.class).forEach(ns -> declared.add(ns.getMetadata().getName()));
        for (HasMetadata object : manifests.all()) {
            String ns = object.getMetadata().getNamespace();
            if (!(object instanceof Namespace) && (ns == null || !declared.contains(ns))) {
                violations.add(new Violation(Manifests.id(object),
                        "is in namespace " + ns + ", not in the one the manifests declare " + declared));
            }
        }
        for (PodDisruptionBudget pdb : manifests.all(PodDisruptionBudget.class)) {
            boolean governs = manifests.workloads().stream()
                    .anyMatch(w -> Objects.equals(w.namespace(), pdb.getMetadata().getNamespace())
                            && pdb.getSpec() != null && Selectors.matches(pdb.getSpec().getSelector(), w.labels()));
            if (!governs) {
                violations.add(new Violation(Manifests.id(pdb), "selects no pod template"));
            }
        }
        for (HorizontalPodAutoscaler hpa : manifests.all(HorizontalPodAutoscaler.class)) {
            var target = hpa.getSpec() == null ? null : hpa.getSpec().getScaleTargetRef();
            boolean scales = target != null && manifests.workloads().stream()
                    .anyMatch(w -> Objects.equals(w.namespace(), hpa.getMetadata().getNamespace())
                            && w.kind().equals(target.getKind()) && w.name().equals(target.getName()));
            if (!scales) {
                violations.add(new Violation(Manifests.id(hpa), "scales no workload of this overlay"));
            }
        }
        return violations;
    }
}
