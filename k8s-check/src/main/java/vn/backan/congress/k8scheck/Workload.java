package vn.backan.congress.k8scheck;

import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentSpec;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.apps.StatefulSetSpec;
import java.util.Map;

/**
 * A pod template and who owns it, whichever kind of controller that is: a Deployment, a StatefulSet,
 * or a mariadb-operator MariaDB or Backup ({@link OperatorPods}).
 */
public record Workload(String kind, String name, String namespace, Integer replicas,
        LabelSelector selector, PodTemplateSpec template) {

    public static final String NAME_LABEL = "app.kubernetes.io/name";
    public static final String COMPONENT_LABEL = "app.kubernetes.io/component";
    /** The OpenID Connect provider (Keycloak): not an image of ours, not a Quarkus application of ours. */
    public static final String IDENTITY_PROVIDER = "identity-provider";

    static Workload of(Deployment d) {
        DeploymentSpec spec = d.getSpec() == null ? new DeploymentSpec() : d.getSpec();
        return new Workload("Deployment", d.getMetadata().getName(), d.getMetadata().getNamespace(),
                spec.getReplicas(), spec.getSelector(), spec.getTemplate());
    }

    static Workload of(StatefulSet s) {
        StatefulSetSpec spec = s.getSpec() == null ? new StatefulSetSpec() : s.getSpec();
        return new Workload("StatefulSet", s.getMetadata().getName(), s.getMetadata().getNamespace(),
                spec.getReplicas(), spec.getSelector(), spec.getTemplate());
    }

    public String id() {
        return kind + "/" + name;
    }

    public PodSpec pod() {
        return template == null || template.getSpec() == null ? new PodSpec() : template.getSpec();
    }

    public Map<String, String> labels() {
        return template == null || template.getMetadata() == null || template.getMetadata().getLabels() == null
                ? Map.of() : template.getMetadata().getLabels();
    }

    /**
     * "service", "gateway", "portal", "database" (a MariaDB's pods), "backup" (a Backup's Job pods) or
     * {@link #IDENTITY_PROVIDER}: what the workload is, for the traffic rules.
     */
    public String component() {
        return labels().getOrDefault(COMPONENT_LABEL, "");
    }
}
