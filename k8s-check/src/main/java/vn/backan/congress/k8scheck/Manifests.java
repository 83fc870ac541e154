package vn.backan.congress.k8scheck;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** The rendered objects of one overlay, read strictly into the fabric8 model. */
public final class Manifests {

    /** apiVersion/kind the manifests may use; anything else is reported rather than guessed at. */
    private static final Map<String, Class<? extends HasMetadata>> TYPES = Map.ofEntries(
            Map.entry("v1/Namespace", Namespace.class),
            Map.entry("v1/ConfigMap", ConfigMap.class),
            Map.entry("v1/Secret", Secret.class),
            Map.entry("v1/Service", Service.class),
            Map.entry("v1/ServiceAccount", ServiceAccount.class),
            Map.entry("v1/PersistentVolumeClaim", PersistentVolumeClaim.class),
            Map.entry("apps/v1/Deployment", Deployment.class),
            Map.entry("apps/v1/StatefulSet", StatefulSet.class),
            Map.entry("networking.k8s.io/v1/NetworkPolicy", NetworkPolicy.class),
            Map.entry("networking.k8s.io/v1/Ingress", Ingress.class),
            Map.entry("policy/v1/PodDisruptionBudget", PodDisruptionBudget.class),
            Map.entry("autoscaling/v2/HorizontalPodAutoscaler", HorizontalPodAutoscaler.class));

    private final List<HasMetadata> objects = new ArrayList<>();
    private final List<Violation> readViolations = new ArrayList<>();

    public static Manifests read(List<JsonNode> docs) {
        Manifests manifests = new Manifests();
        docs.forEach(manifests::add);
        return manifests;
    }

    private void add(JsonNode doc) {
        String kind = doc.path("kind").asText();
        String id = kind + "/" + doc.path("metadata").path("name").asText();
        Class<? extends HasMetadata> type = TYPES.get(doc.path("apiVersion").asText() + "/" + kind);
        if (type == null) {
            readViolations.add(new Violation(id, "apiVersion " + doc.path("apiVersion").asText()
                    + " kind " + kind + " is not one the check knows"));
            return;
        }
        try {
            HasMetadata object = Yaml.MAPPER.treeToValue(doc, type);
            UnknownFields.of(object).forEach(path -> readViolations.add(new Violation(id, "unknown field " + path)));
            objects.add(object);
        } catch (JsonProcessingException e) {
            readViolations.add(new Violation(id, "cannot be read as " + kind + ": " + e.getOriginalMessage()));
        }
    }

    /** Unknown kinds, unknown fields and values of the wrong type. */
    public List<Violation> readViolations() {
        return List.copyOf(readViolations);
    }

    public List<HasMetadata> all() {
        return List.copyOf(objects);
    }

    public <T extends HasMetadata> List<T> all(Class<T> type) {
        return objects.stream().filter(type::isInstance).map(type::cast).toList();
    }

    public <T extends HasMetadata> Optional<T> find(Class<T> type, String namespace, String name) {
        return all(type).stream()
                .filter(o -> Objects.equals(o.getMetadata().getNamespace(), namespace))
                .filter(o -> name.equals(o.getMetadata().getName()))
                .findFirst();
    }

    /** Deployments and StatefulSets, the only pod owners the overlays have. */
    public List<Workload> workloads() {
        List<Workload> workloads = new ArrayList<>();
        all(Deployment.class).forEach(d -> workloads.add(Workload.of(d)));
        all(StatefulSet.class).forEach(s -> workloads.add(Workload.of(s)));
        return workloads;
    }

    public static String id(HasMetadata object) {
        return object.getKind() + "/" + object.getMetadata().getName();
    }
}
