package vn.backan.congress.k8scheck;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.Volume;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Names that must point at something: a Service at a pod template (and a port it declares), a
 * workload's selector at its own template, and a pod (or a mariadb-operator resource, through its
 * {@code ...SecretKeyRef} fields) at every Secret and ConfigMap key it reads.
 */
public final class ReferenceRules {

    private ReferenceRules() {
    }

    public static List<Violation> check(Manifests manifests) {
        List<Violation> violations = new ArrayList<>();
        for (Service service : manifests.all(Service.class)) {
            services(service, manifests, m -> violations.add(new Violation(Manifests.id(service), m)));
        }
        for (Workload workload : manifests.workloads()) {
            Consumer<String> report = m -> violations.add(new Violation(workload.id(), m));
            if (!Selectors.matches(workload.selector(), workload.labels())) {
                report.accept("selector does not match its own pod template's labels");
            }
            podReferences(workload, manifests, report);
        }
        for (GenericKubernetesResource resource : manifests.all(GenericKubernetesResource.class)) {
            secretKeyRefs(Manifests.spec(resource), resource.getMetadata().getNamespace(), manifests,
                    m -> violations.add(new Violation(Manifests.id(resource), m)));
        }
        return violations;
    }

    private static void services(Service service, Manifests manifests, Consumer<String> report) {
        var selector = service.getSpec() == null ? null : service.getSpec().getSelector();
        List<Workload> selected = manifests.workloads().stream()
                .filter(w -> w.namespace() != null && w.namespace().equals(service.getMetadata().getNamespace()))
                .filter(w -> Selectors.matches(selector, w.labels()))
                .toList();
        if (selected.isEmpty()) {
            report.accept("selects no pod template (selector " + selector + ")");
            return;
        }
        List<ContainerPort> ports = selected.stream()
                .flatMap(w -> Env.list(w.pod().getContainers()).stream())
                .flatMap(c -> Env.list(c.getPorts()).stream()).toList();
        for (ServicePort port : Env.list(service.getSpec().getPorts())) {
            var target = port.getTargetPort();
            boolean found = target != null && target.getStrVal() != null
                    ? ports.stream().anyMatch(p -> target.getStrVal().equals(p.getName()))
                    : ports.stream().anyMatch(p -> p.getContainerPort().equals(
                            target != null && target.getIntVal() != null ? target.getIntVal() : port.getPort()));
            if (!found) {
                report.accept("port " + port.getPort() + " targets " + (target == null ? port.getPort()
                        : Network.describe(target)) + ", which no selected container declares");
            }
        }
    }

    private static void podReferences(Workload workload, Manifests manifests, Consumer<String> report) {
        String ns = workload.namespace();
        List<Container> containers = Stream.concat(Env.list(workload.pod().getContainers()).stream(),
                Env.list(workload.pod().getInitContainers()).stream()).toList();
        for (Container c : containers) {
            for (EnvFromSource from : Env.list(c.getEnvFrom())) {
                if (from.getConfigMapRef() != null) {
                    configMap(manifests, ns, from.getConfigMapRef().getName(), null, report);
                }
                if (from.getSecretRef() != null) {
                    secret(manifests, ns, from.getSecretRef().getName(), null, report);
                }
            }
            for (EnvVar var : Env.list(c.getEnv())) {
                var from = var.getValueFrom();
                if (from != null && from.getConfigMapKeyRef() != null) {
                    configMap(manifests, ns, from.getConfigMapKeyRef().getName(), from.getConfigMapKeyRef().getKey(), report);
                }
                if (from != null && from.getSecretKeyRef() != null) {
                    secret(manifests, ns, from.getSecretKeyRef().getName(), from.getSecretKeyRef().getKey(), report);
                }
            }
        }
        for (Volume volume : Env.list(workload.pod().getVolumes())) {
            if (volume.getConfigMap() != null) {
                configMap(manifests, ns, volume.getConfigMap().getName(), null, report);
                Env.list(volume.getConfigMap().getItems()).forEach(
                        item -> configMap(manifests, ns, volume.getConfigMap().getName(), item.getKey(), report));
            }
            if (volume.getSecret() != null) {
                secret(manifests, ns, volume.getSecret().getSecretName(), null, report);
                Env.list(volume.getSecret().getItems()).forEach(
                        item -> secret(manifests, ns, volume.getSecret().getSecretName(), item.getKey(), report));
            }
        }
        Env.list(workload.pod().getImagePullSecrets()).forEach(s -> secret(manifests, ns, s.getName(), null, report));
    }

    /** Every {@code ...SecretKeyRef: {name, key}} in the tree, unless the operator is to generate it. */
    private static void secretKeyRefs(JsonNode node, String ns, Manifests manifests, Consumer<String> report) {
        node.fields().forEachRemaining(field -> {
            JsonNode ref = field.getValue();
            if (field.getKey().endsWith("SecretKeyRef") && ref.has("name") && !ref.path("generate").asBoolean()) {
                secret(manifests, ns, ref.path("name").asText(), ref.path("key").asText(), report);
            } else {
                secretKeyRefs(ref, ns, manifests, report);
            }
        });
        node.elements().forEachRemaining(item -> {
            if (node.isArray()) {
                secretKeyRefs(item, ns, manifests, report);
            }
        });
    }

    private static void configMap(Manifests m, String ns, String name, String key, Consumer<String> report) {
        var found = m.find(ConfigMap.class, ns, name);
        if (found.isEmpty()) {
            report.accept("refers to ConfigMap " + name + ", which is not defined");
        } else if (key != null && !SecretKeys.of(found.get()).contains(key)) {
            report.accept("refers to key " + key + " of ConfigMap " + name + ", which has no such key");
        }
    }

    private static void secret(Manifests m, String ns, String name, String key, Consumer<String> report) {
        var found = m.find(Secret.class, ns, name);
        if (found.isEmpty()) {
            report.accept("refers to Secret " + name + ", which is not defined");
        } else if (key != null && !SecretKeys.of(found.get()).contains(key)) {
            report.accept("refers to key " + key + " of Secret " + name + ", which has no such key");
        }
    }
}
