package vn.backan.congress.k8scheck;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
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

/**
 * The rendered objects of one overlay, read strictly into the fabric8 model; mariadb-operator's
 * resources as generic ones, checked against their CRDs' schemas ({@link CrdSchemas}).
 */
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
        String apiVersion = doc.path("apiVersion").asText();
        boolean custom = CrdSchemas.knows(apiVersion, kind);
        Class<? extends HasMetadata> type = custom ? GenericKubernetesResource.class : TYPES.get(apiVersion + "/" + kind);
        if (type == null) {
            readViolations.add(new Violation(id, "apiVersion " + apiVersion + " kind " + kind + " is not one the check knows"));
            return;
        }
        try {
            HasMetadata object = Yaml.MAPPER.treeToValue(doc, type);
            // A generic resource keeps its spec as unknown fields: its CRD's schema checks those.
            List<String> unknown = custom
                    ? UnknownFields.of(object.getMetadata()).stream().map(path -> "metadata." + path).toList()
                    : UnknownFields.of(object);
            unknown.forEach(path -> readViolations.add(new Violation(id, "unknown field " + path)));
            if (custom) {
                CrdSchemas.violations(doc).forEach(message -> readViolations.add(new Violation(id, message)));
            }
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

    /** The mariadb-operator resources of one kind (MariaDB, Database, Backup, ...). */
    public List<GenericKubernetesResource> custom(String kind) {
        return all(GenericKubernetesResource.class).stream()
                .filter(r -> CrdSchemas.API_VERSION.equals(r.getApiVersion()) && kind.equals(r.getKind())).toList();
    }

    public Optional<GenericKubernetesResource> findCustom(String kind, String namespace, String name) {
        return custom(kind).stream()
                .filter(r -> Objects.equals(r.getMetadata().getNamespace(), namespace))
                .filter(r -> name.equals(r.getMetadata().getName()))
                .findFirst();
    }

    /** A generic resource's spec as a tree (a missing node when it has none). */
    public static JsonNode spec(GenericKubernetesResource resource) {
        Object spec = resource.getAdditionalProperties().get("spec");
        return spec == null ? com.fasterxml.jackson.databind.node.MissingNode.getInstance() : Yaml.MAPPER.valueToTree(spec);
    }

    /** The long-running pod owners: Deployments, StatefulSets and MariaDBs (the operator's StatefulSets). */
    public List<Workload> workloads() {
        List<Workload> workloads = new ArrayList<>();
        all(Deployment.class).forEach(d -> workloads.add(Workload.of(d)));
        all(StatefulSet.class).forEach(s -> workloads.add(Workload.of(s)));
        custom(OperatorPods.MARIADB).forEach(m -> workloads.add(OperatorPods.of(m)));
        return workloads;
    }

    /** Every group of pods the manifests make: the workloads, and the Jobs of each Backup and PhysicalBackup. */
    public List<Workload> pods() {
        List<Workload> pods = workloads();
        custom(OperatorPods.BACKUP).forEach(b -> pods.add(OperatorPods.ofBackup(b)));
        custom(OperatorPods.PHYSICAL_BACKUP).forEach(b -> pods.add(OperatorPods.ofBackup(b)));
        return pods;
    }

    public static String id(HasMetadata object) {
        return object.getKind() + "/" + object.getMetadata().getName();
    }
}
